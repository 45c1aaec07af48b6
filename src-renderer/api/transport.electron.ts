import type { ApiResult } from '../../src-main/api/errors';
import type { Transport } from './transport-types';

declare global {
  interface Window {
    /** Exposed by the Electron preload: relays one API call to the back end. */
    garageDesk: { call: (method: string, input: unknown, locale: string) => Promise<ApiResult> };
  }
}

export const transport: Transport = (method, input, locale) => window.garageDesk.call(method, input, locale);
