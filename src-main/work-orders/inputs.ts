import { z } from 'zod';
import { id, optionalText, requiredText } from '../api/fields';
import { instant } from '../scheduler/inputs';

const bp = z.number().int().min(0).max(10000);
const mechanicsShares = z.array(z.object({ employeeId: id, shareBp: z.number().int().min(1).max(10000) })).max(10);

export const workOrderCreate = z.object({
  requestId: id.optional(),
  bookingId: id.optional(),
  customerId: id.optional(),
  payerId: id.optional(),
  vehicleId: id.nullable().optional(),
  mileageKm: z.number().int().min(0).max(5_000_000).optional(),
  complaint: optionalText(4000),
  promisedAt: instant.optional(),
  advisorId: id.optional(),
  legalEntityId: id.optional(),
  notes: optionalText(2000),
});
export const workOrderUpdate = workOrderCreate.omit({ requestId: true, bookingId: true }).extend({ id, promisedAt: instant.nullable().optional() });

export const labourAdd = z
  .object({
    workOrderId: id,
    operationId: id.optional(),
    name: requiredText(300).optional(),
    hoursX100: z.number().int().min(0).max(100_000).optional(),
    rateMinor: z.number().int().min(0).max(100_000_000).optional(),
    quantityX1000: z.number().int().min(1).max(1_000_000).optional(),
    discountBp: bp.optional(),
    mechanics: mechanicsShares.optional(),
  })
  .refine((l) => l.operationId || (l.name && l.hoursX100 !== undefined), { path: ['name'], message: 'field.required' });
export const labourUpdate = z.object({
  id,
  name: requiredText(300).optional(),
  hoursX100: z.number().int().min(0).max(100_000).optional(),
  rateMinor: z.number().int().min(0).max(100_000_000).optional(),
  quantityX1000: z.number().int().min(1).max(1_000_000).optional(),
  discountBp: bp.optional(),
  mechanics: mechanicsShares.optional(),
});
export const templateAdd = z.object({ workOrderId: id, templateId: id, mechanics: mechanicsShares.optional() });

export const partAdd = z
  .object({
    workOrderId: id,
    itemId: id.optional(),
    name: requiredText(300).optional(),
    article: optionalText(60),
    unit: z.enum(['pcs', 'l', 'kg', 'm', 'set']).optional(),
    quantityX1000: z.number().int().min(1).max(1_000_000_000),
    priceMinor: z.number().int().min(0).max(10_000_000_000).optional(),
    discountBp: bp.optional(),
    customerSupplied: z.boolean().optional(),
    warehouseId: id.optional(),
  })
  .refine((p) => p.itemId || p.name, { path: ['name'], message: 'field.required' });
export const partUpdate = z.object({ id, quantityX1000: z.number().int().min(1).max(1_000_000_000).optional(), priceMinor: z.number().int().min(0).max(10_000_000_000).optional(), discountBp: bp.optional() });

export const statusChange = z.object({ id, status: z.enum(['in_progress', 'completed', 'issued', 'cancelled']) });
export const reopen = z.object({ id, reason: requiredText(500) });
export const workOrderList = z.object({
  status: z.enum(['draft', 'in_progress', 'completed', 'issued', 'cancelled']).optional(),
  from: z.string().regex(/^\d{4}-\d{2}-\d{2}/).optional(),
  to: z.string().regex(/^\d{4}-\d{2}-\d{2}/).optional(),
  customerId: id.optional(),
  vehicleId: id.optional(),
  advisorId: id.optional(),
  mechanicId: id.optional(),
  // Head office sees every branch: one of them.
  branchId: id.optional(),
  unpaid: z.boolean().optional(),
  q: z.string().max(100).optional(),
  limit: z.number().int().min(1).max(200).optional(),
  offset: z.number().int().min(0).optional(),
});
export const recommendationsSet = z.object({ workOrderId: id, items: z.array(requiredText(500)).max(50) });

const mark = z.object({
  view: z.enum(['top', 'left', 'right', 'front', 'rear']),
  x: z.number().min(0).max(1),
  y: z.number().min(0).max(1),
  kind: z.enum(['scratch', 'dent', 'chip', 'crack', 'other']),
  note: optionalText(300),
});
export const inspectionSave = z.object({
  workOrderId: id,
  marks: z.array(mark).max(100),
  fuelEighths: z.number().int().min(0).max(8),
  mileageKm: z.number().int().min(0).max(5_000_000).nullable().optional(),
  itemsLeft: optionalText(1000),
  notes: optionalText(2000),
  // New photos to attach (data URLs); existing ones stay unless removed.
  addPhotos: z.array(z.object({ name: requiredText(200), dataUrl: z.string().max(3_000_000).regex(/^data:image\/(jpeg|png);base64,[A-Za-z0-9+/=]+$/, 'field.photo_invalid') })).max(10).optional(),
  removePhotoIds: z.array(id).max(50).optional(),
});
