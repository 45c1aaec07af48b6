import type { Db } from '../db/open';
import { prepared } from '../db/prepared';
import { newId, nowIso } from '../db/ids';

/** Rows a merge changed, by table. */
export type Touched = Map<string, Set<string>>;

export type ConflictKind = 'booking_overlap' | 'rental_overlap' | 'negative_stock' | 'duplicate_phone';

/** Lists a conflict for a person to resolve, in the caller's transaction. */
export function recordConflict(db: Db, kind: ConflictKind, subject: string, details: Record<string, unknown>): void {
  // One open conflict per subject; a resolved one comes back if the clash happens again.
  prepared(
    db.$client,
    `INSERT INTO sync_conflicts (id, kind, subject, details, detected_at) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (subject) DO UPDATE SET details = excluded.details, detected_at = excluded.detected_at, resolved_at = NULL
     WHERE sync_conflicts.resolved_at IS NOT NULL`,
  ).run(newId(), kind, subject, JSON.stringify(details), nowIso());
}

const pair = (a: string, b: string) => (a < b ? `${a}:${b}` : `${b}:${a}`);

/**
 * After a merge: what last-writer-wins must not hide, for a person to resolve — two bookings on
 * one bay (or one mechanic) at once, a machine or driver rented twice at once, stock below zero,
 * two customers with the same phone. Only the rows the merge touched are looked at.
 */
export function detectConflicts(db: Db, touched: Touched): void {
  const sqlite = db.$client;
  const bookings = new Set(touched.get('bookings'));
  for (const id of touched.get('booking_mechanics') ?? []) {
    const bookingId = prepared(sqlite, 'SELECT booking_id FROM booking_mechanics WHERE id = ?').pluck().get(id) as string | undefined;
    if (bookingId) bookings.add(bookingId);
  }
  for (const id of clashCandidates(db, bookings)) {
    for (const statement of [overlapsOnBay, overlapsOnMechanic]) {
      for (const o of prepared(sqlite, statement).all(id) as { id: string; other: string }[])
        if (bookings.has(o.id) || bookings.has(o.other)) recordConflict(db, 'booking_overlap', `bookings:${pair(o.id, o.other)}`, { bookingIds: [o.id, o.other].sort() });
    }
  }
  for (const id of touched.get('rental_items') ?? []) {
    const others = prepared(
      sqlite,
      `SELECT i.id, o.id AS other FROM rental_items i JOIN rental_items o ON o.id <> i.id AND (o.machine_id = i.machine_id OR o.driver_id = i.driver_id)
        AND o.end_at > i.start_at AND o.start_at < i.end_at AND o.deleted_at IS NULL AND o.status = 'confirmed'
       WHERE i.id = ? AND i.deleted_at IS NULL AND i.status = 'confirmed'`,
    ).all(id) as { id: string; other: string }[];
    for (const o of others) recordConflict(db, 'rental_overlap', `rental:${pair(o.id, o.other)}`, { itemIds: [o.id, o.other].sort() });
  }
  const stockKeys = new Set<string>();
  for (const id of touched.get('stock_moves') ?? []) {
    const move = prepared(sqlite, 'SELECT item_id, warehouse_id FROM stock_moves WHERE id = ?').get(id) as { item_id: string; warehouse_id: string } | undefined;
    if (move) stockKeys.add(`${move.item_id}:${move.warehouse_id}`);
  }
  for (const key of stockKeys) {
    const [itemId, warehouseId] = key.split(':');
    const qty = prepared(sqlite, 'SELECT qty_x1000 FROM stock_balances WHERE item_id = ? AND warehouse_id = ?').pluck().get(itemId, warehouseId) as number | undefined;
    if (qty !== undefined && qty < 0) recordConflict(db, 'negative_stock', `stock:${key}`, { itemId, warehouseId, qtyX1000: qty });
  }
  const customers = touched.get('customers');
  if (customers?.size) {
    settleDuplicatePhones(db, customers);
    duplicatePhones(db, customers);
  }
}

/**
 * Open duplicate-phone conflicts naming any of these customers are looked at again (after a
 * merge, here or pulled from another desk): resolved once at most one live customer among them
 * holds the phone, else narrowed to those who still do.
 */
