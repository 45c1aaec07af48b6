import { sql } from 'drizzle-orm';
import type { Db } from './open';
import { localCounters } from '../organisation/schema';

/** The next value of this workstation's counter `key` (1, 2, 3…), inside the caller's transaction. */
export function nextCounter(db: Db, key: string): number {
  const row = db
    .insert(localCounters)
    .values({ key, value: 1 })
    .onConflictDoUpdate({ target: localCounters.key, set: { value: sql`${localCounters.value} + 1` } })
    .returning({ value: localCounters.value })
    .get();
  return row.value;
}
