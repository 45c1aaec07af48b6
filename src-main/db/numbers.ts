import { randomInt } from 'node:crypto';
import type { Db } from './open';
import { getSetting, setSetting } from './settings';
import { nextCounter } from './counters';
import { currentBranch } from '../organisation/app';

// Letters and digits that cannot be misread (no I, L, O, U).
const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/**
 * This desk's own code, made once: document numbers carry branch prefix + desk code, so two
 * desks of one branch numbering offline never issue the same number.
 */
export function deskCode(db: Db): string {
  const known = getSetting<string>(db, 'deskCode');
  if (known) return known;
  const code = alphabet[randomInt(alphabet.length)] + alphabet[randomInt(alphabet.length)];
  setSetting(db, 'deskCode', code);
  return code;
}

/** "A-K7-000123": branch prefix, desk code, this desk's sequence for `key`. */
export function documentNumber(db: Db, key: string): string {
  return `${currentBranch(db).docPrefix}-${deskCode(db)}-${String(nextCounter(db, key)).padStart(6, '0')}`;
}
