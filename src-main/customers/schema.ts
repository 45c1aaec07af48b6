import { sqliteTable, text, integer, index, type AnySQLiteColumn } from 'drizzle-orm/sqlite-core';
import { syncedColumns } from '../db/columns';

export type Messenger = { kind: 'telegram' | 'whatsapp' | 'viber' | 'vk' | 'other'; handle: string };

export const customers = sqliteTable('customers', {
  ...syncedColumns,
  kind: text('kind', { enum: ['person', 'company'] }).notNull(),
  name: text('name').notNull(),
  // E.164 numbers; a JSON array because a customer has a few, and they are always read together.
  phones: text('phones', { mode: 'json' }).$type<string[]>().notNull(),
  email: text('email'),
  messengers: text('messengers', { mode: 'json' }).$type<Messenger[]>().notNull(),
  consentToMessages: integer('consent_to_messages', { mode: 'boolean' }).notNull(),
  inn: text('inn'),
  kpp: text('kpp'),
  discountPct: integer('discount_pct').notNull(),
  // Counterparties we buy from (parts, later equipment) are customers marked as suppliers.
  isSupplier: integer('is_supplier', { mode: 'boolean' }).notNull().default(false),
  notes: text('notes'),
  // Set on a customer merged into another (then tombstoned): posted payments still name the
  // merged one, so the kept customer's money reads include every customer merged into it.
  mergedIntoId: text('merged_into_id').references((): AnySQLiteColumn => customers.id),
}, (t) => [index('customers_name_idx').on(t.name), index('customers_merged_into_idx').on(t.mergedIntoId)]);

// Derived, local-only search documents (never synced; rebuilt from customers + vehicles).
// The FTS5 trigram index over `body` is created in a custom migration and kept in step by triggers.
export const customerSearchDocs = sqliteTable('customer_search_docs', {
  docId: integer('doc_id').primaryKey(),
  customerId: text('customer_id').notNull().unique(),
  body: text('body').notNull(),
});
