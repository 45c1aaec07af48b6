import { and, asc, eq, isNull } from 'drizzle-orm';
import type { z } from 'zod';
import type { Ctx } from '../api/define';
import { AppError, fieldError } from '../api/errors';
import { insertRow, updateRow, tombstoneChildren, getLive } from '../db/dal';
import type { Db } from '../db/open';
import { prepared } from '../db/prepared';
import { nextCounter } from '../db/counters';
import { nowIso } from '../db/ids';
import { customers } from '../customers/schema';
import { currentBranch } from '../organisation/app';
import { wallTime } from '../scheduler/zoned-time';
import { items, warehouses, stockDocuments, stockDocumentLines, stockMoves, wholeUnits, type StockDocumentKind } from './schema';
import { type documentCreate, type documentUpdate, type documentList } from './inputs';
import { stockQueries } from './queries.sql';
import { movesFor, reversalOf, balancesAfter, type Balance, type Move } from './ledger';
import { allowNegativeStock } from './settings';

// Which warehouses each kind of document names.
const needsFrom: StockDocumentKind[] = ['transfer', 'write_off', 'issue', 'sale', 'supplier_return'];
const needsTo: StockDocumentKind[] = ['receipt', 'transfer', 'count', 'customer_return'];
const numberPrefix: Record<StockDocumentKind, string> = {
  receipt: 'ПН',
  transfer: 'ПМ',
  write_off: 'СП',
  count: 'ИН',
  issue: 'ВД',
  sale: 'РЛ',
  customer_return: 'ВК',
  supplier_return: 'ВП',
};

type Line = z.output<typeof documentCreate>['lines'][number];

function checkHeader(db: Db, kind: StockDocumentKind, v: { fromWarehouseId?: string | null; toWarehouseId?: string | null; supplierId?: string | null }) {
  if (needsFrom.includes(kind) && !v.fromWarehouseId) throw fieldError('fromWarehouseId', 'field.warehouse_required');
  if (needsTo.includes(kind) && !v.toWarehouseId) throw fieldError('toWarehouseId', 'field.warehouse_required');
  if (kind === 'transfer' && v.fromWarehouseId === v.toWarehouseId) throw fieldError('toWarehouseId', 'field.same_warehouse');
  if (v.fromWarehouseId) getLive(db, warehouses, v.fromWarehouseId, 'warehouse');
  if (v.toWarehouseId) getLive(db, warehouses, v.toWarehouseId, 'warehouse');
  if ((kind === 'receipt' || kind === 'supplier_return') && !v.supplierId) throw fieldError('supplierId', 'field.supplier_required');
  if (v.supplierId) {
    const supplier = getLive(db, customers, v.supplierId, 'customer');
    if (!supplier.isSupplier) throw fieldError('supplierId', 'field.not_a_supplier');
  }
}

function checkLines(db: Db, kind: StockDocumentKind, lines: Line[]) {
  lines.forEach((l, i) => {
    const item = getLive(db, items, l.itemId, 'item');
    const qty = kind === 'count' ? l.countedX1000 : l.qtyX1000;
    if (qty === undefined) throw fieldError(`lines.${i}.${kind === 'count' ? 'countedX1000' : 'qtyX1000'}`, 'field.required');
    if (wholeUnits.includes(item.unit) && qty % 1000 !== 0) throw fieldError(`lines.${i}.qtyX1000`, 'field.whole_units');
  });
}

function writeLines(db: Db, documentId: string, lines: Line[]) {
  tombstoneChildren(db, stockDocumentLines, stockDocumentLines.documentId, documentId);
  lines.forEach((l, position) => {
    const item = getLive(db, items, l.itemId, 'item');
    insertRow(db, stockDocumentLines, {
      documentId,
      itemId: l.itemId,
      qtyX1000: l.qtyX1000 ?? 0,
      priceMinor: l.priceMinor ?? item.purchasePriceMinor,
      countedX1000: l.countedX1000 ?? null,
      position,
    });
  });
}

export function createDocument(ctx: Ctx, input: z.output<typeof documentCreate>) {
  checkHeader(ctx.db, input.kind, input);
  checkLines(ctx.db, input.kind, input.lines);
  const branch = currentBranch(ctx.db);
  const doc = insertRow(ctx.db, stockDocuments, {
    branchId: branch.id,
    number: `${branch.docPrefix}-${numberPrefix[input.kind]}-${String(nextCounter(ctx.db, `stock_${input.kind}`)).padStart(6, '0')}`,
    kind: input.kind,
    status: 'draft',
    date: input.date ?? wallTime(new Date(), branch.timeZone).date,
    supplierId: input.supplierId ?? null,
    supplierDocNumber: input.supplierDocNumber ?? null,
    fromWarehouseId: needsFrom.includes(input.kind) ? (input.fromWarehouseId ?? null) : null,
    toWarehouseId: needsTo.includes(input.kind) ? (input.toWarehouseId ?? null) : null,
    reversesId: null,
    note: input.note ?? null,
    postedAt: null,
  });
  writeLines(ctx.db, doc.id, input.lines);
  if (input.post) return postDocument(ctx, { id: doc.id });
  return getDocument(ctx, { id: doc.id });
}

