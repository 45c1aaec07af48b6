import type { Db } from '../db/open';
import { getSetting, setSetting } from '../db/settings';

/** Whether this desk lets stock go below zero (off by default: a shortfall is refused). */
export function allowNegativeStock(db: Db): boolean {
  return getSetting<boolean>(db, 'allowNegativeStock') === true;
}

export function setAllowNegativeStock(db: Db, allow: boolean): { allowNegativeStock: boolean } {
  setSetting(db, 'allowNegativeStock', allow);
  return { allowNegativeStock: allow };
}
