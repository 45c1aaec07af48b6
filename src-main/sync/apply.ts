import type { Statement } from 'better-sqlite3';
import type { Db } from '../db/open';
import { prepared } from '../db/prepared';
import { setSetting } from '../db/settings';
import { tableColumns } from '../db/schema-info';
import { refreshSearchDoc } from '../customers/search';
import { moveReferences } from '../customers/merge';
import { mergeChange, type RowClocks, type SyncChange } from './merge';
import { isSyncedTable } from './tables';
import { syncWriter } from './outbox';
import { detectConflicts, type Touched } from './conflicts';

// The columns a customer's search document is made of (customers/search.ts, searchDocBody):
// a change that sets none of them leaves the document as it was.
const searchInputs: Record<string, Set<string>> = {
  customers: new Set(['name', 'phones', 'email', 'inn', 'deleted_at']),
  vehicles: new Set(['plate', 'vin', 'customer_id', 'deleted_at']),
};

// The columns the conflict checks read (conflicts.ts), for tables where most changes set none of
// them: a customer's notes edited elsewhere cannot make two customers share a phone, nor a
// booking's note put it over another (and a clash someone already settled stays settled).
const conflictInputs: Record<string, Set<string>> = {
  customers: new Set(['phones', 'deleted_at']),
  bookings: new Set(['bay_id', 'start_at', 'end_at', 'status', 'deleted_at']),
  booking_mechanics: new Set(['booking_id', 'employee_id', 'deleted_at']),
  rental_items: new Set(['machine_id', 'driver_id', 'start_at', 'end_at', 'status', 'deleted_at']),
};

const setsAny = (columns: Set<string> | undefined, set: string[]) => !columns || set.some((c) => columns.has(c));

/**
 * Applies pulled changes in one transaction with the merge rule (docs/sync.md), saves how far
 * it got (`pulledSeq`) in the same transaction, then lists what the merge must not hide. The
 * overlap and reservation triggers stand back while it runs (sync_applying).
 */
export function applyChanges(db: Db, changes: SyncChange[], pulledSeq: number): { applied: number } {
  const sqlite = db.$client;
  const writer = syncWriter(db);
  let applied = 0;
  sqlite.transaction(() => {
    // References are checked at commit: a page may hold a row before the row it points to.
    sqlite.pragma('defer_foreign_keys = ON');
    prepared(sqlite, 'INSERT INTO sync_applying VALUES (1)').run();
    const touched: Touched = new Map();
    const searchTouched: Touched = new Map();
    const merges = new Map<string, string>();
    const touch = (map: Touched, change: SyncChange) => {
      let ids = map.get(change.table);
      if (!ids) map.set(change.table, (ids = new Set()));
      ids.add(change.rowId);
    };
    for (const change of changes) {
      if (!isSyncedTable(change.table)) continue;
      writer?.clock.observe(change.hlc);
      const set = applyOne(db, change);
      if (set) {
        applied++;
        if (setsAny(conflictInputs[change.table], set)) touch(touched, change);
        if (searchInputs[change.table] && setsAny(searchInputs[change.table], set)) touch(searchTouched, change);
        if (change.table === 'customers' && set.includes('merged_into_id') && typeof change.fields.merged_into_id === 'string') merges.set(change.rowId, change.fields.merged_into_id);
      }
    }
    // A customer merged on another desk: what this desk made for that card meanwhile follows it.
    for (const [mergedId, keepId] of merges) moveReferences(db, mergedId, keepId);
    refreshDerived(db, searchTouched);
    detectConflicts(db, touched);
    prepared(sqlite, 'DELETE FROM sync_applying').run();
    setSetting(db, 'syncPulledSeq', pulledSeq);
    if (writer) setSetting(db, 'syncLastHlc', writer.clock.tick());
  })();
  return { applied };
}

const rowWriters = new WeakMap<Db, Map<string, Statement>>();

/**
 * The UPDATE of these columns of a row (`update`), or the insert of a new row, prepared once
 * per connection and found again by table and column names, without rebuilding its SQL.
 */
function rowWriter(db: Db, table: string, names: string[], update: boolean): Statement {
  let writers = rowWriters.get(db);
  if (!writers) rowWriters.set(db, (writers = new Map()));
  const key = `${update ? 'U' : 'I'}\u0000${table}\u0000${names.join('\u0000')}`;
  let statement = writers.get(key);
  if (!statement) {
    if (update) statement = db.$client.prepare(`UPDATE "${table}" SET ${names.map((c) => `"${c}" = ?`).join(', ')} WHERE id = ?`);
    else {
      const cols = ['id', ...names];
      const updates = names.map((c) => `"${c}" = excluded."${c}"`).join(', ');
      statement = db.$client.prepare(`INSERT INTO "${table}" (${cols.map((c) => `"${c}"`).join(', ')}) VALUES (${cols.map(() => '?').join(', ')}) ON CONFLICT (id) DO ${updates ? `UPDATE SET ${updates}` : 'NOTHING'}`);
    }
    writers.set(key, statement);
  }
  return statement;
}

/** Merges one change into its row; returns the columns it set, or null when it lost to what the row holds. */
function applyOne(db: Db, change: SyncChange): string[] | null {
  const sqlite = db.$client;
  const stored = prepared(sqlite, 'SELECT clocks FROM sync_row_clocks WHERE table_name = ? AND row_id = ?').pluck().get(change.table, change.rowId) as string | undefined;
  const merged = mergeChange(stored ? (JSON.parse(stored) as RowClocks) : null, change);
  if (!merged) return null;
  // A change may only name the table's real columns (never trust a name from the wire).
  const known = tableColumns(db, change.table);
  const names = Object.keys(merged.fields).filter((c) => known.has(c) && c !== 'id');
  const values = names.map((c) => merged.fields[c] as string | number | null);
  if (stored) {
    if (names.length) rowWriter(db, change.table, names, true).run(...values, change.rowId);
  } else rowWriter(db, change.table, names, false).run(change.rowId, ...values);
  prepared(sqlite, 'INSERT INTO sync_row_clocks (table_name, row_id, scope, clocks) VALUES (?, ?, ?, ?) ON CONFLICT (table_name, row_id) DO UPDATE SET clocks = excluded.clocks').run(
    change.table,
    change.rowId,
    change.scope,
    JSON.stringify(merged.clocks),
  );
  return names;
}

/** Derived data the triggers do not keep: the search documents of customers whose inputs changed. */
function refreshDerived(db: Db, touched: Touched): void {
  const customerIds = new Set(touched.get('customers') ?? []);
  for (const vehicleId of touched.get('vehicles') ?? []) {
    const owner = prepared(db.$client, 'SELECT customer_id FROM vehicles WHERE id = ?').pluck().get(vehicleId) as string | null | undefined;
    if (owner) customerIds.add(owner);
  }
  for (const id of customerIds) refreshSearchDoc(db, id);
}
