import { and, eq, isNull, getTableColumns, getTableName, type InferInsertModel, type InferSelectModel } from 'drizzle-orm';
import type { SQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { Db } from './open';
import { newId, nowIso } from './ids';
import { AppError } from '../api/errors';
import { recordWrite } from '../sync/outbox';

/**
 * The one data-access layer for writes to synced tables. Every insert, update and tombstone
 * goes through here, so that bookkeeping columns are always set and the sync outbox records
 * the change in the same transaction (docs/sync.md).
 */

export type SyncedTable = SQLiteTable & { id: SQLiteColumn; createdAt: SQLiteColumn; updatedAt: SQLiteColumn; deletedAt: SQLiteColumn };

type Bookkeeping = 'id' | 'createdAt' | 'updatedAt' | 'deletedAt';
type WithoutBookkeeping<X> = { [K in keyof X as K extends Bookkeeping ? never : K]: X[K] };
export type NewRow<T extends SyncedTable> = WithoutBookkeeping<InferInsertModel<T>> & { id?: string; createdAt?: string };
export type Patch<T extends SyncedTable> = Partial<WithoutBookkeeping<InferInsertModel<T>>>;

export function insertRow<T extends SyncedTable>(db: Db, table: T, values: NewRow<T>): InferSelectModel<T> {
  const at = values.createdAt ?? nowIso();
  const row = { ...values, id: values.id ?? newId(), createdAt: at, updatedAt: at, deletedAt: null };
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- drizzle cannot type a generic table's insert
  const inserted = db.insert(table).values(row as any).returning().get() as InferSelectModel<T>;
  recordWrite(db, getTableName(table), row.id, null);
  return inserted;
}

/** Reads a live (not tombstoned) row, or throws not_found. */
export function getLive<T extends SyncedTable>(db: Db, table: T, id: string, entity: string): InferSelectModel<T> {
  const row = db.select().from(table as SQLiteTable).where(and(eq(table.id, id), isNull(table.deletedAt))).get();
  if (!row) throw new AppError('not_found', { entity });
  return row as InferSelectModel<T>;
}

export function updateRow<T extends SyncedTable>(db: Db, table: T, id: string, patch: Patch<T>, entity: string): InferSelectModel<T> {
  getLive(db, table, id, entity);
  const columns = getTableColumns(table);
  const clean: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(patch)) if (v !== undefined && k in columns) clean[k] = v;
  clean.updatedAt = nowIso();
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- see insertRow
  const updated = db.update(table).set(clean as any).where(eq(table.id, id)).returning().get() as InferSelectModel<T>;
  recordWrite(db, getTableName(table), id, Object.keys(clean).map((k) => columns[k].name));
  return updated;
}

const tombstoneColumns = ['deleted_at', 'updated_at'];

/** Deletion is a tombstone: the row stays (for sync and history) with deleted_at set. */
export function tombstoneRow<T extends SyncedTable>(db: Db, table: T, id: string, entity: string): void {
  getLive(db, table, id, entity);
  const at = nowIso();
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- see insertRow
  db.update(table).set({ deletedAt: at, updatedAt: at } as any).where(eq(table.id, id)).run();
  recordWrite(db, getTableName(table), id, tombstoneColumns);
}

/**
 * Tombstones every live row of `table` whose `column` equals `value`: a parent's child rows,
 * when they are replaced as a set (a document's lines, an operation's norms).
 */
export function tombstoneChildren<T extends SyncedTable>(db: Db, table: T, column: SQLiteColumn, value: string): void {
  const at = nowIso();
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- see insertRow
  const gone = db.update(table).set({ deletedAt: at, updatedAt: at } as any).where(and(eq(column, value), isNull(table.deletedAt))).returning({ id: table.id }).all() as { id: string }[];
  for (const row of gone) recordWrite(db, getTableName(table), row.id, tombstoneColumns);
}

/**
 * insertRow for bulk writes (demo data): the statement is prepared once per table, the
 * bookkeeping columns and the outbox record are the same, and only the new id comes back.
 */
export function rowInserter<T extends SyncedTable>(db: Db, table: T): (values: NewRow<T>) => string {
  const columns = Object.entries(getTableColumns(table));
  const name = getTableName(table);
  const statement = db.$client.prepare(`INSERT INTO "${name}" (${columns.map(([, c]) => `"${c.name}"`).join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`);
  return (values) => {
    const at = values.createdAt ?? nowIso();
    const row: Record<string, unknown> = { ...values, id: values.id ?? newId(), createdAt: at, updatedAt: at, deletedAt: null };
    statement.run(
      columns.map(([key, c]) => {
        const value = row[key] ?? c.default;
        return value === undefined || value === null ? null : c.mapToDriverValue(value);
      }),
    );
    recordWrite(db, name, row.id as string, null);
    return row.id as string;
  };
}
