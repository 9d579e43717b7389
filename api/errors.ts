/**
 * Errors cross every boundary (HTTP, IPC, WebSocket, CLI) as plain data, never as class
 * instances: `instanceof` fails across realms, so callers test `code`.
 */
export type ErrorCode =
  | 'bad_request'
  | 'unauthorized'
  | 'forbidden'
  | 'not_found'
  | 'conflict'
  | 'payload_too_large'
  | 'unprocessable'
  | 'rate_limited'
  | 'storage_unavailable'
  | 'unavailable'
  | 'internal';

export const statusOf: Record<ErrorCode, number> = {
  bad_request: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  payload_too_large: 413,
  unprocessable: 422,
  rate_limited: 429,
  /** The store cannot take writes (disk full, I/O error, read-only file): WebDAV's "Insufficient Storage". */
  storage_unavailable: 507,
  /** Something this computer lacks right now (no system D-Bus, BlueZ not running, no demo lab): the message names it. */
  unavailable: 503,
  internal: 500,
};

export interface ErrorBody {
  code: ErrorCode;
  message: string;
  field?: string;
}

/** Thrown inside the core; every transport turns it into `{error: ErrorBody}`. */
export class ApiError extends Error {
  readonly code: ErrorCode;
  readonly field: string | undefined;
  readonly isApiError = true;
  constructor(code: ErrorCode, message: string, field?: string) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
    this.field = field;
  }
  toBody(): ErrorBody {
    return this.field === undefined
      ? { code: this.code, message: this.message }
      : { code: this.code, message: this.message, field: this.field };
  }
}

/** Cross-realm check: true for anything shaped like an ApiError. */
export function isApiError(e: unknown): e is ApiError {
  return typeof e === 'object' && e !== null && (e as { isApiError?: unknown }).isApiError === true;
}

export const badRequest = (message: string, field?: string) => new ApiError('bad_request', message, field);
export const notFound = (message: string) => new ApiError('not_found', message);
export const forbidden = (message: string) => new ApiError('forbidden', message);
export const unauthorized = (message: string) => new ApiError('unauthorized', message);
export const unavailable = (message: string) => new ApiError('unavailable', message);
export const conflict = (message: string, field?: string) => new ApiError('conflict', message, field);
