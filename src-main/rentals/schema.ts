import { sql } from 'drizzle-orm';
import { sqliteTable, text, integer, index } from 'drizzle-orm/sqlite-core';
import { syncedColumns } from '../db/columns';
import { branches, legalEntities } from '../organisation/schema';
import { customers } from '../customers/schema';
import { employees } from '../staff/schema';

/** Machine types are a list the user edits (crane, excavator, tow truck, …). */
export const machineTypes = sqliteTable('machine_types', {
  ...syncedColumns,
  name: text('name').notNull(),
});

/** Our own machines and suppliers' machines we hire, with their rates. */
export const machines = sqliteTable('machines', {
  ...syncedColumns,
  typeId: text('type_id').notNull().references(() => machineTypes.id),
  model: text('model').notNull(),
  // Capacity in kilograms (25 t = 25000).
  capacityKg: integer('capacity_kg').notNull(),
  plate: text('plate').notNull(),
  ownership: text('ownership', { enum: ['own', 'supplier'] }).notNull(),
  supplierId: text('supplier_id').references(() => customers.id),
  // What the customer pays per hour, the minimum billable hours per trip (×100), per km.
  hourlyRateMinor: integer('hourly_rate_minor').notNull(),
  minHoursX100: integer('min_hours_x100').notNull(),
  ratePerKmMinor: integer('rate_per_km_minor').notNull(),
  // A supplier's machine: what we pay them per hour.
  supplierCostPerHourMinor: integer('supplier_cost_per_hour_minor'),
  active: integer('active', { mode: 'boolean' }).notNull(),
}, (t) => [index('machines_type_idx').on(t.typeId)]);

/** Drivers: our employees (role driver) or third-party drivers with their cost per hour. */
export const drivers = sqliteTable('drivers', {
  ...syncedColumns,
  name: text('name').notNull(),
  phone: text('phone'),
  employeeId: text('employee_id').references(() => employees.id),
  thirdParty: integer('third_party', { mode: 'boolean' }).notNull(),
  supplierId: text('supplier_id').references(() => customers.id),
  // What a trip hour of this driver costs us (payroll, or the third party's price).
  costPerHourMinor: integer('cost_per_hour_minor').notNull(),
  active: integer('active', { mode: 'boolean' }).notNull(),
});

export const dealStages = ['new', 'proposal', 'agreed', 'booked', 'in_work', 'completed', 'closed', 'lost'] as const;

export const rentalDeals = sqliteTable('rental_deals', {
  ...syncedColumns,
  branchId: text('branch_id').notNull().references(() => branches.id),
  number: text('number').notNull(),
  customerId: text('customer_id').notNull().references(() => customers.id),
  contactName: text('contact_name'),
  contactPhone: text('contact_phone'),
  siteAddress: text('site_address'),
  legalEntityId: text('legal_entity_id').references(() => legalEntities.id),
  stage: text('stage', { enum: dealStages }).notNull(),
  lostReason: text('lost_reason'),
  notes: text('notes'),
  // Ready for CRM: the lead this deal came from.
  leadId: text('lead_id'),
}, (t) => [index('rental_deals_customer_idx').on(t.customerId)]);

/**
 * One machine (or machine type, until chosen) with a driver for a time range. A confirmed
 * item holds its machine and driver: triggers refuse any overlap among confirmed items.
 * A supply item is hired from a supplier (their machine, plate and driver, at their price).
 */
export const rentalItems = sqliteTable('rental_items', {
  ...syncedColumns,
  dealId: text('deal_id').notNull().references(() => rentalDeals.id),
  machineTypeId: text('machine_type_id').notNull().references(() => machineTypes.id),
  machineId: text('machine_id').references(() => machines.id),
  driverId: text('driver_id').references(() => drivers.id),
  startAt: text('start_at').notNull(),
  endAt: text('end_at').notNull(),
  rateMinor: integer('rate_minor').notNull(),
  minHoursX100: integer('min_hours_x100').notNull(),
  orderedHoursX100: integer('ordered_hours_x100').notNull(),
  orderedKm: integer('ordered_km').notNull(),
  ratePerKmMinor: integer('rate_per_km_minor').notNull(),
  status: text('status', { enum: ['draft', 'confirmed', 'done', 'cancelled'] }).notNull(),
  supply: integer('supply', { mode: 'boolean' }).notNull(),
  supplierId: text('supplier_id').references(() => customers.id),
  supplierCostPerHourMinor: integer('supplier_cost_per_hour_minor'),
  supplyPlate: text('supply_plate'),
  supplyDriverName: text('supply_driver_name'),
  notes: text('notes'),
  overtimeInvoiceId: text('overtime_invoice_id'),
}, (t) => [
  index('rental_items_deal_idx').on(t.dealId),
  index('rental_items_machine_idx').on(t.machineId, t.endAt),
  index('rental_items_driver_idx').on(t.driverId, t.endAt),
  index('rental_items_start_idx').on(t.startAt),
  // Who holds a machine or a driver over a time range (availability):
  // only the confirmed items, however many years of done ones lie behind them.
  index('rental_items_confirmed_machine_idx').on(t.machineId, t.endAt, t.startAt).where(sql`status = 'confirmed' AND deleted_at IS NULL`),
  index('rental_items_confirmed_driver_idx').on(t.driverId, t.endAt, t.startAt).where(sql`status = 'confirmed' AND deleted_at IS NULL`),
]);

/** The waybill (путевой лист) of a trip: what actually happened. */
export const waybills = sqliteTable('waybills', {
  ...syncedColumns,
  itemId: text('item_id').notNull().references(() => rentalItems.id),
  actualStartAt: text('actual_start_at').notNull(),
  actualEndAt: text('actual_end_at').notNull(),
  downtimeHoursX100: integer('downtime_hours_x100').notNull(),
  km: integer('km').notNull(),
  odometerStart: integer('odometer_start'),
  odometerEnd: integer('odometer_end'),
  engineHoursStartX100: integer('engine_hours_start_x100'),
  engineHoursEndX100: integer('engine_hours_end_x100'),
  // Billable hours ×100 as computed when recorded (min hours and rounding applied).
  billableHoursX100: integer('billable_hours_x100').notNull(),
}, (t) => [
  index('waybills_item_idx').on(t.itemId),
  // The reports: a period's trips by their actual start.
  index('waybills_start_idx').on(t.actualStartAt).where(sql`deleted_at IS NULL`),
]);
