import { sqliteTable, text, integer, index } from 'drizzle-orm/sqlite-core';
import { syncedColumns } from '../db/columns';
import { customers } from '../customers/schema';

export const vehicles = sqliteTable('vehicles', {
  ...syncedColumns,
  // The current owner; earlier owners are in vehicle_owners.
  customerId: text('customer_id').notNull().references(() => customers.id),
  plate: text('plate'),
  vin: text('vin'),
  make: text('make').notNull(),
  model: text('model').notNull(),
  year: integer('year'),
  // A, B, C, D, E, F, SUV, LCV, truck: labour norms may differ by class.
  vehicleClass: text('vehicle_class'),
  colour: text('colour'),
  notes: text('notes'),
}, (t) => [
  index('vehicles_customer_idx').on(t.customerId),
  index('vehicles_plate_idx').on(t.plate),
  index('vehicles_vin_idx').on(t.vin),
]);

// Ownership history: one row per period a customer owned the vehicle (to_at null = current owner).
export const vehicleOwners = sqliteTable('vehicle_owners', {
  ...syncedColumns,
  vehicleId: text('vehicle_id').notNull().references(() => vehicles.id),
  customerId: text('customer_id').notNull().references(() => customers.id),
  fromAt: text('from_at').notNull(),
  toAt: text('to_at'),
}, (t) => [index('vehicle_owners_vehicle_idx').on(t.vehicleId), index('vehicle_owners_customer_idx').on(t.customerId)]);

// Mileage is a ledger of readings (append-only); the vehicle's mileage is its latest reading.
export const mileageReadings = sqliteTable('mileage_readings', {
  ...syncedColumns,
  vehicleId: text('vehicle_id').notNull().references(() => vehicles.id),
  km: integer('km').notNull(),
  readAt: text('read_at').notNull(),
  source: text('source').notNull(),
}, (t) => [index('mileage_readings_vehicle_idx').on(t.vehicleId, t.readAt)]);

