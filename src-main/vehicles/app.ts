import { and, desc, eq, isNull, ne } from 'drizzle-orm';
import type { z } from 'zod';
import { command, query, type Ctx } from '../api/define';
import { AppError, fieldError } from '../api/errors';
import { insertRow, updateRow, tombstoneRow, getLive } from '../db/dal';
import type { Db } from '../db/open';
import { nowIso } from '../db/ids';
import { customers } from '../customers/schema';
import { vehicles, vehicleOwners, mileageReadings } from './schema';
import { vehicleCreate, vehicleUpdate, vehicleGet, vehicleTransfer } from './inputs';
import { refreshSearchDoc } from '../customers/search';
import { checkVin } from '../validation/vin';

export const vehiclesApi = {
  'vehicles.create': command('Add a vehicle to a customer.', vehicleCreate, createVehicle),
  'vehicles.update': command('Change a vehicle; a new mileage is recorded as a reading and cannot go down.', vehicleUpdate, updateVehicle),
  'vehicles.get': query('One vehicle with its owners over time and its mileage readings.', vehicleGet, getVehicle),
  'vehicles.transfer': command('Give the vehicle a new owner; the previous ownership stays in its history.', vehicleTransfer, transferVehicle),
  'vehicles.remove': command('Remove a vehicle (a tombstone; history stays).', vehicleGet, removeVehicle),
};

export type Vehicle = typeof vehicles.$inferSelect;

export function currentMileage(db: Db, vehicleId: string): number | null {
  const row = db
    .select({ km: mileageReadings.km })
    .from(mileageReadings)
    .where(and(eq(mileageReadings.vehicleId, vehicleId), isNull(mileageReadings.deletedAt)))
    .orderBy(desc(mileageReadings.readAt), desc(mileageReadings.id))
    .limit(1)
    .get();
  return row?.km ?? null;
}

export function withChecks(db: Db, v: Vehicle) {
  return { ...v, mileage: currentMileage(db, v.id), vinCheckDigitOk: v.vin ? checkVin(v.vin).checkDigitOk : null };
}

/** One live vehicle per VIN: a second card for the same car would split its history. */
function assertVinFree(db: Db, vin: string | null | undefined, exceptId?: string) {
  if (!vin) return;
  const other = db
    .select({ id: vehicles.id, owner: customers.name })
    .from(vehicles)
    .innerJoin(customers, eq(customers.id, vehicles.customerId))
    .where(and(eq(vehicles.vin, vin), isNull(vehicles.deletedAt), exceptId ? ne(vehicles.id, exceptId) : undefined))
    .get();
  if (other) throw new AppError('conflict', { detail: `VIN ${vin} → ${other.owner}` }, { vin: 'field.vin_taken' });
}

export function recordMileage(db: Db, vehicleId: string, km: number, source: string) {
  const last = currentMileage(db, vehicleId);
  if (last !== null && km < last) throw fieldError('mileage', 'field.mileage_lower', { km: last });
  if (last === km) return;
  insertRow(db, mileageReadings, { vehicleId, km, readAt: nowIso(), source });
}

function createVehicle(ctx: Ctx, input: z.output<typeof vehicleCreate>) {
  getLive(ctx.db, customers, input.customerId, 'customer');
  assertVinFree(ctx.db, input.vin);
  const row = insertRow(ctx.db, vehicles, {
    customerId: input.customerId,
    plate: input.plate ?? null,
    vin: input.vin ?? null,
    make: input.make,
    model: input.model,
    year: input.year ?? null,
    colour: input.colour ?? null,
    vehicleClass: input.vehicleClass ?? null,
    notes: input.notes ?? null,
  });
  insertRow(ctx.db, vehicleOwners, { vehicleId: row.id, customerId: input.customerId, fromAt: row.createdAt, toAt: null });
  if (input.mileage !== undefined) recordMileage(ctx.db, row.id, input.mileage, 'card');
  refreshSearchDoc(ctx.db, input.customerId);
  return withChecks(ctx.db, row);
}

function updateVehicle(ctx: Ctx, input: z.output<typeof vehicleUpdate>) {
  const { id, mileage, ...patch } = input;
  assertVinFree(ctx.db, patch.vin, id);
  const row = updateRow(ctx.db, vehicles, id, patch, 'vehicle');
  if (mileage !== undefined) recordMileage(ctx.db, id, mileage, 'card');
  refreshSearchDoc(ctx.db, row.customerId);
  return withChecks(ctx.db, row);
}

function getVehicle(ctx: Ctx, input: { id: string }) {
  const row = getLive(ctx.db, vehicles, input.id, 'vehicle');
  const owners = ctx.db
    .select({ customerId: vehicleOwners.customerId, name: customers.name, fromAt: vehicleOwners.fromAt, toAt: vehicleOwners.toAt })
    .from(vehicleOwners)
    .innerJoin(customers, eq(customers.id, vehicleOwners.customerId))
    .where(and(eq(vehicleOwners.vehicleId, input.id), isNull(vehicleOwners.deletedAt)))
    .orderBy(vehicleOwners.fromAt)
    .all();
  const readings = ctx.db
    .select({ km: mileageReadings.km, readAt: mileageReadings.readAt, source: mileageReadings.source })
    .from(mileageReadings)
    .where(and(eq(mileageReadings.vehicleId, input.id), isNull(mileageReadings.deletedAt)))
    .orderBy(mileageReadings.readAt)
    .all();
  return { ...withChecks(ctx.db, row), owners, mileageReadings: readings };
}

function transferVehicle(ctx: Ctx, input: z.output<typeof vehicleTransfer>) {
  const car = getLive(ctx.db, vehicles, input.id, 'vehicle');
  getLive(ctx.db, customers, input.customerId, 'customer');
  if (car.customerId === input.customerId) throw fieldError('customerId', 'field.vehicle_has_owner');
  const at = nowIso();
  const open = ctx.db
    .select({ id: vehicleOwners.id })
    .from(vehicleOwners)
    .where(and(eq(vehicleOwners.vehicleId, car.id), isNull(vehicleOwners.toAt), isNull(vehicleOwners.deletedAt)))
    .all();
  for (const o of open) updateRow(ctx.db, vehicleOwners, o.id, { toAt: at }, 'vehicle');
  insertRow(ctx.db, vehicleOwners, { vehicleId: car.id, customerId: input.customerId, fromAt: at, toAt: null });
  const row = updateRow(ctx.db, vehicles, car.id, { customerId: input.customerId }, 'vehicle');
  refreshSearchDoc(ctx.db, car.customerId);
  refreshSearchDoc(ctx.db, input.customerId);
  return withChecks(ctx.db, row);
}

function removeVehicle(ctx: Ctx, input: { id: string }): { id: string } {
  const car = getLive(ctx.db, vehicles, input.id, 'vehicle');
  tombstoneRow(ctx.db, vehicles, input.id, 'vehicle');
  refreshSearchDoc(ctx.db, car.customerId);
  return { id: input.id };
}
