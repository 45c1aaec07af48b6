import type { Db } from '../db/open';
import { prepared } from '../db/prepared';
import { getSetting, setSetting } from '../db/settings';
import { tableColumns, tableNames } from '../db/schema-info';
import { newId, nowIso } from '../db/ids';
import { AppError } from '../api/errors';
import { HlcClock } from './hlc';
import type { SyncChange } from './merge';
import { applyChanges } from './apply';
import { claimPendingBookings } from './claims';
import { readEnrolment, resetSyncWriter, syncWriter, type Enrolment } from './outbox';
import { openToken, sealToken } from './sealed-token';
import { branchTables, scopeOf, sharedTables, type SyncedTableName } from './tables';
import { schemaVersion } from './schema-version';
import { defaultWarehouseId } from '../stock/warehouses';

/** Changes per push request, and per pull page (the server's limits are 1000 and 5000). */
export const PUSH_PAGE = 500;
export const PULL_PAGE = 1000;

/** A failure to sync, in words a front desk understands; `offline` when the server was not reached. */
export class SyncError extends Error {
  constructor(
    message: string,
    readonly offline: boolean,
    readonly code?: string,
    // For booking_conflict: the booking holding the slot at head office.
    readonly holder?: string,
  ) {
    super(message);
  }
}

export type Progress = { phase: 'push' | 'pull'; done: number; total: number };

type Fetch = typeof fetch;

