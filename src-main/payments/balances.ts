import { and, asc, eq, isNull, or, inArray } from 'drizzle-orm';
import type { Db } from '../db/open';
import { payments, invoices } from './schema';

/**
 * What has been paid for an order: its own payments plus those made against its invoices,
 * less refunds — read from work_order_paid, which a trigger on the payments ledger keeps.
 * The balance is always total − this.
 */
export const paidSql = `coalesce((SELECT paid_minor FROM work_order_paid WHERE work_order_id = wo.id), 0)`;

/** The same figure summed from the ledger itself (to check the summary against). */
export const paidFromLedgerSql = `(coalesce((SELECT sum(CASE p.kind WHEN 'refund' THEN -p.amount_minor ELSE p.amount_minor END) FROM payments p
    WHERE p.work_order_id = wo.id AND p.deleted_at IS NULL), 0)
  + coalesce((SELECT sum(CASE p.kind WHEN 'refund' THEN -p.amount_minor ELSE p.amount_minor END) FROM invoices i JOIN payments p ON p.invoice_id = i.id
    WHERE i.work_order_id = wo.id AND p.deleted_at IS NULL), 0))`;

export function paidForOrder(db: Db, orderId: string): number {
  return db.$client.prepare(`SELECT ${paidSql} FROM (SELECT ? AS id) wo`).pluck().get(orderId) as number;
}

/** What has been paid against an invoice (aliased `i`), less refunds: a look-up on payments_invoice_idx. */
export const invoicePaidSql = `coalesce((SELECT sum(CASE p.kind WHEN 'refund' THEN -p.amount_minor ELSE p.amount_minor END) FROM payments p
    WHERE p.invoice_id = i.id AND p.deleted_at IS NULL), 0)`;

export function paidForInvoice(db: Db, invoiceId: string): number {
  return db.$client.prepare(`SELECT ${invoicePaidSql} FROM (SELECT ? AS id) i`).pluck().get(invoiceId) as number;
}

export function invoicesOfOrder(db: Db, orderId: string) {
  return db
    .select()
    .from(invoices)
    .where(and(eq(invoices.workOrderId, orderId), isNull(invoices.deletedAt)))
    .orderBy(asc(invoices.id))
    .all()
    .map((i) => {
      const paidMinor = paidForInvoice(db, i.id);
      return { ...i, paidMinor, status: invoiceStatus(i, paidMinor) };
    });
}

export function paymentsOfOrder(db: Db, orderId: string) {
  const invoiceIds = db.select({ id: invoices.id }).from(invoices).where(eq(invoices.workOrderId, orderId)).all().map((i) => i.id);
  return db
    .select()
    .from(payments)
    .where(and(isNull(payments.deletedAt), or(eq(payments.workOrderId, orderId), invoiceIds.length ? inArray(payments.invoiceId, invoiceIds) : undefined)))
    .orderBy(asc(payments.at))
    .all();
}

export type InvoiceStatus = 'issued' | 'partly_paid' | 'paid' | 'cancelled';

export function invoiceStatus(invoice: { cancelledAt: string | null; totalMinor: number }, paidMinor: number): InvoiceStatus {
  if (invoice.cancelledAt) return 'cancelled';
  if (paidMinor >= invoice.totalMinor && invoice.totalMinor > 0) return 'paid';
  if (paidMinor > 0) return 'partly_paid';
  return 'issued';
}
