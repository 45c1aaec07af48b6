import { asc, eq, gt, sql } from 'drizzle-orm';
import type { ServerDb } from './db';
import { mergeIntoRows, rowKey, type StoredRow } from './rules';
import { changes, foldState, rows } from './schema';

/** Changes merged per transaction. */
const PAGE = 5000;
/** Any number that no other advisory lock of this database uses: one folder at a time. */
const FOLD_LOCK = 7_340_117;

/**
 * Brings the server's merged copy (`rows`) up to the log: merges the changes after
 * `fold_state.folded_seq`, in seq order, by the desks' rule. Pushes never wait for it: they hold
 * the numbering lock, this only an advisory lock of its own. Seq is committed in order, so what
 * a fold reads is always a whole prefix of the log. Answers how many changes it merged.
 */
export async function foldRows(db: ServerDb): Promise<number> {
  let total = 0;
  for (;;) {
    const merged = await db.orm.transaction(async (tx) => {
      await tx.execute(sql`SELECT pg_advisory_xact_lock(${FOLD_LOCK})`);
      const [state] = await tx.select({ foldedSeq: foldState.foldedSeq }).from(foldState).where(eq(foldState.id, 1));
      const page = await tx
        .select({ seq: changes.seq, table: changes.table, rowId: changes.rowId, scope: changes.scope, hlc: changes.hlc, fields: changes.fields })
        .from(changes)
        .where(gt(changes.seq, state?.foldedSeq ?? 0))
        .orderBy(asc(changes.seq))
        .limit(PAGE);
      if (!page.length) return 0;
      const rowIds = [...new Set(page.map((c) => c.rowId))];
      const folded = await tx.select().from(rows).where(sql`${rows.rowId} = ANY(${sql.param(rowIds)}::text[])`);
      const current = new Map<string, StoredRow>();
      for (const r of folded) if (r.data && r.clocks) current.set(rowKey(r.table, r.rowId), { ...r, data: r.data, clocks: r.clocks });
      const touched = mergeIntoRows(current, page);
      const list = <T>(values: T[], type: string) => sql`${sql.param(values)}::${sql.raw(type)}[]`;
      if (touched.length)
        await tx.execute(sql`
          INSERT INTO ${rows} ("table", row_id, scope, data, clocks)
          SELECT * FROM unnest(${list(touched.map((r) => r.table), 'text')}, ${list(touched.map((r) => r.rowId), 'text')}, ${list(touched.map((r) => r.scope), 'text')},
                               ${list(touched.map((r) => JSON.stringify(r.data)), 'jsonb')}, ${list(touched.map((r) => JSON.stringify(r.clocks)), 'jsonb')})
          ON CONFLICT (row_id, "table") DO UPDATE SET data = excluded.data, clocks = excluded.clocks`);
      const foldedSeq = page[page.length - 1].seq;
      await tx.insert(foldState).values({ id: 1, foldedSeq }).onConflictDoUpdate({ target: foldState.id, set: { foldedSeq } });
      return page.length;
    });
    total += merged;
    if (merged < PAGE) return total;
  }
}

/** A fold this long after the last push, or at the latest this long after the first unfolded one. */
const QUIET_MS = 1000;
const MAX_LAG_MS = 10_000;

const folders = new WeakMap<ServerDb, ReturnType<typeof makeFolder>>();

function makeFolder(db: ServerDb) {
  let timer: NodeJS.Timeout | undefined;
  let firstPending = 0;
  let running: Promise<void> | undefined;
  let stopped = false;
  const run = () => {
    timer = undefined;
    firstPending = 0;
    running = foldRows(db)
      .then(() => undefined)
      .catch((e: unknown) => {
        if (!stopped) console.error('[fold] the merged rows could not be brought up to date; the next push tries again', e);
      })
      .finally(() => (running = undefined));
  };
  return {
    /** After a commit: fold once pushes pause for a moment, or after MAX_LAG_MS of steady pushing. */
    pushed() {
      stopped = false;
      const now = Date.now();
      firstPending ||= now;
      clearTimeout(timer);
      timer = setTimeout(run, Math.max(0, Math.min(QUIET_MS, firstPending + MAX_LAG_MS - now)));
      timer.unref();
    },
    /** No more folds until the next push (the server is closing); waits for one that is running. */
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}

/** The background folder of a server database: one per database. */
export function folderOf(db: ServerDb) {
  let folder = folders.get(db);
  if (!folder) folders.set(db, (folder = makeFolder(db)));
  return folder;
}
