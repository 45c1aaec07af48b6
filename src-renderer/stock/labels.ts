import { call } from '../api/client';
import { isWholeUnit } from './stock-numbers';
import type { StockItem } from './stock-types';

export type LabelRequest = { itemId: string; copies?: number };

/** Opens a PDF the back end made: a new tab where one may open, otherwise a download. */
export function openPdf(fileName: string, pdfBase64: string): void {
  const bytes = Uint8Array.from(atob(pdfBase64), (c) => c.charCodeAt(0));
  const url = URL.createObjectURL(new Blob([bytes], { type: 'application/pdf' }));
  const tab = window.open(url, '_blank');
  if (!tab) {
    const link = document.createElement('a');
    link.href = url;
    link.download = fileName;
    link.click();
  }
  // The tab has read it by then; the object URL would otherwise live as long as the page.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** Shelf/price labels with a barcode, as a PDF. */
export async function printLabels(items: LabelRequest[]): Promise<string> {
  const { fileName, pdfBase64 } = await call('items.labels', { items });
  openPdf(fileName, pdfBase64);
  return fileName;
}

/** A row of the labels dialog; `units`: whole units on hand or received, for "one label per unit". */
export type LabelLine = { itemId: string; name: string; article: string | null; copies: number; units?: number };

export function labelLines(items: StockItem[]): LabelLine[] {
  return items.map((i) => ({ itemId: i.id, name: i.name, article: i.article, copies: 1, units: isWholeUnit(i.unit) ? i.onHandX1000 / 1000 : undefined }));
}
