import { and, desc, eq, inArray, isNull, asc } from 'drizzle-orm';
import type { z } from 'zod';
import { command, query, type Ctx } from '../api/define';
import { byId } from '../api/fields';
import { fieldError } from '../api/errors';
import { insertRow, updateRow, tombstoneChildren, getLive } from '../db/dal';
import type { Db } from '../db/open';
import { nextCounter } from '../db/counters';
import { repairRequests, requestOperations } from './schema';
import { bookings } from '../scheduler/schema';
import { customers } from '../customers/schema';
import { vehicles } from '../vehicles/schema';
import { operations } from '../catalogue/schema';
import { currentBranch } from '../organisation/app';
import { customersApi } from '../customers/app';
import { vehiclesApi } from '../vehicles/app';
import { operationWithNorms, templateWithLines } from '../catalogue/app';
import { normFor, labourAmount, labourMinutes } from '../catalogue/norms';
import { setBookingStatus } from '../scheduler/bookings';
import { requestCreate, requestUpdate, requestStatus, requestForBooking, requestList } from './inputs';
import { withMergedIds } from '../customers/merged';

export const requestsApi = {
  'requests.create': command('Make a repair request, usually from a booking; customer and vehicle may be created in place.', requestCreate, createRequest),
  'requests.update': command('Change a request; operations, when given, replace the old ones.', requestUpdate, updateRequest),
  'requests.get': query('One repair request with its operations and estimate.', byId, (ctx, input) => requestView(ctx.db, input.id)),
  'requests.forBooking': query('The repair request made from a booking, or null.', requestForBooking, (ctx, input) => {
    const row = ctx.db.select({ id: repairRequests.id }).from(repairRequests).where(and(eq(repairRequests.bookingId, input.bookingId), isNull(repairRequests.deletedAt))).get();
    return row ? requestView(ctx.db, row.id) : null;
  }),
  'requests.list': query('Recent repair requests, optionally of one status or one customer.', requestList, (ctx, input) => ({
    items: ctx.db
      .select()
      .from(repairRequests)
      .where(and(isNull(repairRequests.deletedAt), input.status ? eq(repairRequests.status, input.status) : undefined, input.customerId ? inArray(repairRequests.customerId, withMergedIds(ctx.db, input.customerId)) : undefined))
      .orderBy(desc(repairRequests.id))
      .limit(input.limit ?? 100)
      .all(),
  })),
  'requests.setStatus': command('Set a request’s status; the booking follows (arrived, cancelled, no-show).', requestStatus, setRequestStatus),
};

type Line = z.output<typeof requestCreate>['operations'] extends (infer L)[] | undefined ? L : never;

/** Resolves customer and vehicle ids, creating them in place when asked. */
function resolveParties(ctx: Ctx, input: z.output<typeof requestCreate>, current?: { customerId: string | null; vehicleId: string | null }) {
  let customerId = input.customerId === undefined ? (current?.customerId ?? null) : input.customerId;
  let vehicleId = input.vehicleId === undefined ? (current?.vehicleId ?? null) : input.vehicleId;
  if (input.newCustomer) customerId = customersApi['customers.create'].run(ctx, input.newCustomer).id;
  if (input.newVehicle) {
    if (!customerId) throw fieldError('customerId', 'field.required');
    vehicleId = vehiclesApi['vehicles.create'].run(ctx, { ...input.newVehicle, customerId }).id;
  }
  if (customerId) getLive(ctx.db, customers, customerId, 'customer');
  if (vehicleId) {
    const car = getLive(ctx.db, vehicles, vehicleId, 'vehicle');
    if (!customerId) customerId = car.customerId;
    else if (car.customerId !== customerId) throw fieldError('vehicleId', 'field.vehicle_not_customers');
  }
  return { customerId, vehicleId };
}

/** Expands a template and catalogue references into priced lines for this vehicle. */
function priceLines(db: Db, lines: Line[], templateId: string | undefined, vehicleId: string | null) {
  const vehicle = vehicleId ? db.select().from(vehicles).where(eq(vehicles.id, vehicleId)).get() : null;
  const branchRate = currentBranch(db).labourRateMinor;
  const all: Line[] = [...(templateId ? templateWithLines(db, templateId).operations.map((o) => ({ operationId: o.operationId, quantityX1000: o.quantityX1000 })) : []), ...lines];
  return all.map((l) => {
    const op = l.operationId ? operationWithNorms(db, l.operationId) : null;
    const standardHoursX100 = l.standardHoursX100 ?? (op ? normFor(op.standardHoursX100, op.norms, vehicle) : 0);
    const rateMinor = l.rateMinor ?? op?.effectiveRateMinor ?? branchRate;
    const quantityX1000 = l.quantityX1000 ?? 1000;
    return { operationId: op?.id ?? null, name: l.name ?? op!.name, standardHoursX100, rateMinor, quantityX1000, amountMinor: labourAmount(standardHoursX100, quantityX1000, rateMinor) };
  });
}

