import { z } from 'zod';
import { id, optionalText, requiredText } from '../api/fields';
import { units, stockDocumentKinds } from './schema';
import { businessDate } from '../scheduler/inputs';

const money = z.number().int().min(0).max(10_000_000_000);
const qty = z.number().int().min(1).max(1_000_000_000);

const itemFields = {
  name: requiredText(300),
  article: optionalText(60),
  brand: optionalText(100),
  unit: z.enum(units),
  groupId: id.nullable().optional(),
  purchasePriceMinor: money.optional(),
  salePriceMinor: money.nullable().optional(),
  vatRateBp: z.number().int().min(0).max(10000).optional(),
  notes: optionalText(2000),
  active: z.boolean().optional(),
  barcodes: z.array(z.string().trim().regex(/^[0-9A-Za-z\-.]{4,40}$/, 'field.barcode_invalid')).max(10).optional(),
  analogueIds: z.array(id).max(50).optional(),
  minLevels: z.array(z.object({ warehouseId: id, minQtyX1000: z.number().int().min(0).max(1_000_000_000) })).max(20).optional(),
};
export const itemCreate = z.object(itemFields);
export const itemUpdate = z.object(itemFields).partial().extend({ id });

export const itemSearch = z.object({
  q: z.string().max(100),
  limit: z.number().int().min(1).max(200).optional(),
});
export const itemList = z.object({
  q: z.string().max(100).optional(),
  groupId: id.optional(),
  brand: z.string().max(100).optional(),
  belowMin: z.boolean().optional(),
  warehouseId: id.optional(),
  offset: z.number().int().min(0).optional(),
  limit: z.number().int().min(1).max(200).optional(),
});
export const itemHistory = z.object({ id, limit: z.number().int().min(1).max(500).optional() });

export const groupCreate = z.object({ name: requiredText(100), markupBp: z.number().int().min(0).max(100_000) });
export const groupUpdate = groupCreate.partial().extend({ id });
export const warehouseCreate = z.object({ name: requiredText(100), kind: z.enum(['store', 'workshop', 'other']) });
export const warehouseUpdate = warehouseCreate.partial().extend({ id, active: z.boolean().optional() });

const line = z.object({
  itemId: id,
  qtyX1000: qty.optional(),
  priceMinor: money.optional(),
  countedX1000: z.number().int().min(0).max(1_000_000_000).optional(),
});
export const documentCreate = z.object({
  kind: z.enum(stockDocumentKinds),
  date: businessDate.optional(),
  supplierId: id.nullable().optional(),
  supplierDocNumber: optionalText(60),
  fromWarehouseId: id.nullable().optional(),
  toWarehouseId: id.nullable().optional(),
  note: optionalText(1000),
  lines: z.array(line).max(1000),
  post: z.boolean().optional(),
});
export const documentUpdate = documentCreate.omit({ kind: true }).partial().extend({ id });
export const documentList = z.object({ kind: z.enum(stockDocumentKinds).optional(), status: z.enum(['draft', 'posted', 'reversed']).optional(), limit: z.number().int().min(1).max(500).optional() });
export const countSheet = z.object({ warehouseId: id, groupId: id.optional() });

export const balanceGet = z.object({ itemId: id, warehouseId: id.optional() });
export const reservationCreate = z.object({ itemId: id, warehouseId: id, qtyX1000: qty, forKind: z.enum(['work_order', 'customer_order']), forId: id });
export const reservationList = z.object({ forKind: z.enum(['work_order', 'customer_order']).optional(), forId: id.optional(), itemId: id.optional() });
export const stockSettings = z.object({ allowNegativeStock: z.boolean() });
export const labelsInput = z.object({ items: z.array(z.object({ itemId: id, copies: z.number().int().min(1).max(100).optional() })).min(1).max(500) });
