import { sql } from 'drizzle-orm';
import type { DeskCtx } from './context';
import { perDatabase, type ServerDb, type Tx } from './db';
import { SyncError } from './errors';
import { parse, pushInput, type ChangeInput } from './inputs';
import { folderOf } from './fold';
import { checkAgainstRows, refuseChange, rowKey, type Desk, type RowOwner } from './rules';
import { changes, rows, serverState } from './schema';
import { tailOf, type TailEntry } from './tail';

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

/**
 * Group commit: numbering is one at a time (a row lock), so pushes that arrive together are
 * numbered and stored in one transaction instead of queueing for the lock one by one. Each push
 * still succeeds or fails on its own: a refused push changes nothing and the others go ahead.
 */
const committerOf = perDatabase((db) => {
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
  return {
    submit: (desk: Desk, changes: ChangeInput[], nowMs: number) =>
      new Promise<{ accepted: number; lastSeq: number }>((resolve, reject) => {
        queue.push({ desk, changes, nowMs, resolve, reject });
        if (!running) void drain();
      }),
  };
});

/**
 * Takes the numbering lock and reads what a commit checks its pushes against: the changes already
 * stored and the rows already known. One statement, so one round trip, while pushes keep arriving:
 * the lock is taken inside it, and its snapshot is as old as the statement. When a commit of
 * another server process on the same database ended in between (the head the snapshot saw is not
 * the one locked), what it stored is read again.
 */
async function lockAndLookUp(tx: Tx, ids: string[], rowIds: string[]): Promise<{ lastSeq: number; stored: Set<string>; existing: RowOwner[] }> {
  const lookUps = sql`(SELECT coalesce(json_agg(id), '[]') FROM ${changes} WHERE id = ANY(${sql.param(ids)}::uuid[]))::text AS stored,
    (SELECT coalesce(json_agg(json_build_object('table', "table", 'rowId', row_id, 'scope', scope)), '[]') FROM ${rows} WHERE row_id = ANY(${sql.param(rowIds)}::text[]))::text AS existing`;
  const first = (result: unknown) => (result as { rows: { locked?: string; seen?: string; stored: string; existing: string }[] }).rows[0];
  let found = first(
    await tx.execute(sql`
      WITH locked AS (SELECT last_seq FROM ${serverState} WHERE id = 1 FOR UPDATE)
      SELECT (SELECT last_seq FROM locked)::text AS locked, (SELECT last_seq FROM ${serverState} WHERE id = 1)::text AS seen, ${lookUps}`),
  );
  const lastSeq = Number(found.locked);
  if (found.seen !== found.locked) found = first(await tx.execute(sql`SELECT ${lookUps}`));
  return { lastSeq, stored: new Set(JSON.parse(found.stored) as string[]), existing: JSON.parse(found.existing) as RowOwner[] };
}

async function commit(db: ServerDb, batch: Pending[]): Promise<void> {
  let outcomes: ({ accepted: number } | { refusal: SyncError })[];
  let lastSeq: number;
  let entries: TailEntry[];
  try {
    ({ outcomes, lastSeq, entries } = await db.orm.transaction(async (tx) => {
      const ids = [...new Set(batch.flatMap((p) => p.changes.map((c) => c.id.toLowerCase())))];
      const rowIds = [...new Set(batch.flatMap((p) => p.changes.map((c) => c.rowId)))];
      // The lock that numbers commits one at a time: seq stays gap-free and in commit order.
      const { lastSeq: before, stored, existing } = await lockAndLookUp(tx, ids, rowIds);
      // The rows known as each push in turn leaves them, and those the commit creates.
      const known = new Map<string, RowOwner>(existing.map((r) => [rowKey(r.table, r.rowId), r]));
      const created: RowOwner[] = [];
      // Each new change numbered, as the JSON a pull answers it with (the log's tail keeps it),
      // and each accepted push's changes as one JSON object around those.
      const entries: TailEntry[] = [];
      const pushes: string[] = [];
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
        if (own.length) {
          const json = own.map((c) => {
            const seq = before + entries.length + 1;
            const entry = { seq, scope: c.scope, workstationId: p.desk.workstationId, json: JSON.stringify({ seq, id: c.id, table: c.table, rowId: c.rowId, hlc: c.hlc, scope: c.scope, fields: c.fields }) };
            entries.push(entry);
            return entry.json;
          });
          pushes.push(`{"ws":${JSON.stringify(p.desk.workstationId)},"at":"${new Date(p.nowMs).toISOString()}","changes":[${json.join(',')}]}`);
        }
        return { accepted: own.length };
      });
      if (!entries.length) return { outcomes, lastSeq: before, entries };

      // One statement for the three writes, fewer round trips while the lock is held; the new
      // changes go in as one JSON parameter that PostgreSQL parses once (not thousands of
      // parameters, nor arrays of JSON texts for the driver to escape and the server to unescape).
      const lastSeq = before + entries.length;
      const list = <T>(values: T[], type: string) => sql`${sql.param(values)}::${sql.raw(type)}[]`;
      await tx.execute(sql`
        WITH stored_changes AS (
          INSERT INTO ${changes} (seq, id, workstation_id, "table", row_id, scope, hlc, fields, received_at)
          SELECT c.seq, c.id, p.ws, c."table", c."rowId", c.scope, c.hlc, c.fields, p."at"
            FROM jsonb_to_recordset(${`[${pushes.join(',')}]`}::jsonb) AS p(ws text, "at" timestamptz, changes jsonb),
                 jsonb_to_recordset(p.changes) AS c(seq bigint, id uuid, "table" text, "rowId" text, hlc text, scope text, fields jsonb)
        ), created_rows AS (
          INSERT INTO ${rows} ("table", row_id, scope)
          SELECT * FROM unnest(${list(created.map((r) => r.table), 'text')}, ${list(created.map((r) => r.rowId), 'text')}, ${list(created.map((r) => r.scope), 'text')})
          ON CONFLICT DO NOTHING
        )
        UPDATE ${serverState} SET last_seq = ${lastSeq} WHERE id = 1`);
      return { outcomes, lastSeq, entries };
    }));
  } catch (e) {
    for (const p of batch) p.reject(e);
    return;
  }
  if (entries.length) {
    tailOf(db).append(entries);
    folderOf(db).pushed();
  }
  batch.forEach((p, i) => {
    const outcome = outcomes[i];
    if ('refusal' in outcome) p.reject(outcome.refusal);
    else p.resolve({ accepted: outcome.accepted, lastSeq });
  });
}
