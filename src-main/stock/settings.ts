import { eq } from 'drizzle-orm';
import type { Db } from '../db/open';
import { localSettings } from '../organisation/schema';

/** Whether this desk lets stock go below zero (off by default: a shortfall is refused). */
export function allowNegativeStock(db: Db): boolean {
  const row = db.select().from(localSettings).where(eq(localSettings.key, 'allowNegativeStock')).get();
  return row?.value === true;
}

export function setAllowNegativeStock(db: Db, allow: boolean): { allowNegativeStock: boolean } {
  db.insert(localSettings).values({ key: 'allowNegativeStock', value: allow }).onConflictDoUpdate({ target: localSettings.key, set: { value: allow } }).run();
  return { allowNegativeStock: allow };
}