export function updateDocument(ctx: Ctx, input: z.output<typeof documentUpdate>) {
  const doc = getLive(ctx.db, stockDocuments, input.id, 'stock_document');
  if (doc.status !== 'draft') throw fieldError('id', 'field.document_posted');
  const { id, lines, post, ...patch } = input;
  const merged = { ...doc, ...Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) };
  checkHeader(ctx.db, doc.kind, merged);
  if (lines) {
    checkLines(ctx.db, doc.kind, lines);
    writeLines(ctx.db, id, lines);
  }
  updateRow(ctx.db, stockDocuments, id, patch, 'stock_document');
  if (post) return postDocument(ctx, { id });
  return getDocument(ctx, { id });
}

function balanceReader(db: Db) {
  const statement = prepared(db.$client, stockQueries.balance);
  return (itemId: string, warehouseId: string): Balance => (statement.get(itemId, warehouseId) as Balance | undefined) ?? { qtyX1000: 0, valueMinor: 0 };
}

/**
 * Refuses moves that would take stock below zero, or below what is reserved for others,
 * naming the item and the shortfall (unless the negative-stock setting allows it).
 */
export function assertEnough(db: Db, moves: Move[], reservedAlsoConsumed = 0) {
  if (allowNegativeStock(db)) return;
  const after = balancesAfter(moves, balanceReader(db));
  const reservedStatement = prepared(db.$client, stockQueries.reserved).pluck();
  for (const b of after.values()) {
    const outgoing = moves.some((m) => m.itemId === b.itemId && m.warehouseId === b.warehouseId && m.qtyX1000 < 0);
    if (!outgoing) continue;
    const reserved = (reservedStatement.get(b.itemId, b.warehouseId) as number) - reservedAlsoConsumed;
    const available = b.qtyX1000 - Math.max(reserved, 0);
    if (available < 0) {
      const item = getLive(db, items, b.itemId, 'item');
      const warehouse = getLive(db, warehouses, b.warehouseId, 'warehouse');
      throw new AppError('insufficient_stock', { item: item.name, warehouse: warehouse.name, shortfall: formatQty(-available), unit: item.unit });
    }
  }
}

function formatQty(x1000: number): string {
  return (x1000 / 1000).toLocaleString('en-US', { maximumFractionDigits: 3, useGrouping: false });
}

function writeMoves(db: Db, documentId: string, kind: StockDocumentKind, moves: Move[]) {
  const at = nowIso();
  for (const m of moves) insertRow(db, stockMoves, { documentId, kind, itemId: m.itemId, warehouseId: m.warehouseId, qtyX1000: m.qtyX1000, valueMinor: m.valueMinor, at });
}

export function documentLines(db: Db, documentId: string) {
  return db
    .select({ id: stockDocumentLines.id, itemId: stockDocumentLines.itemId, qtyX1000: stockDocumentLines.qtyX1000, priceMinor: stockDocumentLines.priceMinor, countedX1000: stockDocumentLines.countedX1000, name: items.name, article: items.article, unit: items.unit })
    .from(stockDocumentLines)
    .innerJoin(items, eq(items.id, stockDocumentLines.itemId))
    .where(and(eq(stockDocumentLines.documentId, documentId), isNull(stockDocumentLines.deletedAt)))
    .orderBy(asc(stockDocumentLines.position))
    .all();
}

/** Posts a draft: writes its ledger rows (in one transaction with the checks). */
export function postDocument(ctx: Ctx, input: { id: string }, reservedAlsoConsumed = 0) {
  const doc = getLive(ctx.db, stockDocuments, input.id, 'stock_document');
  if (doc.status !== 'draft') throw fieldError('id', 'field.document_posted');
  const lines = documentLines(ctx.db, doc.id);
  if (!lines.length) throw fieldError('lines', 'field.lines_required');
  const moves = movesFor({ kind: doc.kind, fromWarehouseId: doc.fromWarehouseId, toWarehouseId: doc.toWarehouseId, lines }, balanceReader(ctx.db)).filter((m) => m.qtyX1000 !== 0 || m.valueMinor !== 0);
  assertEnough(ctx.db, moves, reservedAlsoConsumed);
  // A count keeps what the books said, so the printed sheet shows book, counted and difference.
  if (doc.kind === 'count') {
    const read = balanceReader(ctx.db);
    for (const l of lines) updateRow(ctx.db, stockDocumentLines, l.id, { qtyX1000: read(l.itemId, doc.toWarehouseId!).qtyX1000 }, 'stock_document');
  }
  writeMoves(ctx.db, doc.id, doc.kind, moves);
  updateRow(ctx.db, stockDocuments, doc.id, { status: 'posted', postedAt: nowIso() }, 'stock_document');
  return getDocument(ctx, { id: doc.id });
}

