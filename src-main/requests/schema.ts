import { sqliteTable, text, integer, index } from 'drizzle-orm/sqlite-core';
import { syncedColumns } from '../db/columns';
import { branches } from '../organisation/schema';
import { customers } from '../customers/schema';
import { vehicles } from '../vehicles/schema';
import { bookings } from '../scheduler/schema';
import { operations } from '../catalogue/schema';

export const requestStatuses = ['new', 'confirmed', 'arrived', 'converted', 'cancelled', 'no_show'] as const;

/** A repair request (заявка на ремонт), made from a booking. */
export const repairRequests = sqliteTable('repair_requests', {
  ...syncedColumns,
  branchId: text('branch_id').notNull().references(() => branches.id),
  // Branch prefix + this desk's sequence, e.g. "A-З-000123": unique even from two offline desks
  // once each desk has its own prefix.
  number: text('number').notNull(),
  bookingId: text('booking_id').references(() => bookings.id),
  customerId: text('customer_id').references(() => customers.id),
  vehicleId: text('vehicle_id').references(() => vehicles.id),
  complaint: text('complaint'),
  status: text('status', { enum: requestStatuses }).notNull(),
  estimatedMinutes: integer('estimated_minutes').notNull(),
  preliminaryCostMinor: integer('preliminary_cost_minor').notNull(),
}, (t) => [index('repair_requests_booking_idx').on(t.bookingId), index('repair_requests_customer_idx').on(t.customerId)]);

export const requestOperations = sqliteTable('request_operations', {
  ...syncedColumns,
  requestId: text('request_id').notNull().references(() => repairRequests.id),
  operationId: text('operation_id').references(() => operations.id),
  name: text('name').notNull(),
  standardHoursX100: integer('standard_hours_x100').notNull(),
  rateMinor: integer('rate_minor').notNull(),
  quantityX1000: integer('quantity_x1000').notNull(),
  amountMinor: integer('amount_minor').notNull(),
  position: integer('position').notNull(),
}, (t) => [index('request_operations_request_idx').on(t.requestId)]);
