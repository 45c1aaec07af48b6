import { z } from 'zod';
import { query, type Ctx } from '../api/define';
import { id } from '../api/fields';
import { fieldError } from '../api/errors';
import { getLive } from '../db/dal';
import { invoices } from '../payments/schema';
import { workOrderPrintModel, invoicePrintModel } from './build';
import { renderDocument, documentFileName } from './index';
import type { DocumentKind, Lang } from './model';

export const documentKinds = ['inspection-act', 'work-sheet', 'work-order', 'receipt', 'act', 'invoice'] as const;

const printInput = z
  .object({
    kind: z.enum(documentKinds),
    workOrderId: id.optional(),
    invoiceId: id.optional(),
    lang: z.enum(['ru', 'en']).optional(),
  })
  .refine((p) => (p.kind === 'invoice' ? !!p.invoiceId : !!p.workOrderId), { path: ['workOrderId'], message: 'field.required' });

export const printApi = {
  'print.document': query('A printed document of a work order or an invoice as PDF (base64), in Russian or English.', printInput, (ctx, input) =>
    printDocument(ctx, input.kind, { workOrderId: input.workOrderId, invoiceId: input.invoiceId }, input.lang ?? (ctx.locale === 'ru' ? 'ru' : 'en')),
  ),
};

/** Reads the model synchronously, then renders; shared by the API and the CLI. */
export async function printDocument(ctx: Ctx, kind: DocumentKind, target: { workOrderId?: string; invoiceId?: string }, lang: Lang) {
  let pdf: Buffer;
  let number: string;
  if (kind === 'invoice') {
    if (!target.invoiceId) throw fieldError('invoiceId', 'field.required');
    const model = invoicePrintModel(ctx.db, getLive(ctx.db, invoices, target.invoiceId, 'invoice').id);
    number = model.number;
    pdf = await renderDocument(kind, model, lang);
  } else {
    if (!target.workOrderId) throw fieldError('workOrderId', 'field.required');
    const model = workOrderPrintModel(ctx.db, target.workOrderId);
    number = model.number;
    pdf = await renderDocument(kind, model, lang);
  }
  return { fileName: documentFileName(kind, number, lang), pdfBase64: pdf.toString('base64') };
}