/** A posted document is never edited: it is reversed by a document of opposite moves. */
export function reverseDocument(ctx: Ctx, input: { id: string }) {
  const doc = getLive(ctx.db, stockDocuments, input.id, 'stock_document');
  if (doc.status !== 'posted') throw fieldError('id', 'field.document_not_posted');
  const original = ctx.db.select().from(stockMoves).where(eq(stockMoves.documentId, doc.id)).all();
  const moves = reversalOf(original);
  assertEnough(ctx.db, moves);
  const branch = currentBranch(ctx.db);
  const reversal = insertRow(ctx.db, stockDocuments, {
    branchId: branch.id,
    number: `${doc.number}-С`,
    kind: doc.kind,
    status: 'posted',
    date: wallTime(new Date(), branch.timeZone).date,
    supplierId: doc.supplierId,
    supplierDocNumber: doc.supplierDocNumber,
    fromWarehouseId: doc.fromWarehouseId,
    toWarehouseId: doc.toWarehouseId,
    reversesId: doc.id,
    note: null,
    postedAt: nowIso(),
  });
  writeMoves(ctx.db, reversal.id, doc.kind, moves);
  updateRow(ctx.db, stockDocuments, doc.id, { status: 'reversed' }, 'stock_document');
  return getDocument(ctx, { id: doc.id });
}

/** "Reverse and repost": a new draft copy of a reversed document, to correct and post. */
export function copyDocument(ctx: Ctx, input: { id: string }) {
  const doc = getLive(ctx.db, stockDocuments, input.id, 'stock_document');
  if (doc.status !== 'reversed') throw fieldError('id', 'field.document_not_reversed');
  const lines = documentLines(ctx.db, doc.id);
  return createDocument(ctx, {
    kind: doc.kind,
    supplierId: doc.supplierId,
    supplierDocNumber: doc.supplierDocNumber,
    fromWarehouseId: doc.fromWarehouseId,
    toWarehouseId: doc.toWarehouseId,
    note: doc.note,
    lines: lines.map((l) => ({ itemId: l.itemId, qtyX1000: l.qtyX1000 || undefined, priceMinor: l.priceMinor, countedX1000: l.countedX1000 ?? undefined })),
  });
}

export function getDocument(ctx: Ctx, input: { id: string }) {
  const doc = getLive(ctx.db, stockDocuments, input.id, 'stock_document');
  const lines = documentLines(ctx.db, doc.id);
  const moves = ctx.db.select({ itemId: stockMoves.itemId, warehouseId: stockMoves.warehouseId, qtyX1000: stockMoves.qtyX1000, valueMinor: stockMoves.valueMinor }).from(stockMoves).where(eq(stockMoves.documentId, doc.id)).all();
  const supplier = doc.supplierId ? ctx.db.select({ id: customers.id, name: customers.name }).from(customers).where(eq(customers.id, doc.supplierId)).get() : null;
  const reversal = ctx.db.select({ id: stockDocuments.id, number: stockDocuments.number }).from(stockDocuments).where(eq(stockDocuments.reversesId, doc.id)).get();
  return { ...doc, supplier: supplier ?? null, lines, moves, reversal: reversal ?? null };
}

export type DocumentListItem = {
  id: string;
  number: string;
  kind: StockDocumentKind;
  status: 'draft' | 'posted' | 'reversed';
  date: string;
  supplierId: string | null;
  supplierName: string | null;
  supplierDocNumber: string | null;
  fromWarehouseId: string | null;
  toWarehouseId: string | null;
  reversesId: string | null;
  note: string | null;
  postedAt: string | null;
  createdAt: string;
  lineCount: number;
  totalMinor: number;
};

export function listDocuments(ctx: Ctx, input: z.output<typeof documentList>) {
  const where = ['d.deleted_at IS NULL'];
  const params: Record<string, unknown> = { limit: input.limit ?? 100 };
  if (input.kind) {
    where.push('d.kind = :kind');
    params.kind = input.kind;
  }
  if (input.status) {
    where.push('d.status = :status');
    params.status = input.status;
  }
  // With the supplier's name, the number of lines and their sum at the lines' prices.
  const items = prepared(
    ctx.db.$client,
    `SELECT d.id, d.number, d.kind, d.status, d.date, d.supplier_id AS supplierId, c.name AS supplierName, d.supplier_doc_number AS supplierDocNumber,
        d.from_warehouse_id AS fromWarehouseId, d.to_warehouse_id AS toWarehouseId, d.reverses_id AS reversesId, d.note, d.posted_at AS postedAt, d.created_at AS createdAt,
        (SELECT count(*) FROM stock_document_lines l WHERE l.document_id = d.id AND l.deleted_at IS NULL) AS lineCount,
        (SELECT coalesce(sum((l.qty_x1000 * l.price_minor + 500) / 1000), 0) FROM stock_document_lines l WHERE l.document_id = d.id AND l.deleted_at IS NULL) AS totalMinor
      FROM stock_documents d LEFT JOIN customers c ON c.id = d.supplier_id
      WHERE ${where.join(' AND ')} ORDER BY d.id DESC LIMIT :limit`,
  ).all(params) as DocumentListItem[];
  return { items };
}
