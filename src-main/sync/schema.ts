import { sqliteTable, text, integer, primaryKey } from 'drizzle-orm/sqlite-core';

// The desk's side of sync (docs/sync.md). None of these tables sync themselves.

/** Changes written by this desk, in order, until the server has acknowledged them. */
export const syncOutbox = sqliteTable('sync_outbox', {
  seq: integer('seq').primaryKey({ autoIncrement: true }),
  changeId: text('change_id').notNull(),
  tableName: text('table_name').notNull(),
  rowId: text('row_id').notNull(),
  hlc: text('hlc').notNull(),
  scope: text('scope').notNull(),
  fields: text('fields', { mode: 'json' }).notNull().$type<Record<string, unknown>>(),
});

/** Per row, the clock of each field's last write: the merge rule's memory. */
export const syncRowClocks = sqliteTable(
  'sync_row_clocks',
  {
    tableName: text('table_name').notNull(),
    rowId: text('row_id').notNull(),
    // "shared" or the owning branch, as first written: a row never changes hands.
    scope: text('scope').notNull(),
    clocks: text('clocks', { mode: 'json' }).notNull().$type<Record<string, string>>(),
  },
  (t) => [primaryKey({ columns: [t.tableName, t.rowId] })],
);

/**
 * Present (one row) only inside the transaction that applies pulled changes: the overlap and
 * reservation triggers stand back, since a remote fact is a fact; conflicts are listed instead.
 */
export const syncApplying = sqliteTable('sync_applying', { on: integer('on').primaryKey() });

/** What last-writer-wins must not hide, for a person to resolve. */
export const syncConflicts = sqliteTable('sync_conflicts', {
  id: text('id').primaryKey(),
  kind: text('kind', { enum: ['booking_overlap', 'rental_overlap', 'negative_stock', 'duplicate_phone'] }).notNull(),
  // One conflict per subject: "bookings:<a>:<b>", "stock:<item>:<warehouse>", "phone:+7…".
  subject: text('subject').notNull().unique(),
  details: text('details', { mode: 'json' }).notNull().$type<Record<string, unknown>>(),
  detectedAt: text('detected_at').notNull(),
  resolvedAt: text('resolved_at'),
});

/**
 * The head-office claim of each booking this desk made or moved while enrolled: "pending" until
 * the server has it (shown as unconfirmed), "claimed", or "refused" (another desk holds the slot).
 */
export const syncBookingClaims = sqliteTable('sync_booking_claims', {
  bookingId: text('booking_id').primaryKey(),
  state: text('state', { enum: ['pending', 'claimed', 'refused'] }).notNull(),
  holderId: text('holder_id'),
});
