import type { ApiOutput } from '../api/client';

export type Conflict = ApiOutput<'sync.conflicts'>['items'][number];

/** What each kind of conflict names (sync.conflicts sends them as plain JSON). */
export type ConflictDetails =
  | { kind: 'booking_overlap'; bookingIds: string[] }
  | { kind: 'rental_overlap'; itemIds: string[] }
  | { kind: 'negative_stock'; itemId: string; warehouseId: string; qtyX1000: number }
  | { kind: 'duplicate_phone'; phone: string; customerIds: string[] };

const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
const text = (v: unknown): string => (typeof v === 'string' ? v : '');

export function conflictDetails(c: Conflict): ConflictDetails {
  const d = c.details;
  switch (c.kind) {
    case 'booking_overlap':
      return { kind: c.kind, bookingIds: strings(d.bookingIds) };
    case 'rental_overlap':
      return { kind: c.kind, itemIds: strings(d.itemIds) };
    case 'negative_stock':
      return { kind: c.kind, itemId: text(d.itemId), warehouseId: text(d.warehouseId), qtyX1000: typeof d.qtyX1000 === 'number' ? d.qtyX1000 : 0 };
    case 'duplicate_phone':
      return { kind: c.kind, phone: text(d.phone), customerIds: strings(d.customerIds) };
  }
}