async function call<T>(fetchFn: Fetch, url: string, init: RequestInit & { token?: string; timeoutMs?: number }): Promise<T> {
  const { token, timeoutMs = 30_000, ...request } = init;
  // A timer of its own, cleared once the answer is read: AbortSignal.timeout's fires later for
  // every request that ended long before (an exception object and an abort event each time).
  const timeout = new AbortController();
  const timer = setTimeout(() => timeout.abort(new DOMException('The operation was aborted due to timeout', 'TimeoutError')), timeoutMs);
  try {
    let res: Response;
    try {
      res = await fetchFn(url, {
        ...request,
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        signal: timeout.signal,
      });
    } catch (e) {
      throw new SyncError(`${new URL(url).origin}: ${(e as Error).message}`, true);
    }
    const body = (await res.json().catch(() => null)) as { error?: { code: string; message: string; holder?: { bookingId: string } } } | null;
    if (!res.ok) throw new SyncError(body?.error?.message ?? `the server answered ${res.status}`, false, body?.error?.code, body?.error?.holder?.bookingId);
    return body as T;
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Trades a one-time enrolment code for this desk's token. The desk takes the server's branch
 * and desk code (so numbers never collide), and every row it already holds goes to the outbox
 * once, so head office receives the desk's history on the first sync.
 */
export async function enrol(db: Db, serverUrl: string, code: string, deskName: string, fetchFn: Fetch = fetch): Promise<Enrolment> {
  const existing = readEnrolment(db);
  if (existing) throw new AppError('conflict', { server: existing.serverUrl }, undefined, 'sync.already_enrolled');
  const base = serverUrl.replace(/\/+$/, '');
  const answer = await call<Omit<Enrolment, 'serverUrl'> & { docPrefix: string }>(fetchFn, `${base}/enrol`, { method: 'POST', body: JSON.stringify({ code, deskName }) });
  const enrolment: Enrolment = {
    serverUrl: base,
    token: answer.token,
    workstationId: answer.workstationId,
    branchId: answer.branchId,
    branchName: answer.branchName,
    headOffice: answer.headOffice,
    deskCode: answer.deskCode,
  };
  db.$client.transaction(() => {
    adoptBranch(db, enrolment, answer.docPrefix);
    setSetting(db, 'deskCode', enrolment.deskCode);
    setSetting(db, 'sync', { ...enrolment, token: sealToken(db, enrolment.token) });
    setSetting(db, 'syncPulledSeq', 0);
    snapshot(db, new HlcClock(enrolment.workstationId).tick(), enrolment.branchId);
  })();
  resetSyncWriter(db);
  return enrolment;
}

/** This desk's branch becomes the server's: its row takes the server's id and name. */
function adoptBranch(db: Db, enrolment: Enrolment, docPrefix: string): void {
  const sqlite = db.$client;
  const local = getSetting<string>(db, 'branchId');
  if (local === enrolment.branchId) return;
  const now = nowIso();
  const row = local ? (sqlite.prepare('SELECT * FROM branches WHERE id = ?').get(local) as Record<string, unknown> | undefined) : undefined;
  sqlite.pragma('defer_foreign_keys = ON');
  if (row && local) {
    sqlite
      .prepare('INSERT INTO branches (id, created_at, updated_at, deleted_at, name, doc_prefix, time_zone, labour_rate_minor) VALUES (?, ?, ?, NULL, ?, ?, ?, ?)')
      .run(enrolment.branchId, now, now, enrolment.branchName, docPrefix, row.time_zone, row.labour_rate_minor);
    // Everything of the old local branch now belongs to the enrolled one.
    for (const table of branchTableColumns(db)) sqlite.prepare(`UPDATE "${table}" SET branch_id = ? WHERE branch_id = ?`).run(enrolment.branchId, local);
    sqlite.prepare('DELETE FROM branches WHERE id = ?').run(local);
    // The branch's two default warehouses take the ids every desk of the branch gives them,
    // unless stock has moved through them here already (posted movements never change).
    for (const kind of ['store', 'workshop'] as const) {
      const id = defaultWarehouseId(local, kind);
      if (!sqlite.prepare('SELECT 1 FROM stock_moves WHERE warehouse_id = ?').get(id)) rekey(db, 'warehouses', id, defaultWarehouseId(enrolment.branchId, kind));
    }
  }
  setSetting(db, 'branchId', enrolment.branchId);
}

/** Gives a row a new id, and every reference to it (foreign keys are checked at commit). */
function rekey(db: Db, table: string, from: string, to: string): void {
  const sqlite = db.$client;
  if (!sqlite.prepare(`SELECT 1 FROM "${table}" WHERE id = ?`).get(from) || sqlite.prepare(`SELECT 1 FROM "${table}" WHERE id = ?`).get(to)) return;
  for (const t of tableNames(db)) {
    for (const fk of sqlite.prepare(`PRAGMA foreign_key_list("${t}")`).all() as { table: string; from: string }[]) {
      if (fk.table === table) sqlite.prepare(`UPDATE "${t}" SET "${fk.from}" = ? WHERE "${fk.from}" = ?`).run(to, from);
    }
  }
  sqlite.prepare(`UPDATE "${table}" SET id = ? WHERE id = ?`).run(to, from);
}

function branchTableColumns(db: Db): string[] {
  return tableNames(db).filter((t) => t !== 'branches' && tableColumns(db, t).has('branch_id'));
}

/** Every synced row without a clock yet goes to the outbox whole, under one stamp. */
function snapshot(db: Db, hlc: string, branchId: string): void {
  const sqlite = db.$client;
  const insert = sqlite.prepare('INSERT INTO sync_outbox (change_id, table_name, row_id, hlc, scope, fields) VALUES (?, ?, ?, ?, ?, ?)');
  const clocks = sqlite.prepare('INSERT OR IGNORE INTO sync_row_clocks (table_name, row_id, scope, clocks) VALUES (?, ?, ?, ?)');
  const star = JSON.stringify({ '*': hlc });
  // Reference data first, then branch tables in an order that keeps foreign keys satisfied.
  for (const table of [...sharedTables, ...branchTables] as SyncedTableName[]) {
    const scope = scopeOf(table, branchId);
    // In chunks by rowid: a statement cannot write while another is still reading.
    const chunk = sqlite.prepare(`SELECT rowid AS _rowid, * FROM "${table}" t WHERE rowid > ? AND NOT EXISTS (SELECT 1 FROM sync_row_clocks c WHERE c.table_name = ? AND c.row_id = t.id) ORDER BY rowid LIMIT 2000`);
    for (let after = 0; ; ) {
      const rows = chunk.all(after, table) as (Record<string, unknown> & { _rowid: number })[];
      if (!rows.length) break;
      for (const { _rowid, ...row } of rows) {
        insert.run(newId(), table, row.id, hlc, scope, JSON.stringify(row));
        clocks.run(table, row.id, scope, star);
        after = _rowid;
      }
    }
  }
}

export type SyncStatus = {
  enrolled: boolean;
  serverUrl: string | null;
  branchId: string | null;
  branchName: string | null;
  headOffice: boolean;
  deskCode: string | null;
  lastSyncAt: string | null;
  lastError: string | null;
  online: boolean | null;
  running: boolean;
  progress: Progress | null;
  pendingChanges: number;
  conflicts: number;
};

export function syncStatus(db: Db): SyncStatus {
  const enrolment = readEnrolment(db);
  const last = getSetting<{ at: string | null; error: string | null; online: boolean }>(db, 'syncLast');
  return {
    enrolled: !!enrolment,
    serverUrl: enrolment?.serverUrl ?? null,
    branchId: enrolment?.branchId ?? null,
    branchName: enrolment?.branchName ?? null,
    headOffice: enrolment?.headOffice ?? false,
    deskCode: enrolment?.deskCode ?? null,
    lastSyncAt: last?.at ?? null,
    lastError: last?.error ?? null,
    online: last ? last.online : null,
    running: running.has(db),
    progress: running.get(db)?.progress ?? null,
    pendingChanges: prepared(db.$client, 'SELECT count(*) FROM sync_outbox').pluck().get() as number,
    conflicts: prepared(db.$client, 'SELECT count(*) FROM sync_conflicts WHERE resolved_at IS NULL').pluck().get() as number,
  };
}

// The sync running on each database now, and how far it got: one at a time per desk.
const running = new WeakMap<Db, { progress: Progress | null }>();
export const isSyncing = (db: Db) => running.has(db);

type OutboxRow = { seq: number; change_id: string; table_name: string; row_id: string; hlc: string; scope: string; fields: string };

/**
 * One sync: push the outbox in pages (each page leaves the outbox only once acknowledged, and a
 * repeated push is harmless), then pull pages after the last one applied. A dropped connection
 * at any point resumes from what was committed.
 */
export async function syncNow(db: Db, opts: { fetch?: Fetch; onProgress?: (p: Progress) => void } = {}): Promise<{ pushed: number; pulled: number }> {
  const stored = readEnrolment(db);
  if (!stored) throw new AppError('conflict', {}, undefined, 'sync.not_enrolled');
  const enrolment = withToken(db, stored);
  const fetchFn = opts.fetch ?? fetch;
  const version = schemaVersion();
  // A second request while one runs waits for it instead of syncing twice at once.
  while (running.has(db)) await new Promise((r) => setTimeout(r, 50));
  const state = { progress: null as Progress | null };
  running.set(db, state);
  const report = (p: Progress) => {
    state.progress = p;
    opts.onProgress?.(p);
  };
  let pushed = 0;
  let pulled = 0;
  try {
    await claimPendingBookings(db, claimCaller(fetchFn, enrolment));
    const total = prepared(db.$client, 'SELECT count(*) FROM sync_outbox').pluck().get() as number;
    for (;;) {
      const page = prepared(db.$client, 'SELECT * FROM sync_outbox ORDER BY seq LIMIT ?').all(PUSH_PAGE) as OutboxRow[];
      if (!page.length) break;
      const changes: SyncChange[] = page.map((r) => ({ id: r.change_id, table: r.table_name, rowId: r.row_id, hlc: r.hlc, scope: r.scope, fields: JSON.parse(r.fields) as Record<string, unknown> }));
      await call(fetchFn, `${enrolment.serverUrl}/push`, { method: 'POST', token: enrolment.token, body: JSON.stringify({ schemaVersion: version, changes }) });
      prepared(db.$client, 'DELETE FROM sync_outbox WHERE seq <= ?').run(page.at(-1)!.seq);
      pushed += page.length;
      report({ phase: 'push', done: pushed, total });
    }
    // Progress counts from where this desk stood, so a bar starts empty even after years of syncs.
    const from = getSetting<number>(db, 'syncPulledSeq') ?? 0;
    const pullAfter = (after: number) =>
      call<{ changes: (SyncChange & { seq: number })[]; after: number; lastSeq: number; more: boolean; head?: number }>(fetchFn, `${enrolment.serverUrl}/pull?after=${after}&limit=${PULL_PAGE}`, {
        method: 'GET',
        token: enrolment.token,
      });
    let next: ReturnType<typeof pullAfter> | null = null;
    for (let stale = 0; ; ) {
      const after = getSetting<number>(db, 'syncPulledSeq') ?? 0;
      const page = await (next ?? pullAfter(after));
      next = null;
      // A late answer to an older request: ignore it, ask again from where we are.
      if (page.after !== after) {
        if (++stale > 3) throw new SyncError('head office answered for another position in the change log', false);
        continue;
      }
      // The next page is on its way while this one is applied (it starts where this one ends).
      if (page.more) {
        next = pullAfter(page.lastSeq);
        next.catch(() => undefined);
      }
      applyChanges(db, page.changes, page.lastSeq);
      pulled += page.changes.length;
      report({ phase: 'pull', done: page.lastSeq - from, total: Math.max(page.head ?? page.lastSeq, page.lastSeq) - from });
      if (!page.more) break;
    }
    setSetting(db, 'syncLast', { at: nowIso(), error: null, online: true });
    return { pushed, pulled };
  } catch (e) {
    if (e instanceof SyncError) setSetting(db, 'syncLast', { at: getSetting<{ at: string | null }>(db, 'syncLast')?.at ?? null, error: e.message, online: !e.offline });
    throw e;
  } finally {
    running.delete(db);
  }
}

/** The enrolment with its token opened (sealed at rest by the desktop app: sealed-token.ts). */
function withToken(db: Db, enrolment: Enrolment): Enrolment {
  const token = openToken(db, enrolment.token);
  if (token === null)
    throw new SyncError('this computer’s head-office key is kept by the Garage Desk desktop app: sync from the app, or enrol this data folder again', false);
  return { ...enrolment, token };
}

/** Claim and release calls that answer a refusal instead of throwing it. */
function claimCaller(fetchFn: Fetch, enrolment: Enrolment, timeoutMs?: number) {
  return async (path: string, body: unknown) => {
    try {
      await call(fetchFn, `${enrolment.serverUrl}${path}`, { method: 'POST', token: enrolment.token, body: JSON.stringify(body), timeoutMs });
      return { ok: true as const };
    } catch (e) {
      if (e instanceof SyncError && e.code === 'booking_conflict') return { ok: false as const, code: e.code, holder: e.holder };
      throw e;
    }
  };
}

/**
 * Right after a booking is made or moved: its slot is checked at head office when the server
 * answers within a few seconds; otherwise it stays unconfirmed until the next sync.
 */
export async function claimBookingNow(db: Db, bookingId: string, fetchFn: Fetch = fetch): Promise<{ state: 'claimed' | 'refused' | 'unconfirmed' | 'local'; holderId?: string }> {
  const stored = readEnrolment(db);
  if (!stored) return { state: 'local' };
  try {
    await claimPendingBookings(db, claimCaller(fetchFn, withToken(db, stored), 3_000), [bookingId]);
  } catch (e) {
    if (!(e instanceof SyncError)) throw e;
  }
  const row = prepared(db.$client, 'SELECT state, holder_id FROM sync_booking_claims WHERE booking_id = ?').get(bookingId) as { state: string; holder_id: string | null } | undefined;
  if (row?.state === 'refused') return { state: 'refused', holderId: row.holder_id ?? undefined };
  return { state: row?.state === 'pending' ? 'unconfirmed' : 'claimed' };
}

/** Marks a conflict resolved once a person has dealt with it; refused slots are tried again. */
export function resolveConflict(db: Db, id: string): void {
  const conflict = prepared(db.$client, 'SELECT kind, details FROM sync_conflicts WHERE id = ? AND resolved_at IS NULL').get(id) as { kind: string; details: string } | undefined;
  if (!conflict) throw new AppError('not_found', { entity: 'conflict' });
  prepared(db.$client, 'UPDATE sync_conflicts SET resolved_at = ? WHERE id = ?').run(nowIso(), id);
  if (conflict.kind === 'booking_overlap') {
    const { bookingIds } = JSON.parse(conflict.details) as { bookingIds: string[] };
    prepared(db.$client, "UPDATE sync_booking_claims SET state = 'pending', holder_id = NULL WHERE state = 'refused' AND booking_id IN (SELECT value FROM json_each(?))").run(JSON.stringify(bookingIds));
  }
}

/** The desk's clock, for tests and diagnostics. */
export const deskClock = (db: Db) => syncWriter(db)?.clock ?? null;
