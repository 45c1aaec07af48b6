import { eq, sql } from 'drizzle-orm';
import type { DeskCtx } from './context';
import type { ServerDb } from './db';
import { SyncError } from './errors';
import { parse, pushInput, type ChangeInput } from './inputs';
import { folderOf } from './fold';
import { checkAgainstRows, refuseChange, rowKey, type Desk, type RowOwner } from './rules';
import { changes, rows, serverState } from './schema';

/**
 * POST /push: stores a desk's changes under the next sequence numbers, with the owners of the
 * rows they create, all in one transaction, or refuses the whole request and changes nothing.
 * Changes already stored (by id) are skipped, so a repeated push is a no-op. The server's merged
 * copy of the rows follows in the background (fold.ts).
 */
export async function push({ db, now, schemaVersion, body, desk }: DeskCtx): Promise<{ accepted: number; lastSeq: number }> {
  const input = parse(pushInput, body);
  if (input.schemaVersion !== schemaVersion)
    throw new SyncError(
      'schema_mismatch',
      `This computer runs a different version of Garage Desk than head office (${input.schemaVersion} vs ${schemaVersion}). Update Garage Desk and sync again.`,
      { serverVersion: schemaVersion },
    );
  const nowMs = now();
  for (const change of input.changes) {
    const refusal = refuseChange(change, desk, nowMs);
    if (refusal) throw refusal;
  }
  return committerOf(db).submit(desk, input.changes, nowMs);
}

interface Pending {
  desk: Desk;
  changes: ChangeInput[];
  nowMs: number;
  resolve: (result: { accepted: number; lastSeq: number }) => void;
  reject: (e: unknown) => void;
}

/** Pushes that arrive while a commit runs wait for the next one, up to this many changes together. */
const MAX_CHANGES_PER_COMMIT = 20_000;

const committers = new WeakMap<ServerDb, { submit(desk: Desk, changes: ChangeInput[], nowMs: number): Promise<{ accepted: number; lastSeq: number }> }>();

/**
 * Group commit: numbering is one at a time (a row lock), so pushes that arrive together are
 * numbered and stored in one transaction instead of queueing for the lock one by one. Each push
 * still succeeds or fails on its own: a refused push changes nothing and the others go ahead.
 */
function committerOf(db: ServerDb) {
  let committer = committers.get(db);
  if (committer) return committer;
  const queue: Pending[] = [];
  let running = false;
  const drain = async () => {
    running = true;
    while (queue.length) {
      let size = 0;
      let take = 0;
      while (take < queue.length && (take === 0 || size + queue[take].changes.length <= MAX_CHANGES_PER_COMMIT)) size += queue[take++].changes.length;
      await commit(db, queue.splice(0, take));
    }
    running = false;
  };
  committer = {
    submit: (desk, changes, nowMs) =>
      new Promise((resolve, reject) => {
        queue.push({ desk, changes, nowMs, resolve, reject });
        if (!running) void drain();
      }),
  };
  committers.set(db, committer);
  return committer;
}

async function commit(db: ServerDb, batch: Pending[]): Promise<void> {
  let outcomes: ({ accepted: number } | { refusal: SyncError })[];
  let lastSeq: number;
  try {
    ({ outcomes, lastSeq } = await db.orm.transaction(async (tx) => {
      // The lock that numbers commits one at a time: seq stays gap-free and in commit order.
      const [state] = await tx.select().from(serverState).where(eq(serverState.id, 1)).for('update');
      const ids = [...new Set(batch.flatMap((p) => p.changes.map((c) => c.id.toLowerCase())))];
      // Each list as one array parameter: thousands of ids in one statement, parsed once.
      const stored = new Set((await tx.select({ id: changes.id }).from(changes).where(sql`${changes.id} = ANY(${sql.param(ids)}::uuid[])`)).map((r) => r.id));
      const rowIds = [...new Set(batch.flatMap((p) => p.changes.map((c) => c.rowId)))];
      const existing = await tx.select({ table: rows.table, rowId: rows.rowId, scope: rows.scope }).from(rows).where(sql`${rows.rowId} = ANY(${sql.param(rowIds)}::text[])`);
      // The rows known as each push in turn leaves them, and those the commit creates.
      const known = new Map<string, RowOwner>(existing.map((r) => [rowKey(r.table, r.rowId), r]));
      const created: RowOwner[] = [];
      const fresh: (ChangeInput & { workstationId: string; nowMs: number })[] = [];
      const outcomes = batch.map((p) => {
        const own: ChangeInput[] = [];
        const ownIds = new Set<string>();
        for (const change of p.changes) {
          const id = change.id.toLowerCase();
          if (stored.has(id) || ownIds.has(id)) continue;
          ownIds.add(id);
          own.push({ ...change, id });
        }
        try {
          for (const row of checkAgainstRows(known, own)) {
            known.set(rowKey(row.table, row.rowId), row);
            created.push(row);
          }
        } catch (e) {
          if (e instanceof SyncError) return { refusal: e };
          throw e;
        }
        for (const id of ownIds) stored.add(id);
        for (const change of own) fresh.push({ ...change, workstationId: p.desk.workstationId, nowMs: p.nowMs });
        return { accepted: own.length };
      });
      if (!fresh.length) return { outcomes, lastSeq: state.lastSeq };

      // One statement for the three writes, fewer round trips while the lock is held; the new
      // changes go in as one JSON parameter that PostgreSQL parses once (not thousands of
      // parameters, nor arrays of JSON texts for the driver to escape and the server to unescape).
      const lastSeq = state.lastSeq + fresh.length;
      const list = <T>(values: T[], type: string) => sql`${sql.param(values)}::${sql.raw(type)}[]`;
      await tx.execute(sql`
        WITH stored_changes AS (
          INSERT INTO ${changes} (seq, id, workstation_id, "table", row_id, scope, hlc, fields, received_at)
          SELECT ${state.lastSeq}::bigint + c.n, c.id, c.ws, c.tbl, c.row, c.scope, c.hlc, c.fields, c.at
            FROM ROWS FROM (json_to_recordset(${JSON.stringify(fresh.map((c) => ({ id: c.id, ws: c.workstationId, tbl: c.table, row: c.rowId, scope: c.scope, hlc: c.hlc, fields: c.fields, at: new Date(c.nowMs).toISOString() })))}::json)
                   AS (id uuid, ws text, tbl text, "row" text, scope text, hlc text, fields jsonb, "at" timestamptz))
                 WITH ORDINALITY AS c(id, ws, tbl, "row", scope, hlc, fields, "at", n)
        ), created_rows AS (
          INSERT INTO ${rows} ("table", row_id, scope)
          SELECT * FROM unnest(${list(created.map((r) => r.table), 'text')}, ${list(created.map((r) => r.rowId), 'text')}, ${list(created.map((r) => r.scope), 'text')})
          ON CONFLICT DO NOTHING
        )
        UPDATE ${serverState} SET last_seq = ${lastSeq} WHERE id = 1`);
      return { outcomes, lastSeq };
    }));
  } catch (e) {
    for (const p of batch) p.reject(e);
    return;
  }
  if (outcomes.some((o) => 'accepted' in o && o.accepted > 0)) folderOf(db).pushed();
  batch.forEach((p, i) => {
    const outcome = outcomes[i];
    if ('refusal' in outcome) p.reject(outcome.refusal);
    else p.resolve({ accepted: outcome.accepted, lastSeq });
  });
}
