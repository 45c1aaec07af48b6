import { call, type ApiInput } from '../../api/client';
import { base64Bytes, saveFile } from '../../app/save-file';

export type PrintKind = ApiInput<'print.document'>['kind'];
export type PrintLanguage = NonNullable<ApiInput<'print.document'>['lang']>;
/** What to print: the kind and the id it needs (a work order, an invoice, a rental deal or item). */
export type PrintRequest = Omit<ApiInput<'print.document'>, 'lang'>;
export type PrintedDocument = { fileName: string; pdfBase64: string };

export async function printDocument(request: PrintRequest, lang: PrintLanguage): Promise<PrintedDocument> {
  return await call('print.document', { ...request, lang });
}

/** "Save as PDF": the browser's (or Electron's) download of the file. */
export function downloadPdf(doc: PrintedDocument): void {
  saveFile(doc.fileName, doc.pdfBase64, 'application/pdf');
}

/**
 * "Print": the PDF opens in a new tab, where the browser's viewer prints it at its true size.
 * False when no tab could be opened (a pop-up blocker, or the desktop shell, which allows no
 * new windows).
 */
export function openPdfForPrinting(doc: PrintedDocument): boolean {
  const url = URL.createObjectURL(new Blob([base64Bytes(doc.pdfBase64)], { type: 'application/pdf' }));
  const tab = window.open(url, '_blank');
  // The tab reads the file once it has loaded; keep it alive long enough for that.
  setTimeout(() => URL.revokeObjectURL(url), 5 * 60_000);
  return !!tab;
}
