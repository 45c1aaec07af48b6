import { SHARED_SCOPE } from '../src-main/sync/tables';
import { perDatabase } from './db';
import type { Desk } from './rules';

/** A stored change as the tail keeps it: what pull filters on, and its JSON as a pull answers it. */
export interface TailEntry {
  seq: number;
  scope: string;
  workstationId: string;
  json: string;
}

/** Changes kept in memory: about the last few minutes of twenty busy desks, some megabytes. */
const MAX_ENTRIES = 50_000;

/**
 * The newest part of the change log, in memory, as this server committed it: a desk that syncs
 * every minute pulls from here without a query. Always one unbroken run of seqs; a commit that
 * does not follow on (another server process numbered some in between) starts a new run. A pull
 * uses it only when it holds everything after the desk's position up to the head the database
 * reports (pull.ts), so it answers exactly what the query would.
 */
export class LogTail {
  private entries: TailEntry[] = [];

  /** Seq of the newest change held, or 0. */
  get lastSeq(): number {
    return this.entries.at(-1)?.seq ?? 0;
  }

  /** After a commit: its changes, numbered from lastSeq + 1 in order. */
  append(added: TailEntry[]): void {
    if (!added.length) return;
    if (this.entries.length && added[0].seq !== this.lastSeq + 1) this.entries = [];
    this.entries.push(...added);
    if (this.entries.length > MAX_ENTRIES) this.entries = this.entries.slice(this.entries.length - MAX_ENTRIES / 2);
  }

  /**
   * The first `limit` changes after `after` that `desk` may see, when everything after `after`
   * up to `head` is held here; otherwise null (the database answers).
   */
  page(after: number, head: number, desk: Desk, limit: number): { json: string[]; last: number; held: number } | null {
    const first = this.entries[0]?.seq;
    if (first === undefined || after + 1 < first || head > this.lastSeq) return null;
    const json: string[] = [];
    let last = 0;
    for (let i = after + 1 - first; i < this.entries.length && json.length < limit; i++) {
      const e = this.entries[i];
      if (e.workstationId === desk.workstationId || (!desk.headOffice && e.scope !== SHARED_SCOPE && e.scope !== desk.branchId)) continue;
      json.push(e.json);
      last = e.seq;
    }
    return { json, last, held: this.lastSeq };
  }
}

/** The in-memory tail of a server database's change log. */
export const tailOf = perDatabase(() => new LogTail());