export function settleDuplicatePhones(db: Db, customerIds: Set<string>): void {
  const sqlite = db.$client;
  const open = prepared(sqlite, "SELECT id, details FROM sync_conflicts WHERE kind = 'duplicate_phone' AND resolved_at IS NULL").all() as { id: string; details: string }[];
  for (const conflict of open) {
    const details = JSON.parse(conflict.details) as { phone: string; customerIds: string[] };
    if (!details.customerIds.some((id) => customerIds.has(id))) continue;
    const holders = prepared(
      sqlite,
      `SELECT c.id FROM customers c WHERE c.id IN (SELECT value FROM json_each(?)) AND c.deleted_at IS NULL
        AND EXISTS (SELECT 1 FROM json_each(c.phones) p WHERE p.value = ?) ORDER BY c.id`,
    )
      .pluck()
      .all(JSON.stringify(details.customerIds), details.phone) as string[];
    if (holders.length < 2) prepared(sqlite, 'UPDATE sync_conflicts SET resolved_at = ? WHERE id = ?').run(nowIso(), conflict.id);
    else if (holders.length < details.customerIds.length) prepared(sqlite, 'UPDATE sync_conflicts SET details = ? WHERE id = ?').run(JSON.stringify({ ...details, customerIds: holders }), conflict.id);
  }
}

const holds = (b: string) => `${b}.deleted_at IS NULL AND ${b}.status NOT IN ('cancelled', 'no_show')`;
// Another live booking of the same bay, or with one of the same mechanics, at the same time. The
// end_at index keeps a booking of today from reading the bay's or mechanic's years of history.
const overlapsOnBay = `SELECT b.id, o.id AS other FROM bookings b JOIN bookings o ON o.bay_id = b.bay_id AND o.id <> b.id
    AND o.end_at > b.start_at AND o.start_at < b.end_at AND ${holds('o')}
   WHERE b.id = ? AND ${holds('b')}`;
const overlapsOnMechanic = `SELECT DISTINCT b.id, o.id AS other FROM bookings b JOIN booking_mechanics m ON m.booking_id = b.id AND m.deleted_at IS NULL
    JOIN bookings o INDEXED BY bookings_end_idx ON o.end_at > b.start_at AND o.start_at < b.end_at AND o.id <> b.id AND ${holds('o')}
    JOIN booking_mechanics n ON n.booking_id = o.id AND n.employee_id = m.employee_id AND n.deleted_at IS NULL
   WHERE b.id = ? AND ${holds('b')}`;

/**
 * The bookings worth a look. A few touched: those. Thousands (a first sync): one pass over each
 * bay's and mechanic's bookings in time order finds those that start before an earlier one has
 * ended; a clash is recorded when either side was touched.
 */
function clashCandidates(db: Db, touched: Set<string>): Iterable<string> {
  if (touched.size <= 50) return touched;
  const later = (partition: string, from: string) =>
    `SELECT id FROM (SELECT b.id, b.start_at, max(b.end_at) OVER (PARTITION BY ${partition} ORDER BY b.start_at, b.id ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS before_end
       FROM ${from} WHERE ${holds('b')}) WHERE before_end > start_at`;
  const ids = prepared(db.$client, `${later('b.bay_id', 'bookings b')} UNION ${later('m.employee_id', 'booking_mechanics m JOIN bookings b ON b.id = m.booking_id AND m.deleted_at IS NULL')}`)
    .pluck()
    .all() as string[];
  // The later booking of each clash is listed (touched or not); the per-booking look finds its partner.
  return ids;
}

function duplicatePhones(db: Db, touched: Set<string>): void {
  const sqlite = db.$client;
  // Few customers: look up each phone; a first sync of thousands: one pass over everyone.
  const rows =
    touched.size > 200
      ? (prepared(
          sqlite,
          `SELECT p.value AS phone, json_group_array(c.id) AS ids FROM customers c, json_each(c.phones) p
            WHERE c.deleted_at IS NULL GROUP BY p.value HAVING count(DISTINCT c.id) > 1`,
        ).all() as { phone: string; ids: string }[])
      : [...touched].flatMap((id) => {
          const phones = prepared(sqlite, 'SELECT p.value FROM customers c, json_each(c.phones) p WHERE c.id = ? AND c.deleted_at IS NULL').pluck().all(id) as string[];
          // The search index finds the few customers whose document holds the digits; the
          // phone list itself decides.
          return phones.map((phone) => ({
            phone,
            ids: prepared(
              sqlite,
              `SELECT json_group_array(c.id) FROM customer_search f JOIN customer_search_docs d ON d.doc_id = f.rowid JOIN customers c ON c.id = d.customer_id
                WHERE customer_search MATCH ? AND c.deleted_at IS NULL AND EXISTS (SELECT 1 FROM json_each(c.phones) p WHERE p.value = ?)`,
            )
              .pluck()
              .get(`"${phone.replace(/\D/g, '')}"`, phone) as string,
          }));
        });
  for (const row of rows) {
    const ids = [...new Set(JSON.parse(row.ids) as string[])].sort();
    if (ids.length > 1) recordConflict(db, 'duplicate_phone', `phone:${row.phone}`, { phone: row.phone, customerIds: ids });
  }
}
