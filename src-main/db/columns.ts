import { text } from 'drizzle-orm/sqlite-core';

// Every synced row carries the same bookkeeping columns (see the brief's data rules):
// a text id made on the desk, UTC timestamps as ISO strings, and a tombstone instead of DELETE.
export const syncedColumns = {
  id: text('id').primaryKey(),
  createdAt: text('created_at').notNull(),
  updatedAt: text('updated_at').notNull(),
  deletedAt: text('deleted_at'),
};
