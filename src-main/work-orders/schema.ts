import { sqliteTable, text, integer, index } from 'drizzle-orm/sqlite-core';
import { syncedColumns } from '../db/columns';
import { branches, legalEntities } from '../organisation/schema';
import { customers } from '../customers/schema';
import { vehicles } from '../vehicles/schema';
import { employees } from '../staff/schema';
import { bookings } from '../scheduler/schema';
import { repairRequests } from '../requests/schema';
import { operations } from '../catalogue/schema';
import { items, warehouses, reservations } from '../stock/schema';

export const workOrderStatuses = ['draft', 'in_progress', 'completed', 'issued', 'cancelled'] as const;
export type WorkOrderStatus = (typeof workOrderStatuses)[number];

/** The work order (заказ-наряд). total_minor is kept with the lines, for lists and filters. */
export const workOrders = sqliteTable('work_orders', {
  ...syncedColumns,
  branchId: text('branch_id').notNull().references(() => branches.id),
  number: text('number').notNull(),
  status: text('status', { enum: workOrderStatuses }).notNull(),
  requestId: text('request_id').references(() => repairRequests.id),
  bookingId: text('booking_id').references(() => bookings.id),
  customerId: text('customer_id').notNull().references(() => customers.id),
  // Who pays: the customer, or another counterparty (an insurer, a fleet company).
  payerId: text('payer_id').notNull().references(() => customers.id),
  vehicleId: text('vehicle_id').references(() => vehicles.id),
  mileageKm: integer('mileage_km'),
  complaint: text('complaint'),
  acceptedAt: text('accepted_at'),
  promisedAt: text('promised_at'),
  completedAt: text('completed_at'),
  issuedAt: text('issued_at'),
  advisorId: text('advisor_id').references(() => employees.id),
  legalEntityId: text('legal_entity_id').references(() => legalEntities.id),
  totalMinor: integer('total_minor').notNull(),
  notes: text('notes'),
}, (t) => [
  index('work_orders_created_idx').on(t.createdAt),
  index('work_orders_status_idx').on(t.status, t.createdAt),
  index('work_orders_customer_idx').on(t.customerId),
  index('work_orders_vehicle_idx').on(t.vehicleId),
]);

export const workOrderLabour = sqliteTable('work_order_labour', {
  ...syncedColumns,
  workOrderId: text('work_order_id').notNull().references(() => workOrders.id),
  operationId: text('operation_id').references(() => operations.id),
  code: text('code'),
  name: text('name').notNull(),
  hoursX100: integer('hours_x100').notNull(),
  rateMinor: integer('rate_minor').notNull(),
  quantityX1000: integer('quantity_x1000').notNull(),
  // Discount in basis points of the line (1000 = 10 %).
  discountBp: integer('discount_bp').notNull(),
  position: integer('position').notNull(),
}, (t) => [index('work_order_labour_order_idx').on(t.workOrderId)]);

/** Who did a labour line, with their share (basis points; a line's shares sum to 10 000). */
export const workOrderLabourMechanics = sqliteTable('work_order_labour_mechanics', {
  ...syncedColumns,
  labourId: text('labour_id').notNull().references(() => workOrderLabour.id),
  employeeId: text('employee_id').notNull().references(() => employees.id),
  shareBp: integer('share_bp').notNull(),
}, (t) => [index('work_order_labour_mechanics_labour_idx').on(t.labourId), index('work_order_labour_mechanics_employee_idx').on(t.employeeId)]);

export const workOrderParts = sqliteTable('work_order_parts', {
  ...syncedColumns,
  workOrderId: text('work_order_id').notNull().references(() => workOrders.id),
  itemId: text('item_id').references(() => items.id),
  article: text('article'),
  name: text('name').notNull(),
  unit: text('unit', { enum: ['pcs', 'l', 'kg', 'm', 'set'] }).notNull(),
  quantityX1000: integer('quantity_x1000').notNull(),
  priceMinor: integer('price_minor').notNull(),
  discountBp: integer('discount_bp').notNull(),
  // The customer's own part: listed, no charge, no stock movement.
  customerSupplied: integer('customer_supplied', { mode: 'boolean' }).notNull(),
  warehouseId: text('warehouse_id').references(() => warehouses.id),
  reservationId: text('reservation_id').references(() => reservations.id),
  position: integer('position').notNull(),
}, (t) => [index('work_order_parts_order_idx').on(t.workOrderId)]);

/** What happened to the order: status changes and reopenings, with who and why. */
export const workOrderEvents = sqliteTable('work_order_events', {
  ...syncedColumns,
  workOrderId: text('work_order_id').notNull().references(() => workOrders.id),
  kind: text('kind', { enum: ['status', 'reopen'] }).notNull(),
  fromStatus: text('from_status'),
  toStatus: text('to_status').notNull(),
  note: text('note'),
}, (t) => [index('work_order_events_order_idx').on(t.workOrderId)]);

/** Work advised but not done, kept on the vehicle for next time. */
export const recommendations = sqliteTable('recommendations', {
  ...syncedColumns,
  vehicleId: text('vehicle_id').notNull().references(() => vehicles.id),
  workOrderId: text('work_order_id').references(() => workOrders.id),
  text: text('text').notNull(),
  doneAt: text('done_at'),
}, (t) => [index('recommendations_vehicle_idx').on(t.vehicleId)]);

export type DamageMarkRow = { view: 'top' | 'left' | 'right' | 'front' | 'rear'; x: number; y: number; kind: 'scratch' | 'dent' | 'chip' | 'crack' | 'other'; note?: string | null };

/** The inspection act at acceptance: damage marks on the outline, fuel, mileage, items left. */
export const inspections = sqliteTable('inspections', {
  ...syncedColumns,
  workOrderId: text('work_order_id').notNull().references(() => workOrders.id),
  marks: text('marks', { mode: 'json' }).$type<DamageMarkRow[]>().notNull(),
  fuelEighths: integer('fuel_eighths').notNull(),
  mileageKm: integer('mileage_km'),
  itemsLeft: text('items_left'),
  notes: text('notes'),
}, (t) => [index('inspections_order_idx').on(t.workOrderId)]);

export const inspectionPhotos = sqliteTable('inspection_photos', {
  ...syncedColumns,
  inspectionId: text('inspection_id').notNull().references(() => inspections.id),
  name: text('name').notNull(),
  // A data URL (image/jpeg or image/png), so a photo travels and prints as it is.
  dataUrl: text('data_url').notNull(),
}, (t) => [index('inspection_photos_inspection_idx').on(t.inspectionId)]);
