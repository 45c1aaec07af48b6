import { and, asc, eq, isNull } from 'drizzle-orm';
import type { Db } from '../db/open';
import { insertRow } from '../db/dal';
import { warehouses } from './schema';
import { currentBranch } from '../organisation/app';

export function listWarehouses(db: Db, includeInactive = false) {
  const branch = currentBranch(db);
  return db
    .select()
    .from(warehouses)
    .where(and(eq(warehouses.branchId, branch.id), isNull(warehouses.deletedAt), includeInactive ? undefined : eq(warehouses.active, true)))
    .orderBy(asc(warehouses.kind), asc(warehouses.name))
    .all();
}

/**
 * The two warehouses every branch starts with have ids made from the branch's: the desks of one
 * branch then create the same two rows, which sync merges into one pair instead of a pair per desk.
 */
export const defaultWarehouseId = (branchId: string, kind: 'store' | 'workshop') => `${branchId}-${kind}`;

/** Every branch starts with a main store and the workshop (parts issued to jobs live there). */
export function ensureWarehouses(db: Db): void {
  const branch = currentBranch(db);
  if (db.select({ id: warehouses.id }).from(warehouses).where(eq(warehouses.branchId, branch.id)).get()) return;
  insertRow(db, warehouses, { id: defaultWarehouseId(branch.id, 'store'), branchId: branch.id, name: 'Main store', kind: 'store', active: true });
  insertRow(db, warehouses, { id: defaultWarehouseId(branch.id, 'workshop'), branchId: branch.id, name: 'Workshop', kind: 'workshop', active: true });
}