function writeLines(ctx: Ctx, requestId: string, priced: ReturnType<typeof priceLines>) {
  tombstoneChildren(ctx.db, requestOperations, requestOperations.requestId, requestId);
  priced.forEach((l, position) => insertRow(ctx.db, requestOperations, { requestId, ...l, position }));
  return {
    estimatedMinutes: priced.reduce((s, l) => s + labourMinutes(l.standardHoursX100, l.quantityX1000), 0),
    preliminaryCostMinor: priced.reduce((s, l) => s + l.amountMinor, 0),
  };
}

function createRequest(ctx: Ctx, input: z.output<typeof requestCreate>) {
  const booking = input.bookingId ? getLive(ctx.db, bookings, input.bookingId, 'booking') : null;
  const parties = resolveParties(ctx, input, booking ?? undefined);
  const branch = currentBranch(ctx.db);
  const number = `${branch.docPrefix}-${String(nextCounter(ctx.db, 'repair_request')).padStart(6, '0')}`;
  const row = insertRow(ctx.db, repairRequests, {
    branchId: branch.id,
    number,
    bookingId: booking?.id ?? null,
    customerId: parties.customerId,
    vehicleId: parties.vehicleId,
    complaint: input.complaint ?? null,
    status: 'new',
    estimatedMinutes: 0,
    preliminaryCostMinor: 0,
  });
  const totals = writeLines(ctx, row.id, priceLines(ctx.db, input.operations ?? [], input.templateId, parties.vehicleId));
  updateRow(ctx.db, repairRequests, row.id, totals, 'request');
  // The booking shows who is coming.
  if (booking) updateRow(ctx.db, bookings, booking.id, { customerId: parties.customerId, vehicleId: parties.vehicleId }, 'booking');
  return requestView(ctx.db, row.id);
}

function updateRequest(ctx: Ctx, input: z.output<typeof requestUpdate>) {
  const row = getLive(ctx.db, repairRequests, input.id, 'request');
  const parties = resolveParties(ctx, input, row);
  updateRow(ctx.db, repairRequests, row.id, { ...parties, complaint: input.complaint }, 'request');
  if (input.operations || input.templateId) {
    updateRow(ctx.db, repairRequests, row.id, writeLines(ctx, row.id, priceLines(ctx.db, input.operations ?? [], input.templateId, parties.vehicleId)), 'request');
  }
  if (row.bookingId) updateRow(ctx.db, bookings, row.bookingId, parties, 'booking');
  return requestView(ctx.db, row.id);
}

const bookingFollows = { confirmed: 'confirmed', arrived: 'arrived', cancelled: 'cancelled', no_show: 'no_show', converted: 'in_progress' } as const;

export function setRequestStatus(ctx: Ctx, input: z.output<typeof requestStatus>) {
  const row = getLive(ctx.db, repairRequests, input.id, 'request');
  updateRow(ctx.db, repairRequests, row.id, { status: input.status }, 'request');
  const follow = input.status === 'new' ? undefined : bookingFollows[input.status];
  if (row.bookingId && follow) setBookingStatus(ctx, { id: row.bookingId, status: follow });
  return requestView(ctx.db, row.id);
}

export function requestView(db: Db, id: string) {
  const row = getLive(db, repairRequests, id, 'request');
  const lines = db
    .select({ operationId: requestOperations.operationId, code: operations.code, name: requestOperations.name, standardHoursX100: requestOperations.standardHoursX100, rateMinor: requestOperations.rateMinor, quantityX1000: requestOperations.quantityX1000, amountMinor: requestOperations.amountMinor })
    .from(requestOperations)
    .leftJoin(operations, eq(operations.id, requestOperations.operationId))
    .where(and(eq(requestOperations.requestId, id), isNull(requestOperations.deletedAt)))
    .orderBy(asc(requestOperations.position))
    .all();
  const customer = row.customerId ? db.select({ id: customers.id, name: customers.name, phones: customers.phones }).from(customers).where(eq(customers.id, row.customerId)).get() : null;
  const vehicle = row.vehicleId ? db.select({ id: vehicles.id, plate: vehicles.plate, make: vehicles.make, model: vehicles.model, vin: vehicles.vin }).from(vehicles).where(eq(vehicles.id, row.vehicleId)).get() : null;
  return { ...row, operations: lines, customer: customer ?? null, vehicle: vehicle ?? null };
}
