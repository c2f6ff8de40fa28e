// Client-side navigation with the History API; the server answers index.html for every
// path of the UI, so a reload lands on the same screen.
export function navigate(path: string): void {
  history.pushState(null, "", path);
  dispatchEvent(new PopStateEvent("popstate"));
}
