import type { FieldErrorBody } from './types';

/**
 * An error answered by the API (or a failure to reach it), in one typed shape.
 * `code` is the API's error code (docs/api.md), or `network` when no answer came back and
 * `unexpected` when the answer was not the documented error shape.
 */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly fields: FieldErrorBody[];
  /** Seconds from a `Retry-After` header (429), when the server sent one. */
  readonly retryAfterSeconds: number | null;
  /** The error's `details` object when the server sent one (e.g. the current record on a stale save). */
  readonly details: Record<string, unknown> | null;

  constructor(
    status: number,
    code: string,
    message: string,
    fields: FieldErrorBody[] = [],
    retryAfterSeconds: number | null = null,
    details: Record<string, unknown> | null = null,
  ) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.fields = fields;
    this.retryAfterSeconds = retryAfterSeconds;
    this.details = details;
  }
}

/** The error code implied by an HTTP status when the body does not carry one. */
export function codeForStatus(status: number): string {
  switch (status) {
    case 400:
      return 'bad_request';
    case 401:
      return 'unauthenticated';
    case 403:
      return 'forbidden';
    case 404:
      return 'not_found';
    case 409:
      return 'conflict';
    case 413:
      return 'payload_too_large';
    case 422:
      return 'invalid_input';
    case 429:
      return 'too_many_requests';
    case 503:
      return 'unavailable';
    default:
      return status >= 500 ? 'internal' : 'unexpected';
  }
}

/** Parses a Retry-After header given in seconds (the HTTP-date form is ignored). */
export function parseRetryAfter(value: string | null): number | null {
  if (value === null) return null;
  const trimmed = value.trim();
  if (!/^\d+$/.test(trimmed)) return null;
  return Number(trimmed);
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * Maps an HTTP error answer to an ApiError. Tolerates bodies that are not the documented
 * shape (proxies, HTML error pages): the status then decides the code.
 */
export function toApiError(status: number, body: unknown, retryAfter: string | null = null): ApiError {
  const retry = parseRetryAfter(retryAfter);
  if (isRecord(body) && isRecord(body.error)) {
    const err = body.error;
    const code = typeof err.code === 'string' && err.code !== '' ? err.code : codeForStatus(status);
    const message = typeof err.message === 'string' ? err.message : code;
    const fields: FieldErrorBody[] = [];
    if (Array.isArray(err.fields)) {
      for (const f of err.fields) {
        if (isRecord(f) && typeof f.path === 'string' && typeof f.code === 'string') {
          fields.push({
            path: f.path,
            code: f.code,
            ...(typeof f.message === 'string' ? { message: f.message } : {}),
          });
        }
      }
    }
    return new ApiError(status, code, message, fields, retry, isRecord(err.details) ? err.details : null);
  }
  const code = codeForStatus(status);
  return new ApiError(status, code, `HTTP ${status}`, [], retry);
}

export function isApiError(e: unknown): e is ApiError {
  return e instanceof ApiError;
}
