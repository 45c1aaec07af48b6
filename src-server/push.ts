import { eq, inArray } from 'drizzle-orm';
import { sql } from 'drizzle-orm';
import type { DeskCtx } from './context';
import { SyncError } from './errors';
import { parse, pushInput, type ChangeInput } from './inputs';
import { mergeIntoRows, refuseChange, rowKey, type StoredRow } from './rules';
import { changes, rows, serverState } from './schema';

/**
 * POST /push: stores a desk's changes under the next sequence numbers and merges them into the
 * server's rows, all in one transaction, or refuses the whole request and changes nothing.
 * Changes already stored (by id) are skipped, so a repeated push is a no-op.
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
  return db.orm.transaction(async (tx) => {
    // The lock that numbers pushes one at a time: seq stays gap-free and in commit order.
    const [state] = await tx.select().from(serverState).where(eq(serverState.id, 1)).for('update');
    const ids = [...new Set(input.changes.map((c) => c.id.toLowerCase()))];
    const stored = new Set((await tx.select({ id: changes.id }).from(changes).where(inArray(changes.id, ids))).map((r) => r.id));
    const fresh: ChangeInput[] = [];
    for (const change of input.changes) {
      const id = change.id.toLowerCase();
      if (stored.has(id)) continue;
      stored.add(id);
      fresh.push({ ...change, id });
    }
    if (!fresh.length) return { accepted: 0, lastSeq: state.lastSeq };

    const rowIds = [...new Set(fresh.map((c) => c.rowId))];
    const existing = await tx.select().from(rows).where(inArray(rows.rowId, rowIds));
    const byKey = new Map<string, StoredRow>(existing.map((r) => [rowKey(r.table, r.rowId), r]));
    const merged = mergeIntoRows(byKey, fresh);

    // One statement for the three writes, with the rows as arrays (a few parameters, not
    // thousands): fewer round trips while the lock is held.
    const lastSeq = state.lastSeq + fresh.length;
    const list = <T>(values: T[], type: string) => sql`${sql.param(values)}::${sql.raw(type)}[]`;
    await tx.execute(sql`
      WITH stored_changes AS (
        INSERT INTO ${changes} (seq, id, workstation_id, "table", row_id, scope, hlc, fields, received_at)
        SELECT ${state.lastSeq}::bigint + c.n, c.id, ${desk.workstationId}, c.tbl, c.row_id, c.scope, c.hlc, c.fields, ${new Date(nowMs).toISOString()}::timestamptz
          FROM unnest(${list(fresh.map((c) => c.id), 'uuid')}, ${list(fresh.map((c) => c.table), 'text')}, ${list(fresh.map((c) => c.rowId), 'text')},
                      ${list(fresh.map((c) => c.scope), 'text')}, ${list(fresh.map((c) => c.hlc), 'text')}, ${list(fresh.map((c) => JSON.stringify(c.fields)), 'jsonb')})
               WITH ORDINALITY AS c(id, tbl, row_id, scope, hlc, fields, n)
      ), merged_rows AS (
        INSERT INTO ${rows} ("table", row_id, scope, data, clocks)
        SELECT * FROM unnest(${list(merged.map((r) => r.table), 'text')}, ${list(merged.map((r) => r.rowId), 'text')}, ${list(merged.map((r) => r.scope), 'text')},
                             ${list(merged.map((r) => JSON.stringify(r.data)), 'jsonb')}, ${list(merged.map((r) => JSON.stringify(r.clocks)), 'jsonb')})
        ON CONFLICT (row_id, "table") DO UPDATE SET data = excluded.data, clocks = excluded.clocks
      )
      UPDATE ${serverState} SET last_seq = ${lastSeq} WHERE id = 1`);
    return { accepted: fresh.length, lastSeq };
  });
}
