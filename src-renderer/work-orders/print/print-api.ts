import { call, type ApiInput } from '../../api/client';
import { openPdf } from '../../app/open-pdf';
import { saveFile } from '../../app/save-file';

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

/** "Print": the PDF opens where it can be printed (app/open-pdf.ts); false when it could not. */
export function openPdfForPrinting(doc: PrintedDocument): Promise<boolean> {
  return openPdf(doc.fileName, doc.pdfBase64);
}
