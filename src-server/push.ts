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

    const receivedAt = new Date(nowMs);
    await tx.insert(changes).values(fresh.map((c, i) => ({ seq: state.lastSeq + 1 + i, id: c.id, workstationId: desk.workstationId, table: c.table, rowId: c.rowId, scope: c.scope, hlc: c.hlc, fields: c.fields, receivedAt })));
    if (merged.length)
      await tx
        .insert(rows)
        .values(merged)
        .onConflictDoUpdate({ target: [rows.rowId, rows.table], set: { data: sql`excluded.data`, clocks: sql`excluded.clocks` } });
    const lastSeq = state.lastSeq + fresh.length;
    await tx.update(serverState).set({ lastSeq }).where(eq(serverState.id, 1));
    return { accepted: fresh.length, lastSeq };
  });
}
