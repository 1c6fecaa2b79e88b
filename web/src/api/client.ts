import { ApiError, toApiError } from './errors';

export type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export type Query = Record<string, string | number | null | undefined>;

export interface RequestOptions {
  body?: unknown;
  query?: Query;
  /**
   * When true, a 401 answer is only thrown, not treated as "session gone" (login, session probe,
   * TOTP steps, password change where the current password may be wrong).
   */
  allowUnauthenticated?: boolean;
}

type FetchLike = (input: string, init: RequestInit) => Promise<Response>;

const UNSAFE: ReadonlySet<Method> = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** Builds `path?query` leaving out empty values; keys keep their order. */
export function buildUrl(base: string, path: string, query?: Query): string {
  const params = new URLSearchParams();
  if (query) {
    for (const [k, v] of Object.entries(query)) {
      if (v === undefined || v === null || v === '') continue;
      params.append(k, String(v));
    }
  }
  const qs = params.toString();
  return `${base}${path}${qs ? `?${qs}` : ''}`;
}

/**
 * Same-origin JSON client for /api/v1. Owned by the app root (one per page load); not shared
 * between tabs. Keeps the CSRF token of the current session and sends it on every
 * state-changing request. A 401 (unless allowed) calls `onUnauthenticated`, which sends the
 * user to the login page.
 */
export class ApiClient {
  private csrfToken: string | null = null;
  onUnauthenticated: (() => void) | null = null;

  constructor(
    private readonly base: string = '/api/v1',
    private readonly fetchImpl: FetchLike = (input, init) => fetch(input, init),
  ) {}

  setCsrfToken(token: string | null): void {
    this.csrfToken = token;
  }

  getCsrfToken(): string | null {
    return this.csrfToken;
  }

  /**
   * Sends one request. Returns the parsed JSON body, or undefined for 204.
   * Throws ApiError: the API's error (status and code), `network` when the server could not be
   * reached, `unexpected` when a success answer was not JSON.
   */
  async request<T>(method: Method, path: string, opts: RequestOptions = {}): Promise<T> {
    const headers: Record<string, string> = { Accept: 'application/json' };
    const init: RequestInit = { method, credentials: 'same-origin', headers, cache: 'no-store' };
    if (opts.body !== undefined) {
      headers['Content-Type'] = 'application/json';
      init.body = JSON.stringify(opts.body);
    }
    if (UNSAFE.has(method) && this.csrfToken) {
      headers['X-CSRF-Token'] = this.csrfToken;
    }
    let res: Response;
    try {
      res = await this.fetchImpl(buildUrl(this.base, path, opts.query), init);
    } catch {
      throw new ApiError(0, 'network', 'network error');
    }
    if (res.status === 204) return undefined as T;
    const text = await res.text();
    let body: unknown = undefined;
    if (text !== '') {
      try {
        body = JSON.parse(text);
      } catch {
        body = undefined;
      }
    }
    if (!res.ok) {
      const err = toApiError(res.status, body, res.headers.get('Retry-After'));
      if (res.status === 401 && !opts.allowUnauthenticated) {
        this.csrfToken = null;
        this.onUnauthenticated?.();
      }
      throw err;
    }
    if (body === undefined && text !== '') {
      throw new ApiError(res.status, 'unexpected', 'response is not JSON');
    }
    return body as T;
  }
}
