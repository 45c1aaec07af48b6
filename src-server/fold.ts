import { sql } from 'drizzle-orm';
import { perDatabase, type ServerDb } from './db';
import { mergeIntoRows, rowKey, type StoredRow } from './rules';
import type { ChangeInput } from './inputs';
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
      // The next page of the log and the merged rows it touches, each as one JSON text that
      // PostgreSQL builds and this side parses at once (no row objects for the driver to make).
      const result = await tx.execute(sql`
        WITH page AS (
          SELECT seq, "table", row_id, scope, hlc, fields FROM ${changes}
           WHERE seq > coalesce((SELECT folded_seq FROM ${foldState} WHERE id = 1), 0) ORDER BY seq LIMIT ${PAGE})
        SELECT (SELECT coalesce(json_agg(json_build_object('seq', seq, 'table', "table", 'rowId', row_id, 'scope', scope, 'hlc', hlc, 'fields', fields) ORDER BY seq), '[]') FROM page)::text AS page,
               (SELECT coalesce(json_agg(json_build_object('table', "table", 'rowId', row_id, 'scope', scope, 'data', data, 'clocks', clocks)), '[]')
                  FROM ${rows} WHERE row_id IN (SELECT row_id FROM page) AND data IS NOT NULL AND clocks IS NOT NULL)::text AS folded`);
      const texts = (result as unknown as { rows: { page: string; folded: string }[] }).rows[0];
      const page = JSON.parse(texts.page) as (Omit<ChangeInput, 'id'> & { seq: number })[];
      if (!page.length) return 0;
      const current = new Map<string, StoredRow>((JSON.parse(texts.folded) as StoredRow[]).map((r) => [rowKey(r.table, r.rowId), r]));
      const touched = mergeIntoRows(current, page);
      // What changed goes back as one JSON parameter, with how far the fold has come.
      await tx.execute(sql`
        WITH merged AS (
          INSERT INTO ${rows} ("table", row_id, scope, data, clocks)
          SELECT r."table", r."rowId", r.scope, r.data, r.clocks FROM jsonb_to_recordset(${JSON.stringify(touched)}::jsonb) AS r("table" text, "rowId" text, scope text, data jsonb, clocks jsonb)
          ON CONFLICT (row_id, "table") DO UPDATE SET data = excluded.data, clocks = excluded.clocks
        )
        INSERT INTO ${foldState} (id, folded_seq) VALUES (1, ${page[page.length - 1].seq}) ON CONFLICT (id) DO UPDATE SET folded_seq = excluded.folded_seq`);
      return page.length;
    });
    total += merged;
    if (merged < PAGE) return total;
  }
}

/** A fold this long after the last push, or at the latest this long after the first unfolded one. */
const QUIET_MS = 1000;
const MAX_LAG_MS = 10_000;

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

/** The background folder of a server database. */
export const folderOf = perDatabase(makeFolder);
