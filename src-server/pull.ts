import { and, asc, eq, gt, inArray, ne, type SQL } from 'drizzle-orm';
import { SHARED_SCOPE } from '../src-main/sync/tables';
import type { SyncChange } from '../src-main/sync/merge';
import type { DeskCtx } from './context';
import { parse, pullInput } from './inputs';
import { changes, serverState } from './schema';

export interface PullResult {
  changes: (SyncChange & { seq: number })[];
  after: number;
  lastSeq: number;
  more: boolean;
}

/**
 * GET /pull?after=N&limit=M: up to M changes after seq N that this desk may see (its branch and
 * shared data; every branch for head office), not its own, in seq order. `lastSeq` is where the
 * next pull starts: past the changes skipped as invisible too, so paging always ends.
 */
export async function pull({ db, query, desk }: DeskCtx): Promise<PullResult> {
  const { after, limit } = parse(pullInput, query);
  const visible: SQL[] = [gt(changes.seq, after), ne(changes.workstationId, desk.workstationId)];
  if (!desk.headOffice) visible.push(inArray(changes.scope, [SHARED_SCOPE, desk.branchId]));
  // One snapshot for the page and the head of the log: what lies between them is invisible here.
  const { page, head } = await db.orm.transaction(
    async (tx) => {
      const page = await tx
        .select({ seq: changes.seq, id: changes.id, table: changes.table, rowId: changes.rowId, hlc: changes.hlc, scope: changes.scope, fields: changes.fields })
        .from(changes)
        .where(and(...visible))
        .orderBy(asc(changes.seq))
        .limit(limit);
      const [state] = await tx.select({ lastSeq: serverState.lastSeq }).from(serverState).where(eq(serverState.id, 1));
      return { page, head: state.lastSeq };
    },
    { isolationLevel: 'repeatable read', accessMode: 'read only' },
  );
  const full = page.length === limit;
  const lastSeq = full ? page[page.length - 1].seq : Math.max(after, head);
  return { changes: page, after, lastSeq, more: full && lastSeq < head };
}
