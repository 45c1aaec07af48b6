import type { ApiMethod, ApiInput, ApiOutput } from '../../src-main/api';
import type { ErrorCode } from '../../src-main/api/errors';
import type { BookingView } from '../../src-main/scheduler/bookings';
import { transport } from '#transport';
import i18n from '../i18n';

export type { ApiMethod, ApiInput, ApiOutput };

/** With booking_conflict: the booking in the way, and which of its resources collides. */
export type BookingConflict = BookingView & { resourceId: string; resourceName: string };

/** A failed call: `message` is already in the user's language; `fields` maps form paths ("phones.1") to messages. */
export class ApiCallError extends Error {
  constructor(
    readonly code: ErrorCode | 'network',
    message: string,
    readonly fields: Record<string, string> = {},
    readonly conflict?: BookingConflict,
  ) {
    super(message);
    this.name = 'ApiCallError';
  }
}

/** Calls one back-end method with types taken from the API map. */
export async function call<M extends ApiMethod>(method: M, input: ApiInput<M>): Promise<ApiOutput<M>> {
  const locale = i18n.language;
  let result;
  try {
    result = await transport(method, input, locale);
  } catch {
    throw new ApiCallError('network', i18n.t('errors.network'));
  }
  if (!result.ok) throw new ApiCallError(result.error.code, result.error.message, result.error.fields, result.error.conflict as BookingConflict | undefined);
  return result.data as ApiOutput<M>;
}
