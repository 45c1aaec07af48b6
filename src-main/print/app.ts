import { z } from 'zod';
import { query, type Ctx } from '../api/define';
import { id } from '../api/fields';
import { fieldError } from '../api/errors';
import { getLive } from '../db/dal';
import { invoices } from '../payments/schema';
import { workOrderPrintModel, invoicePrintModel, rentalProposalPrintModel, tripSheetPrintModel } from './build';
import { renderDocument, documentFileName } from './index';
import type { DocumentKind, Lang } from './model';

export const documentKinds = ['inspection-act', 'work-sheet', 'work-order', 'receipt', 'act', 'invoice', 'rental-proposal', 'trip-sheet'] as const;

export type PrintTarget = { workOrderId?: string; invoiceId?: string; dealId?: string; itemId?: string };

/** Which id each kind is printed from: an invoice, a deal, a rental item, or else a work order. */
const targetField = (kind: DocumentKind): keyof PrintTarget => (kind === 'invoice' ? 'invoiceId' : kind === 'rental-proposal' ? 'dealId' : kind === 'trip-sheet' ? 'itemId' : 'workOrderId');

const printInput = z
  .object({
    kind: z.enum(documentKinds),
    workOrderId: id.optional(),
    invoiceId: id.optional(),
    dealId: id.optional(),
    itemId: id.optional(),
    lang: z.enum(['ru', 'en']).optional(),
  })
  .superRefine((p, ctx) => {
    const field = targetField(p.kind);
    if (!p[field]) ctx.addIssue({ code: 'custom', path: [field], message: 'field.required' });
  });

export const printApi = {
  'print.document': query(
    'A printed document as PDF (base64), in Russian or English: a work order’s (workOrderId), an invoice (invoiceId), a rental deal’s commercial proposal (dealId) or a trip sheet (itemId).',
    printInput,
    (ctx, { kind, lang, ...target }) => printDocument(ctx, kind, target, lang ?? (ctx.locale === 'ru' ? 'ru' : 'en')),
  ),
};

/** Reads the model synchronously, then renders; shared by the API and the CLI. */
export async function printDocument(ctx: Ctx, kind: DocumentKind, target: PrintTarget, lang: Lang) {
  const field = targetField(kind);
  const targetId = target[field];
  if (!targetId) throw fieldError(field, 'field.required');
  const model = readModel(ctx, kind, targetId);
  const pdf = await renderDocument(kind, model, lang);
  return { fileName: documentFileName(kind, model.number, lang), pdfBase64: pdf.toString('base64') };
}

function readModel(ctx: Ctx, kind: DocumentKind, targetId: string) {
  switch (kind) {
    case 'invoice':
      return invoicePrintModel(ctx.db, getLive(ctx.db, invoices, targetId, 'invoice').id);
    case 'rental-proposal':
      return rentalProposalPrintModel(ctx.db, targetId);
    case 'trip-sheet':
      return tripSheetPrintModel(ctx.db, targetId);
    default:
      return workOrderPrintModel(ctx.db, targetId);
  }
}
