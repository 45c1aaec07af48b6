import { and, asc, desc, eq, inArray, isNull } from 'drizzle-orm';
import { z } from 'zod';
import { command, query, type Ctx } from '../api/define';
import { byId, id, optionalText, requiredText } from '../api/fields';
import { AppError, fieldError } from '../api/errors';
import { insertRow, updateRow, getLive } from '../db/dal';
import { nowIso } from '../db/ids';
import { documentNumber } from '../db/numbers';
import { payments, invoices, invoiceLines, paymentMethods } from './schema';
import { customers } from '../customers/schema';
import { mergeTargets, withMergedIds } from '../customers/merged';
import { legalEntities } from '../organisation/schema';
import { workOrders } from '../work-orders/schema';
import { currentBranch, defaultLegalEntity } from '../organisation/app';
import { wallTime } from '../scheduler/zoned-time';
import { vatFor, orderTotals, workOrderView } from '../work-orders/app';
import { vatOf } from '../work-orders/totals';
import { paidForOrder, paidForInvoice, invoiceStatus, paidSql, invoicePaidSql } from './balances';
import { businessDate } from '../scheduler/inputs';
import { onRentalInvoicePayment } from '../rentals/app';

const paymentCreate = z
  .object({
    workOrderId: id.optional(),
    invoiceId: id.optional(),
    kind: z.enum(['payment', 'refund']).optional(),
    method: z.enum(paymentMethods),
    amountMinor: z.number().int().min(1, 'field.amount_positive').max(100_000_000_00),
    note: optionalText(500),
  })
  .refine((p) => !!p.workOrderId !== !!p.invoiceId, { path: ['workOrderId'], message: 'field.payment_target' });

const invoiceCreate = z.object({
  workOrderId: id.optional(),
  payerId: id.optional(),
  kind: z.enum(['prepayment', 'postpayment']),
  legalEntityId: id.optional(),
  date: businessDate.optional(),
  dueDate: businessDate.optional(),
  // A prepayment invoice for a sum; a post-payment invoice bills the order's lines.
  amountMinor: z.number().int().min(1).max(100_000_000_00).optional(),
  lines: z.array(z.object({ name: requiredText(300), quantityX1000: z.number().int().min(1), unit: z.string().max(10), priceMinor: z.number().int().min(0) })).max(500).optional(),
});

export const paymentsApi = {
  'payments.create': command('Take a payment (cash, card, bank transfer, SBP) or make a refund, against a work order or an invoice.', paymentCreate, createPayment),
  'payments.list': query('Payments of a work order, an invoice or a customer.', z.object({ workOrderId: id.optional(), invoiceId: id.optional(), payerId: id.optional() }), (ctx, input) => ({
    items: ctx.db
      .select()
      .from(payments)
      .where(and(isNull(payments.deletedAt), input.workOrderId ? eq(payments.workOrderId, input.workOrderId) : undefined, input.invoiceId ? eq(payments.invoiceId, input.invoiceId) : undefined, input.payerId ? inArray(payments.payerId, withMergedIds(ctx.db, input.payerId)) : undefined))
      .orderBy(desc(payments.at))
      .limit(500)
      .all(),
  })),
  'invoices.create': command('Issue a prepayment or post-payment invoice from one of our legal entities.', invoiceCreate, createInvoice),
  'invoices.get': query('One invoice with its lines, payments and status.', byId, (ctx, input) => invoiceView(ctx, input.id)),
  'invoices.list': query('Invoices, newest first.', z.object({ payerId: id.optional(), workOrderId: id.optional(), limit: z.number().int().min(1).max(500).optional() }), (ctx, input) => ({
    items: ctx.db
      .select()
      .from(invoices)
      .where(and(isNull(invoices.deletedAt), input.payerId ? inArray(invoices.payerId, withMergedIds(ctx.db, input.payerId)) : undefined, input.workOrderId ? eq(invoices.workOrderId, input.workOrderId) : undefined))
      .orderBy(desc(invoices.id))
      .limit(input.limit ?? 100)
      .all()
      .map((i) => {
        const paidMinor = paidForInvoice(ctx.db, i.id);
        return { ...i, paidMinor, status: invoiceStatus(i, paidMinor) };
      }),
  })),
  'invoices.cancel': command('Cancel an invoice that has no payments.', byId, cancelInvoice),
  'receivables.list': query('What each payer owes on completed or issued orders and on issued rental invoices (per deal), oldest first.', z.object({}), receivables),
};

