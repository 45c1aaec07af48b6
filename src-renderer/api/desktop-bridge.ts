import type { ApiResult } from '../../src-main/api/errors';

/** What the Electron preload hands the page (src-main/electron/preload.ts); absent in a browser. */
export type DesktopBridge = {
  /** Relays one API call to the back end. */
  call: (method: string, input: unknown, locale: string) => Promise<ApiResult>;
  /** Opens a PDF in the computer's own viewer, to print it there; false when it could not. */
  openPdf: (fileName: string, pdfBase64: string) => Promise<boolean>;
};

declare global {
  interface Window {
    garageDesk?: DesktopBridge;
  }
}
