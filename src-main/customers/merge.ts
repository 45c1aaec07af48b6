import { and, eq, getTableName, isNull } from 'drizzle-orm';
import type { SQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { Db } from '../db/open';
import { getLive, tombstoneRow, updateRow, type Patch, type SyncedTable } from '../db/dal';
import { customers, type Messenger } from './schema';
import { vehicles, vehicleOwners } from '../vehicles/schema';
import { bookings } from '../scheduler/schema';
import { repairRequests } from '../requests/schema';
import { workOrders } from '../work-orders/schema';
import { invoices } from '../payments/schema';
import { rentalDeals, machines, drivers, rentalItems } from '../rentals/schema';
import { stockDocuments } from '../stock/schema';
import { refreshSearchDoc } from './search';
import { writableHere } from '../sync/outbox';
import { settleDuplicatePhones } from '../sync/conflicts';

const MAX_PHONES = 10;

type Reference = { table: SyncedTable; column: SQLiteColumn; key: string; entity: string };
const ref = <T extends SyncedTable>(table: T, key: keyof Patch<T> & string, entity: string): Reference => ({ table, column: table[key as keyof T] as SQLiteColumn, key, entity });

/**
 * Every reference to a customer that a merge moves to the kept one. Ledgers are never updated
 * (payments.payer_id keeps naming the merged customer; reads follow merged_into_id, see
 * merged.ts). A test checks that every foreign key to customers is here or is a ledger's.
 */
const references: Reference[] = [
  ref(vehicles, 'customerId', 'vehicle'),
  ref(vehicleOwners, 'customerId', 'vehicle'),
  ref(bookings, 'customerId', 'booking'),
  ref(repairRequests, 'customerId', 'request'),
  ref(workOrders, 'customerId', 'work_order'),
  ref(workOrders, 'payerId', 'work_order'),
  ref(invoices, 'payerId', 'invoice'),
  ref(rentalDeals, 'customerId', 'rental_deal'),
  ref(rentalItems, 'supplierId', 'rental_item'),
  ref(machines, 'supplierId', 'machine'),
  ref(drivers, 'supplierId', 'driver'),
  ref(stockDocuments, 'supplierId', 'stock_document'),
];

/** "table.column" of each reference a merge moves (for the coverage test). */
export const movedReferences = references.map((r) => `${getTableName(r.table)}.${r.column.name}`);

/**
 * Merges one customer into another, in the caller's transaction, through the data-access
 * layer (so it syncs like any edit): their live documents and vehicles move to the kept
 * customer, phones are united (the kept customer's first), empty contact fields are filled in,
 * notes appended; the merged customer is tombstoned with merged_into_id set. Rows of other
 * branches, read-only on a head-office desk, keep their reference (reads follow merged_into_id).
 * A person may be merged into a company and the other way round: the kept card's kind stays,
 * and an ИНН or КПП that kind cannot have is not copied.
 */
export function mergeCustomers(db: Db, keepId: string, mergeId: string): void {
  const keep = getLive(db, customers, keepId, 'customer');
  const merged = getLive(db, customers, mergeId, 'customer');
  moveReferences(db, mergeId, keepId);
  // A card holds at most ten phones (the form's limit): any beyond go to the notes, not lost.
  const phones = [...new Set([...keep.phones, ...merged.phones])];
  const extraPhones = phones.splice(MAX_PHONES).join(', ');
  const innFits = merged.inn && (keep.kind === 'company' ? merged.inn.length === 10 : merged.inn.length === 12);
  const inn = keep.inn ?? (innFits ? merged.inn : null);
  updateRow(
    db,
    customers,
    keepId,
    {
      phones,
      email: keep.email ?? merged.email,
      inn,
      // A КПП goes with its company's ИНН.
      kpp: keep.kind === 'company' ? (keep.kpp ?? (inn && inn === merged.inn ? merged.kpp : null)) : null,
      messengers: unite(keep.messengers, merged.messengers),
      isSupplier: keep.isSupplier || merged.isSupplier,
      notes: [keep.notes, merged.notes, extraPhones].filter(Boolean).join('\n') || null,
    },
    'customer',
  );
  updateRow(db, customers, mergeId, { mergedIntoId: keepId }, 'customer');
  tombstoneRow(db, customers, mergeId, 'customer');
  refreshSearchDoc(db, keepId);
  refreshSearchDoc(db, mergeId);
  // The clash of phones this merge settles is no longer shown as a conflict.
  settleDuplicatePhones(db, new Set([keepId, mergeId]));
}

/**
 * Points this desk's live rows that name `fromId` at `toId` (only rows this desk may write).
 * Also run when a merge made on another desk arrives by sync (sync/apply.ts): rows this desk
 * made for the merged card meanwhile follow it to the kept one.
 */
export function moveReferences(db: Db, fromId: string, toId: string): void {
  for (const r of references) {
    const rows = db
      .select({ id: r.table.id })
      .from(r.table as SQLiteTable)
      .where(and(eq(r.column, fromId), isNull(r.table.deletedAt)))
      .all() as { id: string }[];
    for (const row of rows) if (writableHere(db, getTableName(r.table), row.id)) updateRow(db, r.table, row.id, { [r.key]: toId } as Patch<SyncedTable>, r.entity);
  }
}

function unite(a: Messenger[], b: Messenger[]): Messenger[] {
  const seen = new Set(a.map((m) => `${m.kind}:${m.handle}`));
  return [...a, ...b.filter((m) => !seen.has(`${m.kind}:${m.handle}`))];
}
