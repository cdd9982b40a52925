/** The console's calls to /api/adviser: JSON in and out, the session cookie, and the CSRF header on writes. */

export interface ApiErrorBody {
  error?: { code?: string; message?: string; detail?: string };
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly retryAfter: number | undefined,
    readonly detail?: string,
  ) {
    super(code);
  }
}

let csrfToken = '';
let onUnauthenticated: () => void = () => undefined;

export function setCsrfToken(token: string): void {
  csrfToken = token;
}

export function whenUnauthenticated(fn: () => void): void {
  onUnauthenticated = fn;
}

export async function api<T>(path: string, init: { method?: string; body?: unknown } = {}): Promise<T> {
  const method = init.method ?? 'GET';
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (init.body !== undefined) headers['Content-Type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['X-CSRF-Token'] = csrfToken;
  const res = await fetch(`/api/adviser${path}`, {
    method,
    headers,
    credentials: 'same-origin',
    ...(init.body !== undefined ? { body: JSON.stringify(init.body) } : {}),
  });
  if (res.status === 204) return undefined as T;
  const data = (await res.json().catch(() => ({}))) as T & ApiErrorBody;
  if (!res.ok) {
    const code = data.error?.code ?? `HTTP_${res.status}`;
    if (res.status === 401 && path !== '/login' && path !== '/session') onUnauthenticated();
    const retry = Number(res.headers.get('Retry-After'));
    throw new ApiError(res.status, code, Number.isFinite(retry) && retry > 0 ? retry : undefined, data.error?.detail);
  }
  return data;
}
