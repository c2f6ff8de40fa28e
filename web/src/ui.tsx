// Small pieces every screen uses: loading a resource (with "not available" when the server
// lacks the route), panels, money and dates in the current locale, and error notes.
import type { ComponentChildren } from "preact";
import { useCallback, useEffect, useState } from "preact/hooks";
import { ApiError, hasRoute } from "./api.ts";
import { formatDate, formatDateTime, formatMoney, type Money as MoneyValue } from "./format.ts";
import { locale, t } from "./i18n.ts";

export type Load<T> =
  | { state: "loading" }
  | { state: "unavailable" }
  | { state: "error"; error: ApiError | Error }
  | { state: "ok"; data: T };

// Loads `fetcher()` when `route` ("GET /api/floor") is one the server has; else the
// answer is "unavailable" and nothing is requested.
export function useLoad<T>(route: string | null, fetcher: () => Promise<T>, deps: unknown[]) {
  const [load, setLoad] = useState<Load<T>>({ state: "loading" });
  const [tick, setTick] = useState(0);
  useEffect(() => {
    let live = true;
    (async () => {
      if (route) {
        const [method, pattern] = route.split(" ");
        if (!(await hasRoute(method, pattern))) {
          if (live) setLoad({ state: "unavailable" });
          return;
        }
      }
      try {
        const data = await fetcher();
        if (live) setLoad({ state: "ok", data });
      } catch (error) {
        if (live) setLoad({ state: "error", error: error as Error });
      }
    })();
    return () => {
      live = false;
    };
  }, [...deps, tick]);
  const reload = useCallback(() => setTick((n) => n + 1), []);
  return [load, reload, setLoad] as const;
}

// Whether the server has a route; null while it is being asked.
export function useHasRoute(method: string, pattern: string): boolean | null {
  const [has, setHas] = useState<boolean | null>(null);
  useEffect(() => {
    hasRoute(method, pattern).then(setHas);
  }, [method, pattern]);
  return has;
}

export function Panel(props: { title: string; id?: string; children: ComponentChildren; actions?: ComponentChildren }) {
  return (
    <section class="panel" id={props.id} aria-label={props.title}>
      <header>
        <h2>{props.title}</h2>
        {props.actions}
      </header>
      <div class="panel-body">{props.children}</div>
    </section>
  );
}

export function NotAvailable(props: { what?: string }) {
  return (
    <p class="not-available" role="status">
      {t("common.notAvailable")}
      {props.what ? ` (${props.what})` : ""}
    </p>
  );
}

export function ErrorNote(props: { error: unknown }) {
  const error = props.error as ApiError;
  const fields = error instanceof ApiError ? error.fieldErrors : [];
  return (
    <div class="error" role="alert">
      <p>{error instanceof ApiError ? `${error.status}: ${error.detail}` : String(error)}</p>
      {fields.length > 0 && (
        <ul>
          {fields.map((f) => (
            <li>
              {f.field && f.message.startsWith(f.field) ? null : f.field ? <><code>{f.field}</code>: </> : null}
              {f.message}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

// Renders a Load: spinner text, not-available, error, or `children(data)`.
export function Loaded<T>(props: { load: Load<T>; what?: string; children: (data: T) => ComponentChildren }) {
  const { load } = props;
  if (load.state === "loading") return <p class="muted">{t("common.loading")}</p>;
  if (load.state === "unavailable") return <NotAvailable what={props.what} />;
  if (load.state === "error") {
    if (load.error instanceof ApiError && load.error.status === 404 && props.what)
      return <NotAvailable what={props.what} />;
    return <ErrorNote error={load.error} />;
  }
  return <>{props.children(load.data)}</>;
}

export function Money(props: { value: MoneyValue | null | undefined }) {
  if (!props.value) return <span>–</span>;
  return <span class="money">{formatMoney(props.value, locale())}</span>;
}

export function Moneys(props: { values: MoneyValue[] | null | undefined }) {
  if (!props.values || props.values.length === 0) return <span>–</span>;
  return <span>{props.values.map((v) => formatMoney(v, locale())).join(" + ")}</span>;
}

export function Day(props: { value: string | null | undefined }) {
  return <span>{props.value ? formatDate(props.value, locale()) : "–"}</span>;
}

export function When(props: { value: string | null | undefined }) {
  return <time dateTime={props.value ?? ""}>{props.value ? formatDateTime(props.value, locale()) : "–"}</time>;
}
