import { call } from '../api/client';
import { openPdf } from '../app/open-pdf';
import { saveFile } from '../app/save-file';
import { isWholeUnit } from './stock-numbers';
import type { StockItem } from './stock-types';

export type LabelRequest = { itemId: string; copies?: number };

/** Shelf/price labels with a barcode, as a PDF. */
export async function printLabels(items: LabelRequest[]): Promise<string> {
  const { fileName, pdfBase64 } = await call('items.labels', { items });
  // Where it cannot be opened to print, it is saved instead.
  if (!(await openPdf(fileName, pdfBase64))) saveFile(fileName, pdfBase64, 'application/pdf');
  return fileName;
}

/** A row of the labels dialog; `units`: whole units on hand or received, for "one label per unit". */
export type LabelLine = { itemId: string; name: string; article: string | null; copies: number; units?: number };

export function labelLines(items: StockItem[]): LabelLine[] {
  return items.map((i) => ({ itemId: i.id, name: i.name, article: i.article, copies: 1, units: isWholeUnit(i.unit) ? i.onHandX1000 / 1000 : undefined }));
}
