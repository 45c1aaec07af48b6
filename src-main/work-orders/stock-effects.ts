import { and, eq, isNull } from 'drizzle-orm';
import type { Ctx } from '../api/define';
import { updateRow } from '../db/dal';
import { reservations, stockDocuments } from '../stock/schema';
import { workOrderParts } from './schema';
import { reserve, release } from '../stock/reservations';
import { createDocument, reverseDocument } from '../stock/documents';

/**
 * What a work order does to stock: a part from stock is reserved when added, issued through
 * the ledger when the order is completed, released when removed or the order is cancelled;
 * reopening a completed order reverses the issue and reserves again.
 */

const issueNote = (orderId: string) => `work_order:${orderId}`;

export function reservePart(ctx: Ctx, orderId: string, part: { itemId: string; warehouseId: string; quantityX1000: number }): string {
  return reserve(ctx, { itemId: part.itemId, warehouseId: part.warehouseId, qtyX1000: part.quantityX1000, forKind: 'work_order', forId: orderId }).id;
}

export function releasePart(ctx: Ctx, reservationId: string | null) {
  if (!reservationId) return;
  const r = ctx.db.select().from(reservations).where(eq(reservations.id, reservationId)).get();
  if (r?.status === 'active') release(ctx, { id: reservationId });
}

function stockParts(ctx: Ctx, orderId: string) {
  return ctx.db
    .select()
    .from(workOrderParts)
    .where(and(eq(workOrderParts.workOrderId, orderId), isNull(workOrderParts.deletedAt), eq(workOrderParts.customerSupplied, false)))
    .all()
    .filter((p) => p.itemId && p.warehouseId);
}

/** Completion: every active reservation of the order becomes one posted issue per warehouse. */
export function issueOrderParts(ctx: Ctx, orderId: string) {
  const parts = stockParts(ctx, orderId);
  const byWarehouse = new Map<string, { itemId: string; qtyX1000: number }[]>();
  for (const p of parts) {
    const r = p.reservationId ? ctx.db.select().from(reservations).where(eq(reservations.id, p.reservationId)).get() : undefined;
    if (r?.status !== 'active') continue;
    // Closed first, so the issue does not count the order's own reservation against it.
    updateRow(ctx.db, reservations, r.id, { status: 'issued' }, 'reservation');
    byWarehouse.set(r.warehouseId, [...(byWarehouse.get(r.warehouseId) ?? []), { itemId: r.itemId, qtyX1000: r.qtyX1000 }]);
  }
  for (const [warehouseId, lines] of byWarehouse) createDocument(ctx, { kind: 'issue', fromWarehouseId: warehouseId, note: issueNote(orderId), lines, post: true });
}

/** Reopening: the issue is reversed and the parts are reserved again. */
export function unissueOrderParts(ctx: Ctx, orderId: string) {
  const docs = ctx.db
    .select({ id: stockDocuments.id })
    .from(stockDocuments)
    .where(and(eq(stockDocuments.note, issueNote(orderId)), eq(stockDocuments.kind, 'issue'), eq(stockDocuments.status, 'posted'), isNull(stockDocuments.reversesId)))
    .all();
  for (const d of docs) reverseDocument(ctx, { id: d.id });
  for (const p of stockParts(ctx, orderId)) {
    updateRow(ctx.db, workOrderParts, p.id, { reservationId: reservePart(ctx, orderId, { itemId: p.itemId!, warehouseId: p.warehouseId!, quantityX1000: p.quantityX1000 }) }, 'work_order');
  }
}

export function releaseOrderParts(ctx: Ctx, orderId: string) {
  for (const p of stockParts(ctx, orderId)) releasePart(ctx, p.reservationId);
}