function createPayment(ctx: Ctx, input: z.output<typeof paymentCreate>) {
  const kind = input.kind ?? 'payment';
  let payerId: string;
  let paid: number;
  if (input.workOrderId) {
    const order = getLive(ctx.db, workOrders, input.workOrderId, 'work_order');
    if (order.status === 'cancelled' && kind === 'payment') throw fieldError('workOrderId', 'field.order_locked');
    payerId = order.payerId;
    paid = paidForOrder(ctx.db, order.id);
  } else {
    const invoice = getLive(ctx.db, invoices, input.invoiceId!, 'invoice');
    if (invoice.cancelledAt && kind === 'payment') throw fieldError('invoiceId', 'field.invoice_cancelled');
    payerId = invoice.payerId;
    paid = paidForInvoice(ctx.db, invoice.id);
  }
  // A refund gives back at most what was paid.
  if (kind === 'refund' && input.amountMinor > paid) throw fieldError('amountMinor', 'field.refund_too_large', { paid: (paid / 100).toFixed(2) });
  const payment = insertRow(ctx.db, payments, {
    branchId: currentBranch(ctx.db).id,
    kind,
    method: input.method,
    amountMinor: input.amountMinor,
    payerId,
    workOrderId: input.workOrderId ?? null,
    invoiceId: input.invoiceId ?? null,
    at: nowIso(),
    note: input.note ?? null,
  });
  // A paid rental prepayment confirms the deal's items.
  if (input.invoiceId && kind === 'payment') onRentalInvoicePayment(ctx, input.invoiceId);
  return payment;
}

function createInvoice(ctx: Ctx, input: z.output<typeof invoiceCreate>) {
  const order = input.workOrderId ? workOrderView(ctx.db, input.workOrderId) : null;
  const payerId = input.payerId ?? order?.payerId;
  if (!payerId) throw fieldError('payerId', 'field.required');
  getLive(ctx.db, customers, payerId, 'customer');
  const legalEntityId = input.legalEntityId ?? order?.legalEntityId ?? defaultLegalEntity(ctx.db)?.id;
  if (!legalEntityId) throw fieldError('legalEntityId', 'field.legal_entity_required');
  const entity = getLive(ctx.db, legalEntities, legalEntityId, 'legal_entity');
  if (!entity.bic || !entity.bankAccount) throw fieldError('legalEntityId', 'field.bank_details_required');
  const vat = vatFor(ctx.db, legalEntityId);
  let lines: { name: string; quantityX1000: number; unit: string; priceMinor: number; amountMinor: number }[];
  let totals: { vatMinor: number; totalMinor: number };
  const number = documentNumber(ctx.db, 'invoice');
  if (input.kind === 'prepayment' || input.lines) {
    const given = input.lines ?? [{ name: order ? `Предоплата по заказ-наряду № ${order.number}` : 'Предоплата', quantityX1000: 1000, unit: 'усл.', priceMinor: input.amountMinor ?? order?.totals.dueMinor ?? 0 }];
    lines = given.map((l) => ({ ...l, amountMinor: Math.round((l.quantityX1000 * l.priceMinor) / 1000) }));
    const sum = lines.reduce((s, l) => s + l.amountMinor, 0);
    // Prepayment sums are what the customer pays: VAT is inside them unless the entity has none.
    totals = vatOf(sum, vat.mode === 'none' ? 'none' : 'included', vat.rateBp);
  } else {
    if (!order) throw fieldError('workOrderId', 'field.required');
    lines = [
      ...order.labour.map((l) => ({ name: l.name, quantityX1000: l.quantityX1000, unit: 'усл.', priceMinor: l.quantityX1000 ? Math.round((l.amountMinor * 1000) / l.quantityX1000) : l.amountMinor, amountMinor: l.amountMinor })),
      ...order.parts.filter((p) => !p.customerSupplied).map((p) => ({ name: p.name, quantityX1000: p.quantityX1000, unit: p.unit, priceMinor: p.priceMinor, amountMinor: p.amountMinor })),
    ];
    const t = orderTotals(ctx.db, { id: order.id, legalEntityId });
    totals = { vatMinor: t.vatMinor, totalMinor: t.totalMinor };
  }
  if (totals.totalMinor <= 0) throw fieldError('amountMinor', 'field.amount_positive');
  const branch = currentBranch(ctx.db);
  const invoice = insertRow(ctx.db, invoices, {
    branchId: branch.id,
    number,
    kind: input.kind,
    legalEntityId,
    payerId,
    workOrderId: order?.id ?? null,
    date: input.date ?? wallTime(new Date(), branch.timeZone).date,
    dueDate: input.dueDate ?? null,
    totalMinor: totals.totalMinor,
    vatMode: vat.mode,
    vatRateBp: vat.rateBp,
    vatMinor: totals.vatMinor,
    cancelledAt: null,
  });
  lines.forEach((l, position) => insertRow(ctx.db, invoiceLines, { invoiceId: invoice.id, ...l, position }));
  return invoiceView(ctx, invoice.id);
}

