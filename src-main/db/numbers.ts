import { randomInt } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Db } from './open';
import { localSettings } from '../organisation/schema';
import { nextCounter } from './counters';
import { currentBranch } from '../organisation/app';

// Letters and digits that cannot be misread (no I, L, O, U).
const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/**
 * This desk's own code, made once: document numbers carry branch prefix + desk code, so two
 * desks of one branch numbering offline never issue the same number.
 */
export function deskCode(db: Db): string {
  const row = db.select().from(localSettings).where(eq(localSettings.key, 'deskCode')).get();
  if (row) return row.value as string;
  const code = alphabet[randomInt(alphabet.length)] + alphabet[randomInt(alphabet.length)];
  db.insert(localSettings).values({ key: 'deskCode', value: code }).run();
  return code;
}

/** "A-K7-000123": branch prefix, desk code, this desk's sequence for `key`. */
export function documentNumber(db: Db, key: string): string {
  return `${currentBranch(db).docPrefix}-${deskCode(db)}-${String(nextCounter(db, key)).padStart(6, '0')}`;
}
