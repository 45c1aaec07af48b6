import { and, asc, eq, isNull } from 'drizzle-orm';
import type { z } from 'zod';
import type { Ctx } from '../api/define';
import { insertRow, updateRow, tombstoneRow } from '../db/dal';
import type { Db } from '../db/open';
import { inspections, inspectionPhotos } from './schema';
import { type inspectionSave } from './inputs';

export function inspectionOf(db: Db, workOrderId: string) {
  const row = db.select().from(inspections).where(and(eq(inspections.workOrderId, workOrderId), isNull(inspections.deletedAt))).get();
  if (!row) return null;
  const photos = db.select({ id: inspectionPhotos.id, name: inspectionPhotos.name, dataUrl: inspectionPhotos.dataUrl }).from(inspectionPhotos).where(and(eq(inspectionPhotos.inspectionId, row.id), isNull(inspectionPhotos.deletedAt))).orderBy(asc(inspectionPhotos.id)).all();
  return { ...row, photos };
}

/** Saves the act (one per order; later saves replace the marks and fields, photos are added or removed). */
export function saveInspection(ctx: Ctx, input: z.output<typeof inspectionSave>, workOrderId: string) {
  const fields = { marks: input.marks, fuelEighths: input.fuelEighths, mileageKm: input.mileageKm ?? null, itemsLeft: input.itemsLeft ?? null, notes: input.notes ?? null };
  const existing = ctx.db.select().from(inspections).where(and(eq(inspections.workOrderId, workOrderId), isNull(inspections.deletedAt))).get();
  const id = existing ? updateRow(ctx.db, inspections, existing.id, fields, 'work_order').id : insertRow(ctx.db, inspections, { workOrderId, ...fields }).id;
  for (const photoId of input.removePhotoIds ?? []) tombstoneRow(ctx.db, inspectionPhotos, photoId, 'work_order');
  for (const p of input.addPhotos ?? []) insertRow(ctx.db, inspectionPhotos, { inspectionId: id, name: p.name, dataUrl: p.dataUrl });
  return inspectionOf(ctx.db, workOrderId);
}