export function invoiceView(ctx: Ctx, invoiceId: string) {
  const invoice = getLive(ctx.db, invoices, invoiceId, 'invoice');
  const lines = ctx.db.select().from(invoiceLines).where(and(eq(invoiceLines.invoiceId, invoiceId), isNull(invoiceLines.deletedAt))).orderBy(asc(invoiceLines.position)).all();
  const paidMinor = paidForInvoice(ctx.db, invoiceId);
  const payer = ctx.db.select({ id: customers.id, name: customers.name }).from(customers).where(eq(customers.id, invoice.payerId)).get();
  return { ...invoice, lines, payer, paidMinor, dueMinor: invoice.totalMinor - paidMinor, status: invoiceStatus(invoice, paidMinor), payments: ctx.db.select().from(payments).where(eq(payments.invoiceId, invoiceId)).all() };
}

function cancelInvoice(ctx: Ctx, input: { id: string }) {
  const invoice = getLive(ctx.db, invoices, input.id, 'invoice');
  if (paidForInvoice(ctx.db, invoice.id) > 0) throw new AppError('conflict', {}, { id: 'field.invoice_paid' }, 'field.invoice_paid');
  updateRow(ctx.db, invoices, invoice.id, { cancelledAt: nowIso() }, 'invoice');
  return invoiceView(ctx, invoice.id);
}

/**
 * Per payer: the unpaid balance of completed and issued orders and of issued rental invoices
 * (per deal), oldest debt first. One query: orders read their paid sums from work_order_paid,
 * rental invoices sum their payments through payments_invoice_idx.
 */
function receivables(ctx: Ctx) {
  const rows = ctx.db.$client
    .prepare(
      `SELECT 'order' AS kind, wo.payer_id AS payerId, c.name, wo.id, wo.number, wo.completed_at AS since, wo.total_minor - ${paidSql} AS dueMinor
         FROM work_orders wo JOIN customers c ON c.id = wo.payer_id
        WHERE wo.deleted_at IS NULL AND wo.status IN ('completed', 'issued') AND wo.total_minor > ${paidSql}
       UNION ALL
       SELECT 'deal', u.payer_id, c.name, d.id, d.number, min(u.created_at), sum(u.due)
         FROM (SELECT i.payer_id, i.deal_id, i.created_at, i.total_minor - ${invoicePaidSql} AS due
                 FROM invoices i WHERE i.deal_id IS NOT NULL AND i.deleted_at IS NULL AND i.cancelled_at IS NULL) u
         JOIN rental_deals d ON d.id = u.deal_id JOIN customers c ON c.id = u.payer_id
        WHERE u.due > 0
        GROUP BY u.payer_id, d.id
        ORDER BY since`,
    )
    .all() as { kind: 'order' | 'deal'; payerId: string; name: string; id: string; number: string; since: string; dueMinor: number }[];
  type Debt = { id: string; number: string; dueMinor: number };
  const byPayer = new Map<string, { payerId: string; name: string; dueMinor: number; oldest: string; orders: (Debt & { completedAt: string })[]; deals: (Debt & { since: string })[] }>();
  // Debts that still name a merged customer (other branches' documents) count for the kept one.
  const merged = mergeTargets(ctx.db);
  for (const r of rows.filter((r) => r.dueMinor > 0)) {
    const target = merged.get(r.payerId);
    if (target) Object.assign(r, { payerId: target.id, name: target.name });
    const entry = byPayer.get(r.payerId) ?? { payerId: r.payerId, name: r.name, dueMinor: 0, oldest: r.since, orders: [], deals: [] };
    entry.dueMinor += r.dueMinor;
    const debt = { id: r.id, number: r.number, dueMinor: r.dueMinor };
    if (r.kind === 'order') entry.orders.push({ ...debt, completedAt: r.since });
    else entry.deals.push({ ...debt, since: r.since });
    byPayer.set(r.payerId, entry);
  }
  return { items: [...byPayer.values()].sort((a, b) => a.oldest.localeCompare(b.oldest)) };
}
