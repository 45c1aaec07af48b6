import '../api/desktop-bridge';
import { base64Bytes } from './save-file';

/**
 * Opens a PDF the back end made, to print it. In the desktop app it opens in the computer's own
 * PDF viewer (the app opens no tabs, and its built-in viewer cannot print); in a browser, in a
 * new tab whose viewer prints it at its true size. False when it could not be opened (a pop-up
 * blocker, or no PDF viewer on the computer).
 */
export async function openPdf(fileName: string, pdfBase64: string): Promise<boolean> {
  if (window.garageDesk) return window.garageDesk.openPdf(fileName, pdfBase64);
  const url = URL.createObjectURL(new Blob([base64Bytes(pdfBase64)], { type: 'application/pdf' }));
  const tab = window.open(url, '_blank');
  // The tab reads the file once it has loaded; keep it alive long enough for that.
  setTimeout(() => URL.revokeObjectURL(url), 5 * 60_000);
  return !!tab;
}
