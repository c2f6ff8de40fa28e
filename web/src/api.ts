// The HTTP API client: JSON in and out, the session's CSRF token on every request that may
// change something, problem+json errors turned into ApiError, and a check of which routes
// the server has (from its OpenAPI document) so a screen whose route is missing can say
// "not available" instead of failing.

export interface User {
  login: string;
  name: string;
  role: "operator" | "supervisor" | "admin" | "auditor" | "client";
  client: string | null;
}

export interface Session {
  csrf_token: string;
  user: User;
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly detail: string,
    readonly body: any,
  ) {
    super(detail || `HTTP ${status}`);
  }
  // Validation messages a 400 carries: [{field, message}].
  get fieldErrors(): { field: string; message: string }[] {
    return Array.isArray(this.body?.errors) ? this.body.errors : [];
  }
}

let csrfToken = "";
let knownRoutes: Promise<Set<string>> | null = null;

export function setCsrfToken(token: string): void {
  csrfToken = token;
}

async function request<T>(method: string, path: string, body?: unknown, contentType?: string): Promise<T> {
  const headers: Record<string, string> = { Accept: "application/json" };
  if (method !== "GET" && method !== "HEAD") headers["X-CSRF-Token"] = csrfToken;
  let payload: BodyInit | undefined;
  if (body instanceof Blob || typeof body === "string") {
    payload = body;
    headers["Content-Type"] = contentType ?? "application/octet-stream";
  } else if (body !== undefined) {
    payload = JSON.stringify(body);
    headers["Content-Type"] = "application/json";
  }
  const response = await fetch(path, { method, headers, body: payload, credentials: "same-origin" });
  const text = await response.text();
  let parsed: any = null;
  if (text) {
    try {
      parsed = JSON.parse(text);
    } catch {
      parsed = text;
    }
  }
  if (!response.ok) throw new ApiError(response.status, parsed?.detail ?? parsed?.title ?? "", parsed);
  return parsed as T;
}

export const api = {
  get: <T>(path: string) => request<T>("GET", path),
  post: <T>(path: string, body?: unknown) => request<T>("POST", path, body ?? {}),
  put: <T>(path: string, body?: unknown) => request<T>("PUT", path, body ?? {}),
  upload: <T>(path: string, file: Blob, contentType: string) => request<T>("POST", path, file, contentType),
  del: <T>(path: string) => request<T>("DELETE", path),
};

// "GET /api/floor": the routes the server answers, from /api/openapi.json.
export function routes(): Promise<Set<string>> {
  knownRoutes ??= fetch("/api/openapi.json")
    .then((r) => (r.ok ? r.json() : { paths: {} }))
    .then((doc: any) => {
      const out = new Set<string>();
      for (const [path, methods] of Object.entries<any>(doc.paths ?? {})) {
        for (const method of Object.keys(methods)) out.add(`${method.toUpperCase()} ${path}`);
      }
      return out;
    })
    .catch(() => new Set<string>());
  return knownRoutes;
}

export async function hasRoute(method: string, pattern: string): Promise<boolean> {
  return (await routes()).has(`${method} ${pattern}`);
}

export function enc(part: string): string {
  return encodeURIComponent(part);
}
