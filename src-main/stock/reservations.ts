import { and, eq, isNull } from 'drizzle-orm';
import type { z } from 'zod';
import type { Ctx } from '../api/define';
import { AppError, fieldError } from '../api/errors';
import { insertRow, updateRow, getLive } from '../db/dal';
import { items, warehouses, reservations, wholeUnits } from './schema';
import { type reservationCreate, type reservationList } from './inputs';
import { createDocument } from './documents';
import { itemsWithStock } from './items';

/**
 * Reserving runs in the command's IMMEDIATE transaction and the reservations trigger checks
 * on-hand minus reserved inside the insert itself, so two desks reserving the last unit at
 * once cannot both succeed.
 */
export function reserve(ctx: Ctx, input: z.output<typeof reservationCreate>) {
  const item = getLive(ctx.db, items, input.itemId, 'item');
  getLive(ctx.db, warehouses, input.warehouseId, 'warehouse');
  if (wholeUnits.includes(item.unit) && input.qtyX1000 % 1000 !== 0) throw fieldError('qtyX1000', 'field.whole_units');
  try {
    return insertRow(ctx.db, reservations, { ...input, status: 'active', issueDocumentId: null });
  } catch (e) {
    if (!(e instanceof Error) || !e.message.includes('over_reservation')) throw e;
    const [stock] = itemsWithStock(ctx.db, [item.id]);
    const here = stock.warehouses.find((w) => w.warehouseId === input.warehouseId);
    const warehouse = getLive(ctx.db, warehouses, input.warehouseId, 'warehouse');
    const shortfall = input.qtyX1000 - (here?.availableX1000 ?? 0);
    throw new AppError('insufficient_stock', { item: item.name, warehouse: warehouse.name, shortfall: shortfall / 1000, unit: item.unit });
  }
}

export function release(ctx: Ctx, input: { id: string }) {
  const r = getLive(ctx.db, reservations, input.id, 'reservation');
  if (r.status !== 'active') throw fieldError('id', 'field.reservation_closed');
  return updateRow(ctx.db, reservations, r.id, { status: 'released' }, 'reservation');
}

/** Turns a reservation into an issue: one posted issue document for the reserved quantity. */
export function issueReservation(ctx: Ctx, input: { id: string }) {
  const r = getLive(ctx.db, reservations, input.id, 'reservation');
  if (r.status !== 'active') throw fieldError('id', 'field.reservation_closed');
  // Closed first, so the issue does not count its own reservation against itself.
  updateRow(ctx.db, reservations, r.id, { status: 'issued' }, 'reservation');
  const doc = createDocument(ctx, { kind: 'issue', fromWarehouseId: r.warehouseId, note: `${r.forKind}:${r.forId}`, lines: [{ itemId: r.itemId, qtyX1000: r.qtyX1000 }], post: true });
  return updateRow(ctx.db, reservations, r.id, { issueDocumentId: doc.id }, 'reservation');
}

export function listReservations(ctx: Ctx, input: z.output<typeof reservationList>) {
  return {
    items: ctx.db
      .select()
      .from(reservations)
      .where(
        and(
          isNull(reservations.deletedAt),
          input.forKind ? eq(reservations.forKind, input.forKind) : undefined,
          input.forId ? eq(reservations.forId, input.forId) : undefined,
          input.itemId ? eq(reservations.itemId, input.itemId) : undefined,
        ),
      )
      .all(),
  };
}
