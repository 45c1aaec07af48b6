import { sqliteTable, text, integer, index } from 'drizzle-orm/sqlite-core';
import { syncedColumns } from '../db/columns';
import { branches, legalEntities } from '../organisation/schema';
import { customers } from '../customers/schema';
import { workOrders } from '../work-orders/schema';

export const paymentMethods = ['cash', 'card', 'bank_transfer', 'sbp'] as const;

/** Invoices (счёт на оплату): prepayment or post-payment, issued by one of our legal entities. */
export const invoices = sqliteTable('invoices', {
  ...syncedColumns,
  branchId: text('branch_id').notNull().references(() => branches.id),
  number: text('number').notNull(),
  kind: text('kind', { enum: ['prepayment', 'postpayment'] }).notNull(),
  legalEntityId: text('legal_entity_id').notNull().references(() => legalEntities.id),
  payerId: text('payer_id').notNull().references(() => customers.id),
  workOrderId: text('work_order_id').references(() => workOrders.id),
  // A rental deal's invoice (prepayment or overtime), when it is one.
  dealId: text('deal_id'),
  rentalItemId: text('rental_item_id'),
  // Business date, YYYY-MM-DD.
  date: text('date').notNull(),
  dueDate: text('due_date'),
  totalMinor: integer('total_minor').notNull(),
  vatMode: text('vat_mode', { enum: ['none', 'included', 'on_top'] }).notNull(),
  vatRateBp: integer('vat_rate_bp').notNull(),
  vatMinor: integer('vat_minor').notNull(),
  cancelledAt: text('cancelled_at'),
}, (t) => [index('invoices_payer_idx').on(t.payerId), index('invoices_work_order_idx').on(t.workOrderId), index('invoices_deal_idx').on(t.dealId)]);

export const invoiceLines = sqliteTable('invoice_lines', {
  ...syncedColumns,
  invoiceId: text('invoice_id').notNull().references(() => invoices.id),
  name: text('name').notNull(),
  quantityX1000: integer('quantity_x1000').notNull(),
  unit: text('unit').notNull(),
  priceMinor: integer('price_minor').notNull(),
  amountMinor: integer('amount_minor').notNull(),
  position: integer('position').notNull(),
}, (t) => [index('invoice_lines_invoice_idx').on(t.invoiceId)]);

/**
 * Payments and refunds: an append-only ledger. Each is allocated to a work order or an
 * invoice (an invoice's payments also count for its work order). Amounts are positive; a
 * refund subtracts.
 */
export const payments = sqliteTable('payments', {
  ...syncedColumns,
  branchId: text('branch_id').notNull().references(() => branches.id),
  kind: text('kind', { enum: ['payment', 'refund'] }).notNull(),
  method: text('method', { enum: paymentMethods }).notNull(),
  amountMinor: integer('amount_minor').notNull(),
  payerId: text('payer_id').notNull().references(() => customers.id),
  workOrderId: text('work_order_id').references(() => workOrders.id),
  invoiceId: text('invoice_id').references(() => invoices.id),
  at: text('at').notNull(),
  note: text('note'),
}, (t) => [index('payments_work_order_idx').on(t.workOrderId), index('payments_invoice_idx').on(t.invoiceId), index('payments_payer_idx').on(t.payerId)]);

/**
 * What has been paid per work order (its own payments and its invoices'), kept by a trigger
 * on payments in the same transaction: local and derived, like stock balances, so lists and
 * receivables over years of orders need not sum the ledger row by row.
 */
export const workOrderPaid = sqliteTable('work_order_paid', {
  workOrderId: text('work_order_id').primaryKey(),
  paidMinor: integer('paid_minor').notNull(),
});
