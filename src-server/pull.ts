import { sql } from 'drizzle-orm';
import { SHARED_SCOPE } from '../src-main/sync/tables';
import { RawJson, type DeskCtx } from './context';
import { parse, pullInput } from './inputs';
import { changes, serverState } from './schema';

/**
 * GET /pull?after=N&limit=M: up to M changes after seq N that this desk may see (its branch and
 * shared data; every branch for head office), not its own, in seq order. `lastSeq` is where the
 * next pull starts: past the changes skipped as invisible too, so paging always ends.
 *
 * Answers `{changes: [{seq, id, table, rowId, hlc, scope, fields}], after, lastSeq, more, head}`
 * (`head`: the newest seq of all, for a progress bar); the page's JSON is made by PostgreSQL in
 * one piece (no row objects to build and serialise here).
 */
export async function pull({ db, query, desk }: DeskCtx): Promise<RawJson> {
  const { after, limit } = parse(pullInput, query);
  const scope = desk.headOffice ? sql`` : sql`AND scope IN (${SHARED_SCOPE}, ${desk.branchId})`;
  // One snapshot for the page and the head of the log: what lies between them is invisible here.
  const { page, count, last, head } = await db.orm.transaction(
    async (tx) => {
      const result = await tx.execute(sql`
        SELECT coalesce(json_agg(json_build_object('seq', seq, 'id', id, 'table', "table", 'rowId', row_id, 'hlc', hlc, 'scope', scope, 'fields', fields) ORDER BY seq), '[]')::text AS page,
               count(*)::int AS count, max(seq)::text AS last, (SELECT last_seq::text FROM ${serverState} WHERE id = 1) AS head
          FROM (SELECT * FROM ${changes} WHERE seq > ${after} AND workstation_id <> ${desk.workstationId} ${scope} ORDER BY seq LIMIT ${limit}) c`);
      return (result as unknown as { rows: { page: string; count: number; last: string | null; head: string }[] }).rows[0];
    },
    { isolationLevel: 'repeatable read', accessMode: 'read only' },
  );
  const full = count === limit;
  const lastSeq = full ? Number(last) : Math.max(after, Number(head));
  return new RawJson(`{"changes":${page},"after":${after},"lastSeq":${lastSeq},"more":${full && lastSeq < Number(head)},"head":${Number(head)}}`);
}
