/**
 * Every refusal the server sends: an HTTP status and `{ error: { code, message, …extra } }`, with
 * a message in words a front desk understands (the desk shows it as it is).
 */
export type ErrorCode = 'unauthorized' | 'schema_mismatch' | 'clock_ahead' | 'forbidden' | 'too_large' | 'invalid' | 'bad_code' | 'booking_conflict' | 'not_found' | 'internal';

const statusOf: Record<ErrorCode, number> = {
  unauthorized: 401,
  schema_mismatch: 409,
  clock_ahead: 400,
  forbidden: 403,
  too_large: 413,
  invalid: 400,
  bad_code: 400,
  booking_conflict: 409,
  not_found: 404,
  internal: 500,
};

export class SyncError extends Error {
  readonly status: number;

  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly extra: Record<string, unknown> = {},
  ) {
    super(message);
    this.status = statusOf[code];
  }

  get body() {
    return { error: { code: this.code, message: this.message, ...this.extra } };
  }
}

/** Fastify's own failures (body parser, size limit, routing) and the database's, in the same shape as ours. */
export function fromOtherError(e: { statusCode?: number; message: string }, bodyLimit: number): SyncError {
  // Class 22, data exception: a value PostgreSQL cannot store (a NUL in a text, say).
  if (sqlState(e)?.startsWith('22')) return new SyncError('invalid', 'The request is malformed (it holds a value head office cannot store).');
  if (e.statusCode === 413)
    return new SyncError('too_large', `The request is larger than head office accepts (${Math.round(bodyLimit / 1024)} KB). Send fewer changes at once.`);
  if (e.statusCode && e.statusCode >= 400 && e.statusCode < 500) return new SyncError('invalid', `The request is malformed: ${e.message}`);
  return new SyncError('internal', 'Head office could not handle the request. Try again in a few minutes.');
}

/** PostgreSQL's SQLSTATE of a failed query, however the driver and drizzle wrapped it. */
export function sqlState(e: unknown): string | undefined {
  for (let cur = e; cur && typeof cur === 'object'; cur = (cur as { cause?: unknown }).cause) {
    const code = (cur as { code?: unknown }).code;
    if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) return code;
  }
  return undefined;
}
