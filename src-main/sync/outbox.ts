import type { Db } from '../db/open';
import { prepared } from '../db/prepared';
import { newId } from '../db/ids';
import { AppError } from '../api/errors';
import { getSetting } from '../db/settings';
import { HlcClock, type Hlc } from './hlc';
import { markBookingPending } from './claims';
import { isLedgerTable, isSyncedTable, scopeOf, SHARED_SCOPE, type SyncedTableName } from './tables';

/** How this desk is enrolled with head office (local_settings key "sync"). */
export type Enrolment = {
  serverUrl: string;
  token: string;
  workstationId: string;
  branchId: string;
  branchName: string;
  headOffice: boolean;
  deskCode: string;
};

type Writer = { clock: HlcClock; enrolment: Enrolment };

// One writer per open database: null while the desk is not enrolled (nothing to record).
const writers = new WeakMap<Db, Writer | null>();

export function readEnrolment(db: Db): Enrolment | null {
  return getSetting<Enrolment>(db, 'sync') ?? null;
}

/** The desk's clock and enrolment, or null when it does not sync. */
export function syncWriter(db: Db): Writer | null {
  let writer = writers.get(db);
  if (writer === undefined) {
    const enrolment = readEnrolment(db);
    if (enrolment) {
      const clock = new HlcClock(enrolment.workstationId);
      // Never go back behind a stamp this desk already wrote or received.
      const last = getSetting<string>(db, 'syncLastHlc');
      if (last) clock.observe(last);
      const pending = db.$client.prepare('SELECT max(hlc) FROM sync_outbox').pluck().get() as string | null;
      if (pending) clock.observe(pending);
      writer = { clock, enrolment };
    } else writer = null;
    writers.set(db, writer);
  }
  return writer;
}

const listeners = new WeakMap<Db, Set<() => void>>();

/** Calls `fn` after local writes that will need to sync (at most once per write); returns the unsubscribe. */
export function onLocalChange(db: Db, fn: () => void): () => void {
  let set = listeners.get(db);
  if (!set) listeners.set(db, (set = new Set()));
  set.add(fn);
  return () => set.delete(fn);
}

/** Forget the cached writer (after enrolment changes). */
export function resetSyncWriter(db: Db): void {
  writers.delete(db);
}

/** A row as SQLite holds it: column names and raw values, as changes carry them. */
export function rawRow(db: Db, table: string, id: string): Record<string, unknown> | undefined {
  return prepared(db.$client, `SELECT * FROM "${table}" WHERE id = ?`).get(id) as Record<string, unknown> | undefined;
}

function rowScope(db: Db, table: string, id: string): string | undefined {
  return prepared(db.$client, 'SELECT scope FROM sync_row_clocks WHERE table_name = ? AND row_id = ?').pluck().get(table, id) as string | undefined;
}

/** The scope a write to this row records: the row's own, or this desk's for a new row. */
function writeScope(db: Db, writer: Writer, table: SyncedTableName, id: string): { scope: string; known: boolean } {
  const known = rowScope(db, table, id);
  return { scope: known ?? scopeOf(table, writer.enrolment.branchId), known: known !== undefined };
}

/**
 * Whether this desk may change the row: always unless it is enrolled and the row belongs to
 * another branch (a head-office desk sees those read-only).
 */
export function writableHere(db: Db, table: string, id: string): boolean {
  const writer = syncWriter(db);
  if (!writer || !isSyncedTable(table)) return true;
  const { scope } = writeScope(db, writer, table, id);
  return scope === SHARED_SCOPE || scope === writer.enrolment.branchId;
}

const slotColumns = new Set(['bay_id', 'start_at', 'end_at', 'status', 'deleted_at']);

/**
 * Records one write in the outbox, in the caller's transaction: the columns it set (all of
 * them for a new row) with a fresh HLC, and moves the row's field clocks. `columns` null = a
 * new row. A head-office desk sees other branches read-only: writing their rows is refused.
 */
export function recordWrite(db: Db, table: string, id: string, columns: string[] | null): void {
  const writer = syncWriter(db);
  if (!writer || !isSyncedTable(table)) return;
  const row = rawRow(db, table, id);
  if (!row) return;
  const { scope, known } = writeScope(db, writer, table, id);
  if (scope !== SHARED_SCOPE && scope !== writer.enrolment.branchId) throw new AppError('conflict', {}, undefined, 'error.other_branch_read_only');
  if (known && isLedgerTable(table)) throw new AppError('conflict', {}, undefined, 'error.ledger_append_only');
  const fields = columns ? Object.fromEntries(columns.map((c) => [c, row[c]])) : row;
  const hlc = writer.clock.tick();
  prepared(db.$client, 'INSERT INTO sync_outbox (change_id, table_name, row_id, hlc, scope, fields) VALUES (?, ?, ?, ?, ?, ?)').run(newId(), table, id, hlc, scope, JSON.stringify(fields));
  setClocks(db, table, id, scope, columns, hlc);
  if (table === 'bookings' && (!columns || columns.some((c) => slotColumns.has(c)))) markBookingPending(db, id);
  // A mechanic added to or taken off a booking changes the resources its slot holds.
  if (table === 'booking_mechanics') markBookingPending(db, row.booking_id as string);
  for (const fn of listeners.get(db) ?? []) fn();
}

function setClocks(db: Db, table: string, id: string, scope: string, columns: string[] | null, hlc: Hlc): void {
  let clocks: Record<string, string> = { '*': hlc };
  if (columns) {
    const old = prepared(db.$client, 'SELECT clocks FROM sync_row_clocks WHERE table_name = ? AND row_id = ?').pluck().get(table, id) as string | undefined;
    clocks = old ? (JSON.parse(old) as Record<string, string>) : { '*': hlc };
    for (const c of columns) clocks[c] = hlc;
  }
  prepared(db.$client, 'INSERT INTO sync_row_clocks (table_name, row_id, scope, clocks) VALUES (?, ?, ?, ?) ON CONFLICT (table_name, row_id) DO UPDATE SET clocks = excluded.clocks').run(
    table,
    id,
    scope,
    JSON.stringify(clocks),
  );
}
