/** The printed documents by kind: one entry point for the API, and their file names. */
import { renderAct } from './act';
import { renderInspectionAct } from './inspection-act';
import { renderInvoice } from './invoice';
import type { DocumentKind, InvoicePrint, Lang, RentalProposalPrint, TripSheetPrint, WorkOrderPrint } from './model';
import { renderProposal } from './proposal';
import { renderReceipt } from './receipt';
import { renderTripSheet } from './trip-sheet';
import { renderWorkOrder } from './work-order';
import { renderWorkSheet } from './work-sheet';

/** What each kind is printed from: the invoice and the rental documents from their own models, the rest from the work order. */
export type DocumentModel<K extends DocumentKind> = K extends 'invoice' ? InvoicePrint : K extends 'rental-proposal' ? RentalProposalPrint : K extends 'trip-sheet' ? TripSheetPrint : WorkOrderPrint;

const renderers: { [K in DocumentKind]: (model: DocumentModel<K>, lang: Lang) => Promise<Buffer> } = {
  'inspection-act': renderInspectionAct,
  'work-sheet': renderWorkSheet,
  'work-order': renderWorkOrder,
  receipt: renderReceipt,
  act: renderAct,
  invoice: renderInvoice,
  'rental-proposal': renderProposal,
  'trip-sheet': renderTripSheet,
};

export const documentKinds = Object.keys(renderers) as DocumentKind[];

/** Renders one document to PDF bytes. */
export function renderDocument<K extends DocumentKind>(kind: K, model: DocumentModel<K>, lang: Lang): Promise<Buffer> {
  const render = renderers[kind] as (model: DocumentModel<K>, lang: Lang) => Promise<Buffer>;
  if (!render) throw new Error(`Unknown document kind: ${String(kind)}`);
  return render(model, lang);
}

const fileTitles: Record<Lang, Record<DocumentKind, string>> = {
  ru: { 'inspection-act': 'Акт осмотра', 'work-sheet': 'Рабочий лист', 'work-order': 'Заказ-наряд', receipt: 'Квитанция', act: 'Акт выполненных работ', invoice: 'Счёт', 'rental-proposal': 'Коммерческое предложение', 'trip-sheet': 'Лист выезда' },
  en: { 'inspection-act': 'Inspection report', 'work-sheet': 'Work sheet', 'work-order': 'Work order', receipt: 'Receipt', act: 'Certificate of completed work', invoice: 'Invoice', 'rental-proposal': 'Commercial proposal', 'trip-sheet': 'Trip sheet' },
};

/** A file name that is safe on Windows, macOS and Linux: «Заказ-наряд МСК1-000123.pdf». */
export function documentFileName(kind: DocumentKind, number: string, lang: Lang): string {
  // eslint-disable-next-line no-control-regex
  const safe = number.replace(/[<>:"/\\|?*\u0000-\u001f]+/g, '-').replace(/\s+/g, ' ').trim().replace(/^[.-]+|[. ]+$/g, '') || (lang === 'ru' ? 'б-н' : 'no-number');
  return `${fileTitles[lang][kind]} ${safe}.pdf`;
}
