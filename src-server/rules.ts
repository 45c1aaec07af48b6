import { parseHlc } from '../src-main/sync/hlc';
import { mergeChange, type RowClocks } from '../src-main/sync/merge';
import { isLedgerTable, isSharedTable, isSyncedTable, SHARED_SCOPE } from '../src-main/sync/tables';
import { SyncError } from './errors';
import type { ChangeInput } from './inputs';

/**
 * Who may push what (docs/sync.md, "Server"), as pure functions: a desk writes shared reference
 * data and its own branch's rows, never another branch's, never a ledger row twice. A
 * head-office desk reads every branch but writes like any other desk.
 */

export interface Desk {
  workstationId: string;
  branchId: string;
  headOffice: boolean;
}

export const MAX_CLOCK_AHEAD_MS = 5 * 60_000;

/** What can be refused from the change alone, before the database is read. */
export function refuseChange(change: ChangeInput, desk: Desk, nowMs: number): SyncError | null {
  const { table, scope } = change;
  if (!isSyncedTable(table)) return new SyncError('forbidden', `This computer sent changes to "${table}", which does not sync with head office. Update Garage Desk and sync again.`);
  if (isSharedTable(table)) {
    if (scope !== SHARED_SCOPE) return new SyncError('forbidden', `Changes to ${table} are shared by all branches, but this one was sent for a single branch. Update Garage Desk and sync again.`);
  } else if (scope !== desk.branchId) {
    return new SyncError(
      'forbidden',
      desk.headOffice
        ? `A head-office computer sees every branch but may change only its own branch's data (${table}).`
        : `This computer may change only its own branch's data; a change to ${table} was sent for another branch.`,
    );
  }
  const stamp = parseHlc(change.hlc);
  if (!stamp) return new SyncError('invalid', 'The request is malformed (a change has no valid clock stamp).');
  if (stamp.ms > nowMs + MAX_CLOCK_AHEAD_MS)
    return new SyncError('clock_ahead', "This computer's clock is more than 5 minutes ahead of head office's. Set the correct date, time and time zone on this computer, then sync again.");
  return null;
}

/** Which branch a row belongs to: what a push is checked against. */
export interface RowOwner {
  table: string;
  rowId: string;
  scope: string;
}

/** A row of the server's merged copy, as folded from the log. */
export interface StoredRow extends RowOwner {
  data: Record<string, unknown>;
  clocks: RowClocks;
}

export const rowKey = (table: string, rowId: string) => `${table}\u0000${rowId}`;

/**
 * Checks new changes, in order, against the rows already known (`rows`, keyed by rowKey) and
 * answers the rows they create. Throws `forbidden` when a change would move a row to another
 * scope or write a ledger row a second time.
 */
export function checkAgainstRows(rows: ReadonlyMap<string, RowOwner>, fresh: readonly ChangeInput[]): RowOwner[] {
  const created = new Map<string, RowOwner>();
  for (const change of fresh) {
    const key = rowKey(change.table, change.rowId);
    const row = created.get(key) ?? rows.get(key);
    if (row && row.scope !== change.scope) throw new SyncError('forbidden', `This ${change.table} row belongs to another branch; this computer may not change it.`);
    if (row && isLedgerTable(change.table)) throw new SyncError('forbidden', `Entries of ${change.table} are never changed once written; record a correction instead.`);
    if (!row) created.set(key, { table: change.table, rowId: change.rowId, scope: change.scope });
  }
  return [...created.values()];
}

/**
 * Merges changes, in order, into the rows they touch (`rows`, keyed by rowKey, as stored; a row
 * not there is new) by the desks' rule, and answers the rows that changed.
 */
export function mergeIntoRows(rows: ReadonlyMap<string, StoredRow>, fresh: readonly Omit<ChangeInput, 'id'>[]): StoredRow[] {
  const touched = new Map<string, StoredRow>();
  for (const change of fresh) {
    const key = rowKey(change.table, change.rowId);
    const row = touched.get(key) ?? rows.get(key);
    const merged = mergeChange(row?.clocks ?? null, change);
    if (!merged) continue;
    touched.set(key, { table: change.table, rowId: change.rowId, scope: change.scope, data: { ...row?.data, ...merged.fields }, clocks: merged.clocks });
  }
  return [...touched.values()];
}
