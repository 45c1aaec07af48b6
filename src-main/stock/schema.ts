import { sqliteTable, text, integer, index, primaryKey } from 'drizzle-orm/sqlite-core';
import { syncedColumns } from '../db/columns';
import { branches } from '../organisation/schema';
import { customers } from '../customers/schema';

// Quantities are thousandths of the unit (1500 = 1.5 l), money minor units (kopecks).

export const units = ['pcs', 'l', 'kg', 'm', 'set'] as const;
/** Units that are counted whole: their quantities must be multiples of 1000. */
export const wholeUnits: readonly string[] = ['pcs', 'set'];

export const itemGroups = sqliteTable('item_groups', {
  ...syncedColumns,
  name: text('name').notNull(),
  // Sale price = purchase price × (1 + markup) when an item has no price of its own.
  markupBp: integer('markup_bp').notNull(),
});

export const items = sqliteTable('items', {
  ...syncedColumns,
  name: text('name').notNull(),
  article: text('article'),
  // The article without spaces, dashes, dots or case: "OC 90" and "oc-90" are one part.
  articleKey: text('article_key'),
  brand: text('brand'),
  unit: text('unit', { enum: units }).notNull(),
  groupId: text('group_id').references(() => itemGroups.id),
  purchasePriceMinor: integer('purchase_price_minor').notNull(),
  // Null: priced by the group's markup.
  salePriceMinor: integer('sale_price_minor'),
  vatRateBp: integer('vat_rate_bp').notNull(),
  notes: text('notes'),
  active: integer('active', { mode: 'boolean' }).notNull(),
  // Folded name, brand and article key, for fragment search (SQLite's LIKE folds only Latin).
  searchText: text('search_text').notNull(),
}, (t) => [index('items_article_key_idx').on(t.articleKey), index('items_name_idx').on(t.name), index('items_group_idx').on(t.groupId)]);

export const itemBarcodes = sqliteTable('item_barcodes', {
  ...syncedColumns,
  itemId: text('item_id').notNull().references(() => items.id),
  code: text('code').notNull(),
}, (t) => [index('item_barcodes_code_idx').on(t.code), index('item_barcodes_item_idx').on(t.itemId)]);

/** Cross-references: parts that can replace each other (stored both ways). */
export const itemAnalogues = sqliteTable('item_analogues', {
  ...syncedColumns,
  itemId: text('item_id').notNull().references(() => items.id),
  analogueId: text('analogue_id').notNull().references(() => items.id),
}, (t) => [index('item_analogues_item_idx').on(t.itemId)]);

export const warehouses = sqliteTable('warehouses', {
  ...syncedColumns,
  branchId: text('branch_id').notNull().references(() => branches.id),
  name: text('name').notNull(),
  kind: text('kind', { enum: ['store', 'workshop', 'other'] }).notNull(),
  active: integer('active', { mode: 'boolean' }).notNull(),
});

export const itemMinLevels = sqliteTable('item_min_levels', {
  ...syncedColumns,
  itemId: text('item_id').notNull().references(() => items.id),
  warehouseId: text('warehouse_id').notNull().references(() => warehouses.id),
  minQtyX1000: integer('min_qty_x1000').notNull(),
}, (t) => [index('item_min_levels_item_idx').on(t.itemId, t.warehouseId)]);

export const stockDocumentKinds = ['receipt', 'transfer', 'write_off', 'count', 'issue', 'sale', 'customer_return', 'supplier_return'] as const;
export type StockDocumentKind = (typeof stockDocumentKinds)[number];

/** A stock document: a draft can change; a posted one only ever gets reversed. */
export const stockDocuments = sqliteTable('stock_documents', {
  ...syncedColumns,
  branchId: text('branch_id').notNull().references(() => branches.id),
  number: text('number').notNull(),
  kind: text('kind', { enum: stockDocumentKinds }).notNull(),
  status: text('status', { enum: ['draft', 'posted', 'reversed'] }).notNull(),
  // Business date, YYYY-MM-DD.
  date: text('date').notNull(),
  supplierId: text('supplier_id').references(() => customers.id),
  supplierDocNumber: text('supplier_doc_number'),
  // receipt, count, customer_return: to; write_off, issue, sale, supplier_return: from; transfer: both.
  fromWarehouseId: text('from_warehouse_id').references(() => warehouses.id),
  toWarehouseId: text('to_warehouse_id').references(() => warehouses.id),
  // The document this one reverses, or (for a reposted copy) came from.
  reversesId: text('reverses_id'),
  note: text('note'),
  postedAt: text('posted_at'),
}, (t) => [index('stock_documents_kind_idx').on(t.kind, t.date)]);

export const stockDocumentLines = sqliteTable('stock_document_lines', {
  ...syncedColumns,
  documentId: text('document_id').notNull().references(() => stockDocuments.id),
  itemId: text('item_id').notNull().references(() => items.id),
  qtyX1000: integer('qty_x1000').notNull(),
  // Receipt: purchase price per unit; others: filled with the cost when posted.
  priceMinor: integer('price_minor').notNull(),
  // Count only: what was counted, and what the books said when posted.
  countedX1000: integer('counted_x1000'),
  position: integer('position').notNull(),
}, (t) => [index('stock_document_lines_doc_idx').on(t.documentId)]);

/**
 * The movement ledger: append-only, one row per item and warehouse a posted document moved.
 * Balances and value are sums over it. valueMinor is the signed cost value of the movement.
 */
export const stockMoves = sqliteTable('stock_moves', {
  ...syncedColumns,
  documentId: text('document_id').notNull().references(() => stockDocuments.id),
  kind: text('kind', { enum: stockDocumentKinds }).notNull(),
  itemId: text('item_id').notNull().references(() => items.id),
  warehouseId: text('warehouse_id').notNull().references(() => warehouses.id),
  qtyX1000: integer('qty_x1000').notNull(),
  valueMinor: integer('value_minor').notNull(),
  at: text('at').notNull(),
}, (t) => [index('stock_moves_item_idx').on(t.itemId, t.at), index('stock_moves_doc_idx').on(t.documentId)]);

/**
 * Balances per item and warehouse, kept by a trigger on stock_moves (local, derived: it can
 * always be rebuilt from the ledger, and a test does so and compares).
 */
export const stockBalances = sqliteTable('stock_balances', {
  itemId: text('item_id').notNull(),
  warehouseId: text('warehouse_id').notNull(),
  qtyX1000: integer('qty_x1000').notNull(),
  valueMinor: integer('value_minor').notNull(),
}, (t) => [primaryKey({ columns: [t.itemId, t.warehouseId] }), index('stock_balances_warehouse_idx').on(t.warehouseId)]);

/** Reservations: quantity held for a work order or a customer order. Available = on hand − active reservations. */
export const reservations = sqliteTable('reservations', {
  ...syncedColumns,
  itemId: text('item_id').notNull().references(() => items.id),
  warehouseId: text('warehouse_id').notNull().references(() => warehouses.id),
  qtyX1000: integer('qty_x1000').notNull(),
  forKind: text('for_kind', { enum: ['work_order', 'customer_order'] }).notNull(),
  forId: text('for_id').notNull(),
  status: text('status', { enum: ['active', 'released', 'issued'] }).notNull(),
  issueDocumentId: text('issue_document_id'),
}, (t) => [index('reservations_item_idx').on(t.itemId, t.warehouseId, t.status), index('reservations_for_idx').on(t.forKind, t.forId)]);
