import { sqliteTable, text, integer, index } from 'drizzle-orm/sqlite-core';
import { syncedColumns } from '../db/columns';
import { branches } from '../organisation/schema';
import { employees } from '../staff/schema';
import { customers } from '../customers/schema';
import { vehicles } from '../vehicles/schema';

export const bayKinds = ['lift', 'bay', 'pit', 'wash', 'other'] as const;

export const bays = sqliteTable('bays', {
  ...syncedColumns,
  branchId: text('branch_id').notNull().references(() => branches.id),
  name: text('name').notNull(),
  kind: text('kind', { enum: bayKinds }).notNull(),
  active: integer('active', { mode: 'boolean' }).notNull(),
});

/**
 * Working time as intervals per weekday (0 = Sunday … 6 = Saturday), in minutes from
 * midnight in the branch's time zone. Several intervals a day make breaks; no interval, a
 * day off. employee_id null = the branch's opening hours; otherwise a mechanic's own hours.
 */
export const workingHours = sqliteTable('working_hours', {
  ...syncedColumns,
  branchId: text('branch_id').notNull().references(() => branches.id),
  employeeId: text('employee_id').references(() => employees.id),
  weekday: integer('weekday').notNull(),
  startMinute: integer('start_minute').notNull(),
  endMinute: integer('end_minute').notNull(),
}, (t) => [index('working_hours_owner_idx').on(t.branchId, t.employeeId)]);

/** Dates that differ from the weekly pattern: holidays, days off, a mechanic's absence. */
export const calendarExceptions = sqliteTable('calendar_exceptions', {
  ...syncedColumns,
  branchId: text('branch_id').notNull().references(() => branches.id),
  employeeId: text('employee_id').references(() => employees.id),
  // Business dates, YYYY-MM-DD in the branch's time zone, inclusive.
  fromDate: text('from_date').notNull(),
  toDate: text('to_date').notNull(),
  kind: text('kind', { enum: ['holiday', 'day_off', 'absence', 'sick', 'vacation'] }).notNull(),
  note: text('note'),
}, (t) => [index('calendar_exceptions_dates_idx').on(t.branchId, t.fromDate)]);

export const bookingStatuses = ['tentative', 'confirmed', 'arrived', 'in_progress', 'done', 'no_show', 'cancelled'] as const;
export type BookingStatus = (typeof bookingStatuses)[number];

/**
 * A booking holds one bay and zero or more mechanics (booking_mechanics) from start_at to
 * end_at (UTC, ISO 8601 with milliseconds, so text order is time order). Triggers in the
 * migration refuse any overlap on the same bay or mechanic among bookings that are not
 * cancelled, whatever code path or process writes.
 */
export const bookings = sqliteTable('bookings', {
  ...syncedColumns,
  branchId: text('branch_id').notNull().references(() => branches.id),
  bayId: text('bay_id').notNull().references(() => bays.id),
  startAt: text('start_at').notNull(),
  endAt: text('end_at').notNull(),
  status: text('status', { enum: bookingStatuses }).notNull(),
  customerId: text('customer_id').references(() => customers.id),
  vehicleId: text('vehicle_id').references(() => vehicles.id),
  note: text('note'),
}, (t) => [
  // The overlap trigger's lookup: same bay, ending after the new start.
  index('bookings_bay_end_idx').on(t.bayId, t.endAt),
  // bookings.list: a time window.
  index('bookings_start_idx').on(t.startAt),
  // The mechanic overlap check: bookings still running after the new start (few, even
  // with ten years of history behind them).
  index('bookings_end_idx').on(t.endAt),
]);

export const bookingMechanics = sqliteTable('booking_mechanics', {
  ...syncedColumns,
  bookingId: text('booking_id').notNull().references(() => bookings.id),
  employeeId: text('employee_id').notNull().references(() => employees.id),
}, (t) => [index('booking_mechanics_booking_idx').on(t.bookingId, t.employeeId), index('booking_mechanics_employee_idx').on(t.employeeId)]);
