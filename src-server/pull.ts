import { sql } from 'drizzle-orm';
import { SHARED_SCOPE } from '../src-main/sync/tables';
import { RawJson, type DeskCtx } from './context';
import { parse, pullInput } from './inputs';
import { changes, serverState } from './schema';
import { tailOf } from './tail';

/**
 * GET /pull?after=N&limit=M: up to M changes after seq N that this desk may see (its branch and
 * shared data; every branch for head office), not its own, in seq order. `lastSeq` is where the
 * next pull starts: past the changes skipped as invisible too, so paging always ends.
 *
 * Answers `{changes: [{seq, id, table, rowId, hlc, scope, fields}], after, lastSeq, more, head}`
 * (`head`: the newest seq of all, for a progress bar). A desk that keeps up is answered from the
 * log's tail in memory (tail.ts) when that holds everything up to the head read at sign-in;
 * otherwise PostgreSQL reads the page and makes its JSON in one piece (no row objects to build
 * and serialise here).
 */
export async function pull({ db, query, desk, head }: DeskCtx): Promise<RawJson> {
  const { after, limit } = parse(pullInput, query);
  const held = tailOf(db).page(after, head, desk, limit);
  if (held) return answer(after, limit, { page: `[${held.json.join(',')}]`, count: held.json.length, last: held.last, head: held.held });

  const visible = (scope?: string) => sql`SELECT * FROM ${changes} WHERE ${scope === undefined ? sql`` : sql`scope = ${scope} AND `}seq > ${after} AND workstation_id <> ${desk.workstationId} ORDER BY seq LIMIT ${limit}`;
  // Head office sees every branch: the log in seq order. A branch desk sees two scopes: each read
  // in seq order from changes_scope_seq, and the first `limit` of the two together.
  const firstVisible = desk.headOffice ? visible() : sql`(${visible(SHARED_SCOPE)}) UNION ALL (${visible(desk.branchId)}) ORDER BY seq LIMIT ${limit}`;
  // One statement, so one snapshot for the page and the head of the log (what lies between them is
  // invisible here), and one round trip: no transaction around it.
  const result = await db.orm.execute(sql`
    SELECT coalesce(json_agg(json_build_object('seq', seq, 'id', id, 'table', "table", 'rowId', row_id, 'hlc', hlc, 'scope', scope, 'fields', fields) ORDER BY seq), '[]')::text AS page,
           count(*)::int AS count, max(seq)::text AS last, (SELECT last_seq::text FROM ${serverState} WHERE id = 1) AS head
      FROM (${firstVisible}) c`);
  const row = (result as unknown as { rows: { page: string; count: number; last: string | null; head: string }[] }).rows[0];
  return answer(after, limit, { page: row.page, count: row.count, last: Number(row.last), head: Number(row.head) });
}

function answer(after: number, limit: number, { page, count, last, head }: { page: string; count: number; last: number; head: number }): RawJson {
  const full = count === limit;
  const lastSeq = full ? last : Math.max(after, head);
  return new RawJson(`{"changes":${page},"after":${after},"lastSeq":${lastSeq},"more":${full && lastSeq < head},"head":${head}}`);
}
