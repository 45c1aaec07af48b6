import { and, desc, eq, isNull, inArray } from 'drizzle-orm';
import type { z } from 'zod';
import { command, query, type Ctx } from '../api/define';
import { AppError, fieldError } from '../api/errors';
import { insertRow, updateRow, tombstoneRow, getLive } from '../db/dal';
import { customers } from './schema';
import { vehicles, vehicleOwners } from '../vehicles/schema';
import { customerCreate, customerUpdate, customerGet, customerSearch, customerMerge } from './inputs';
import { mergeCustomers } from './merge';
import { mergeTargets } from './merged';
import { refreshSearchDoc, searchCustomers } from './search';
import { withChecks } from '../vehicles/app';

export const customersApi = {
  'customers.create': command('Create a customer (person or company).', customerCreate, createCustomer),
  'customers.update': command('Change a customer; omitted fields stay as they are, null clears.', customerUpdate, updateCustomer),
  'customers.get': query('One customer with their vehicles (current and previously owned).', customerGet, getCustomer),
  'customers.mergedInto': query('Where a merged card went: the customer it ended up in (through later merges too), or null for a card that was not merged.', customerGet, (ctx, input) => ({
    item: mergeTargets(ctx.db).get(input.id) ?? null,
  })),
  'customers.search': query('Find customers by any fragment of name, phone, plate (either alphabet), VIN, e-mail or ИНН.', customerSearch, (ctx, input) =>
    searchCustomers(ctx.db, input.q, input.limit, input.suppliersOnly),
  ),
  'customers.remove': command('Remove a customer (a tombstone; history stays). Refused while they own vehicles.', customerGet, removeCustomer),
  'customers.merge': command(
    'Merge two cards of one customer: vehicles, bookings, requests, work orders, invoices and rental deals move to the kept customer, phones are united, the other card is removed (its payments count for the kept one); an open same-phone conflict between them is resolved. Answers the kept customer.',
    customerMerge,
    (ctx, input) => {
      mergeCustomers(ctx.db, input.keepId, input.mergeId);
      return getCustomer(ctx, { id: input.keepId });
    },
  ),
};

export type Customer = typeof customers.$inferSelect;

function createCustomer(ctx: Ctx, input: z.output<typeof customerCreate>): Customer {
  const row = insertRow(ctx.db, customers, {
    kind: input.kind,
    name: input.name,
    phones: dedupe(input.phones),
    email: input.email ?? null,
    messengers: input.messengers ?? [],
    consentToMessages: input.consentToMessages ?? false,
    inn: input.inn ?? null,
    kpp: input.kind === 'company' ? (input.kpp ?? null) : null,
    discountPct: input.discountPct ?? 0,
    isSupplier: input.isSupplier ?? false,
    notes: input.notes ?? null,
  });
  refreshSearchDoc(ctx.db, row.id);
  return row;
}

function updateCustomer(ctx: Ctx, input: z.output<typeof customerUpdate>): Customer {
  const { id, ...patch } = input;
  const current = getLive(ctx.db, customers, id, 'customer');
  const kind = patch.kind ?? current.kind;
  if (kind === 'person' && (patch.inn ?? current.inn)?.length === 10) throw fieldError('inn', 'field.inn_invalid');
  const row = updateRow(
    ctx.db,
    customers,
    id,
    {
      ...patch,
      phones: patch.phones ? dedupe(patch.phones) : undefined,
      kpp: kind === 'person' ? null : patch.kpp,
    },
    'customer',
  );
  refreshSearchDoc(ctx.db, id);
  return row;
}

function getCustomer(ctx: Ctx, input: { id: string }) {
  const customer = getLive(ctx.db, customers, input.id, 'customer');
  const own = ctx.db
    .select()
    .from(vehicles)
    .where(and(eq(vehicles.customerId, input.id), isNull(vehicles.deletedAt)))
    .orderBy(desc(vehicles.id))
    .all();
  // Vehicles this customer owned before: ownership periods that have ended.
  const pastIds = ctx.db
    .select({ vehicleId: vehicleOwners.vehicleId, toAt: vehicleOwners.toAt })
    .from(vehicleOwners)
    .where(and(eq(vehicleOwners.customerId, input.id), isNull(vehicleOwners.deletedAt)))
    .all()
    .filter((o) => o.toAt && !own.some((v) => v.id === o.vehicleId));
  const past = pastIds.length
    ? ctx.db.select().from(vehicles).where(inArray(vehicles.id, pastIds.map((p) => p.vehicleId))).all()
    : [];
  return {
    ...customer,
    vehicles: own.map((v) => withChecks(ctx.db, v)),
    pastVehicles: past.map((v) => ({ ...v, ownedUntil: pastIds.find((p) => p.vehicleId === v.id)?.toAt ?? null })),
  };
}

function removeCustomer(ctx: Ctx, input: { id: string }): { id: string } {
  getLive(ctx.db, customers, input.id, 'customer');
  const owned = ctx.db.select({ id: vehicles.id }).from(vehicles).where(and(eq(vehicles.customerId, input.id), isNull(vehicles.deletedAt))).get();
  if (owned) throw new AppError('conflict', {}, undefined, 'field.customer_has_vehicles');
  tombstoneRow(ctx.db, customers, input.id, 'customer');
  refreshSearchDoc(ctx.db, input.id);
  return { id: input.id };
}

function dedupe(phones: string[]): string[] {
  return [...new Set(phones)];
}
