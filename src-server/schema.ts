import { sql } from 'drizzle-orm';
import { bigint, boolean, check, customType, index, integer, jsonb, pgTable, primaryKey, text, timestamp, unique, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

/**
 * The head-office server's tables (docs/sync.md, "Server"). SQL migrations in
 * src-server/migrations are generated from this file (`npm run db:generate:server`), plus one
 * custom migration for what drizzle cannot say: btree_gist, the exclusion constraint on booking
 * claims and the one row of server_state.
 */

const at = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

/** A PostgreSQL range of instants, read and written as its text form: '["2025-01-01 10:00:00+00","…")'. */
const tstzrange = customType<{ data: string }>({ dataType: () => 'tstzrange' });

export const branches = pgTable(
  'branches',
  {
    id: text('id').primaryKey(),
    name: text('name').notNull(),
    // Printed before every document number of the branch, so it is unique across branches.
    docPrefix: text('doc_prefix').notNull().unique(),
    headOffice: boolean('head_office').notNull().default(false),
    createdAt: at('created_at').notNull().defaultNow(),
  },
  (t) => [uniqueIndex('branches_name_key').on(sql`lower(${t.name})`)],
);

export const workstations = pgTable(
  'workstations',
  {
    id: text('id').primaryKey(),
    branchId: text('branch_id')
      .notNull()
      .references(() => branches.id),
    name: text('name').notNull(),
    // Unique within the branch for ever (revoked desks keep theirs: their documents carry it).
    deskCode: text('desk_code').notNull(),
    tokenHash: text('token_hash').notNull().unique(),
    enrolledAt: at('enrolled_at').notNull(),
    lastSeenAt: at('last_seen_at'),
    revokedAt: at('revoked_at'),
  },
  (t) => [unique('workstations_desk_code_key').on(t.branchId, t.deskCode)],
);

export const enrolmentCodes = pgTable('enrolment_codes', {
  codeHash: text('code_hash').primaryKey(),
  branchId: text('branch_id')
    .notNull()
    .references(() => branches.id),
  createdAt: at('created_at').notNull(),
  expiresAt: at('expires_at').notNull(),
  usedAt: at('used_at'),
  usedBy: text('used_by').references(() => workstations.id),
});

/**
 * Every change ever accepted, in the one global order desks pull in.
 *
 * `workstation_id` is the signed-in desk that pushed it, set by the server, never taken from a
 * request; workstations are revoked, never deleted. So it has no foreign key: a push's thousands
 * of rows are inserted while the numbering lock is held, and a key check per row would double
 * that insert's time.
 *
 * `changes_scope_seq`: a branch desk pulls its branch and the shared data in seq order (pull.ts),
 * reading only those rows instead of every branch's.
 */
export const changes = pgTable(
  'changes',
  {
    seq: bigint('seq', { mode: 'number' }).primaryKey(),
    id: uuid('id').notNull().unique(),
    workstationId: text('workstation_id').notNull(),
    table: text('table').notNull(),
    rowId: text('row_id').notNull(),
    scope: text('scope').notNull(),
    hlc: text('hlc').notNull(),
    fields: jsonb('fields').$type<Record<string, unknown>>().notNull(),
    receivedAt: at('received_at').notNull().defaultNow(),
  },
  (t) => [index('changes_scope_seq').on(t.scope, t.seq)],
);

/** One row: the last seq handed out. Pushes lock it, which makes seq gap-free and ordered. */
export const serverState = pgTable(
  'server_state',
  {
    id: integer('id').primaryKey(),
    lastSeq: bigint('last_seq', { mode: 'number' }).notNull(),
  },
  (t) => [check('server_state_one_row', sql`${t.id} = 1`)],
);

/**
 * Every row the desks have written, with its branch (what pushes are checked against), and the
 * server's merged copy of it by the same rule as the desks (sync/merge.ts). Pushes only add new
 * rows' owners; `data` and `clocks` are folded in from the log afterwards (fold.ts), outside the
 * numbering lock, and are null until a row's first fold.
 */
export const rows = pgTable(
  'rows',
  {
    table: text('table').notNull(),
    rowId: text('row_id').notNull(),
    scope: text('scope').notNull(),
    data: jsonb('data').$type<Record<string, unknown>>(),
    clocks: jsonb('clocks').$type<Record<string, string>>(),
  },
  // row_id first: a push looks its rows up by id alone.
  (t) => [primaryKey({ columns: [t.rowId, t.table] }), index('rows_table_scope').on(t.table, t.scope)],
);

/** One row: how far `rows` has been folded from the log (fold.ts). */
export const foldState = pgTable(
  'fold_state',
  {
    id: integer('id').primaryKey(),
    foldedSeq: bigint('folded_seq', { mode: 'number' }).notNull(),
  },
  (t) => [check('fold_state_one_row', sql`${t.id} = 1`)],
);

/**
 * Slot claims of every branch: one row per resource a booking holds (its bay and each mechanic).
 * The exclusion constraint is in the custom migration.
 */
export const bookingClaims = pgTable('booking_claims', {
  bookingId: text('booking_id').notNull(),
  resourceId: text('resource_id').notNull(),
  during: tstzrange('during').notNull(),
  branchId: text('branch_id')
    .notNull()
    .references(() => branches.id),
  workstationId: text('workstation_id')
    .notNull()
    .references(() => workstations.id),
  claimedAt: at('claimed_at').notNull(),
}, (t) => [primaryKey({ columns: [t.bookingId, t.resourceId] })]);
