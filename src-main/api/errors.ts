export const errorCodes = ['invalid_input', 'not_found', 'conflict', 'booking_conflict', 'outside_hours', 'insufficient_stock', 'unauthorized', 'unknown_method', 'payload_too_large', 'bad_json', 'internal'] as const;
export type ErrorCode = (typeof errorCodes)[number];

export const httpStatus: Record<ErrorCode, number> = {
  invalid_input: 400,
  bad_json: 400,
  unauthorized: 401,
  not_found: 404,
  unknown_method: 404,
  conflict: 409,
  booking_conflict: 409,
  outside_hours: 409,
  insufficient_stock: 409,
  payload_too_large: 413,
  internal: 500,
};

/**
 * A failure the user can act on. `fields` maps a form field path ("phones.1") to a message
 * key (field.*), translated when the error is sent.
 */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly params: Record<string, string | number> = {},
    readonly fields?: Record<string, string>,
    // A more specific sentence than the code's general one (a key from i18n/messages.ts).
    readonly messageKey?: string,
    // For booking_conflict: the booking that is in the way.
    readonly conflict?: unknown,
  ) {
    super(code);
  }
}

/** Shorthand for one bad field. */
export function fieldError(field: string, key: string, params: Record<string, string | number> = {}): AppError {
  return new AppError('invalid_input', params, { [field]: key });
}

export type ApiError = { code: ErrorCode; message: string; fields?: Record<string, string>; conflict?: unknown };
export type ApiResult<T = unknown> = { ok: true; data: T } | { ok: false; error: ApiError };
