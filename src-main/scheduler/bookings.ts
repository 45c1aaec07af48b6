import { and, eq, isNull, inArray } from 'drizzle-orm';
import type { z } from 'zod';
import type { Ctx } from '../api/define';
import { AppError, fieldError } from '../api/errors';
import { insertRow, updateRow, getLive, tombstoneRow } from '../db/dal';
import type { Db } from '../db/open';
import { prepared } from '../db/prepared';
import { bays, bookings, bookingMechanics } from './schema';
import { employees } from '../staff/schema';
import { customers } from '../customers/schema';
import { vehicles } from '../vehicles/schema';
import { currentBranch } from '../organisation/app';
import { bookingQueries, maxBookingDays } from './bookings.sql';
import { type bookingCreate, type bookingMove, type bookingList, type bookingStatus, type bookingUpdate } from './inputs';
import { openTime } from './hours';
import { unconfirmedBookings } from '../sync/claims';
import { withinOpen } from './working-time';

export type BookingView = {
  id: string;
  bayId: string;
  mechanicIds: string[];
  start: string;
  end: string;
  status: (typeof bookings.$inferSelect)['status'];
  customerId: string | null;
  vehicleId: string | null;
  note: string | null;
  customerName: string | null;
  vehiclePlate: string | null;
  vehicleTitle: string | null;
  requestId: string | null;
  requestNumber: string | null;
  // Only on an enrolled desk: the slot is not yet confirmed by head office.
  unconfirmed?: true;
};

const dayMs = 86_400_000;

function assertBay(db: Db, bayId: string) {
  const bay = getLive(db, bays, bayId, 'bay');
  if (!bay.active) throw fieldError('bayId', 'field.bay_inactive');
  return bay;
}

function assertMechanics(db: Db, ids: string[]) {
  if (!ids.length) return;
  const found = db
    .select({ id: employees.id })
    .from(employees)
    .where(and(inArray(employees.id, ids), eq(employees.role, 'mechanic'), eq(employees.active, true), isNull(employees.deletedAt)))
    .all();
  const missing = ids.findIndex((id) => !found.some((f) => f.id === id));
  if (missing >= 0) throw fieldError(`mechanicIds.${missing}`, 'field.not_a_mechanic');
}

function assertParties(db: Db, customerId?: string | null, vehicleId?: string | null) {
  if (customerId) getLive(db, customers, customerId, 'customer');
  if (vehicleId) {
    const car = getLive(db, vehicles, vehicleId, 'vehicle');
    if (customerId && car.customerId !== customerId) throw fieldError('vehicleId', 'field.vehicle_not_customers');
  }
}

/** Refuses closed time unless the person confirmed it (allowOutsideHours). */
function assertOpen(ctx: Ctx, bayId: string, mechanicIds: string[], start: string, end: string) {
  const branch = currentBranch(ctx.db);
  const range = { start: Date.parse(start), end: Date.parse(end) };
  const from = new Date(range.start);
  const to = new Date(range.end);
  if (!withinOpen(range, openTime(ctx.db, branch, null, from, to))) {
    throw new AppError('outside_hours', { detail: getLive(ctx.db, bays, bayId, 'bay').name });
  }
  for (const id of mechanicIds) {
    if (!withinOpen(range, openTime(ctx.db, branch, id, from, to))) {
      throw new AppError('outside_hours', { detail: getLive(ctx.db, employees, id, 'employee').name });
    }
  }
}

function describe(ctx: Ctx, id: string): BookingView {
  const row = getLive(ctx.db, bookings, id, 'booking');
  const [view] = listWindow(ctx.db, row.startAt, new Date(Date.parse(row.startAt) + 1).toISOString(), true).filter((b) => b.id === id);
  return view;
}

/**
 * Turns the overlap trigger's abort into booking_conflict with the booking in the way, found
 * by the same rule the trigger used.
 */
function explainConflict(ctx: Ctx, e: unknown, selfId: string, bayId: string, mechanicIds: string[], start: string, end: string): never {
  if (!(e instanceof Error) || !/booking_conflict|booking_range/.test(e.message)) throw e;
  if (e.message.includes('booking_range')) throw fieldError('end', 'field.end_before_start');
  const sqlite = ctx.db.$client;
  let blocker = prepared(sqlite, bookingQueries.bayBlockers).get(bayId, start, end, selfId) as { id: string } | undefined;
  let resourceId = bayId;
  let resource = bayId ? getLive(ctx.db, bays, bayId, 'bay').name : '';
  for (const m of mechanicIds) {
    if (blocker) break;
    blocker = prepared(sqlite, bookingQueries.mechanicBlockers).get(m, start, end, selfId) as { id: string } | undefined;
    if (blocker) {
      resourceId = m;
      resource = getLive(ctx.db, employees, m, 'employee').name;
    }
  }
  const other = blocker ? describe(ctx, blocker.id) : undefined;
  const when = other ? `${other.start.slice(0, 16).replace('T', ' ')}–${other.end.slice(11, 16)} UTC` : '';
  const who = other?.customerName ? ` (${other.customerName}${other.vehiclePlate ? `, ${other.vehiclePlate}` : ''})` : '';
  throw new AppError('booking_conflict', { resource, when, who }, undefined, undefined, other ? { ...other, resourceId, resourceName: resource } : undefined);
}

export function createBooking(ctx: Ctx, input: z.output<typeof bookingCreate>): BookingView {
  const mechanicIds = [...new Set(input.mechanicIds ?? [])];
  if (Date.parse(input.end) - Date.parse(input.start) > maxBookingDays * dayMs) throw fieldError('end', 'field.end_before_start');
  assertBay(ctx.db, input.bayId);
  assertMechanics(ctx.db, mechanicIds);
  assertParties(ctx.db, input.customerId, input.vehicleId);
  if (!input.allowOutsideHours) assertOpen(ctx, input.bayId, mechanicIds, input.start, input.end);
  let id = '';
  try {
    const row = insertRow(ctx.db, bookings, {
      branchId: currentBranch(ctx.db).id,
      bayId: input.bayId,
      startAt: input.start,
      endAt: input.end,
      status: input.status ?? 'confirmed',
      customerId: input.customerId ?? null,
      vehicleId: input.vehicleId ?? null,
      note: input.note ?? null,
    });
    id = row.id;
    for (const employeeId of mechanicIds) insertRow(ctx.db, bookingMechanics, { bookingId: row.id, employeeId });
  } catch (e) {
    explainConflict(ctx, e, id, input.bayId, mechanicIds, input.start, input.end);
  }
  return describe(ctx, id);
}

const closedStatuses = ['done', 'cancelled', 'no_show'];

export function moveBooking(ctx: Ctx, input: z.output<typeof bookingMove>): BookingView {
  const row = getLive(ctx.db, bookings, input.id, 'booking');
  if (closedStatuses.includes(row.status)) throw fieldError('id', 'field.booking_closed');
  if (Date.parse(input.end) - Date.parse(input.start) > maxBookingDays * dayMs) throw fieldError('end', 'field.end_before_start');
  const bayId = input.bayId ?? row.bayId;
  if (input.bayId) assertBay(ctx.db, bayId);
  const current = mechanicsOf(ctx.db, [row.id]).get(row.id) ?? [];
  const mechanicIds = input.mechanicIds ? [...new Set(input.mechanicIds)] : current;
  assertMechanics(ctx.db, mechanicIds);
  if (!input.allowOutsideHours) assertOpen(ctx, bayId, mechanicIds, input.start, input.end);
  try {
    // Mechanics who leave the booking go first, so they never block its new time.
    const links = ctx.db.select().from(bookingMechanics).where(and(eq(bookingMechanics.bookingId, row.id), isNull(bookingMechanics.deletedAt))).all();
    for (const link of links) if (!mechanicIds.includes(link.employeeId)) tombstoneRow(ctx.db, bookingMechanics, link.id, 'booking');
    updateRow(ctx.db, bookings, row.id, { bayId, startAt: input.start, endAt: input.end }, 'booking');
    for (const employeeId of mechanicIds) if (!current.includes(employeeId)) insertRow(ctx.db, bookingMechanics, { bookingId: row.id, employeeId });
  } catch (e) {
    explainConflict(ctx, e, row.id, bayId, mechanicIds, input.start, input.end);
  }
  return describe(ctx, row.id);
}

export function updateBooking(ctx: Ctx, input: z.output<typeof bookingUpdate>): BookingView {
  const row = getLive(ctx.db, bookings, input.id, 'booking');
  const customerId = input.customerId === undefined ? row.customerId : input.customerId;
  const vehicleId = input.vehicleId === undefined ? row.vehicleId : input.vehicleId;
  assertParties(ctx.db, customerId, vehicleId);
  updateRow(ctx.db, bookings, row.id, { customerId, vehicleId, note: input.note }, 'booking');
  return describe(ctx, row.id);
}

export function setBookingStatus(ctx: Ctx, input: z.output<typeof bookingStatus>): BookingView {
  const row = getLive(ctx.db, bookings, input.id, 'booking');
  const mechanicIds = mechanicsOf(ctx.db, [row.id]).get(row.id) ?? [];
  try {
    updateRow(ctx.db, bookings, row.id, { status: input.status }, 'booking');
  } catch (e) {
    // Reopening a cancelled booking must find its time still free.
    explainConflict(ctx, e, row.id, row.bayId, mechanicIds, row.startAt, row.endAt);
  }
  return describe(ctx, row.id);
}

export function mechanicsOf(db: Db, bookingIds: string[]): Map<string, string[]> {
  const map = new Map<string, string[]>();
  if (!bookingIds.length) return map;
  const rows = prepared(db.$client, bookingQueries.mechanicsOf).all(JSON.stringify(bookingIds)) as { bookingId: string; employeeId: string }[];
  for (const r of rows) map.set(r.bookingId, [...(map.get(r.bookingId) ?? []), r.employeeId]);
  return map;
}

export function listWindow(db: Db, from: string, to: string, includeCancelled = false): BookingView[] {
  const earliest = new Date(Date.parse(from) - maxBookingDays * dayMs).toISOString();
  const rows = prepared(db.$client, bookingQueries.inWindow).all(earliest, to, from, includeCancelled ? 1 : 0) as Omit<BookingView, 'mechanicIds'>[];
  const mechanics = mechanicsOf(db, rows.map((r) => r.id));
  const unconfirmed = unconfirmedBookings(db, rows.map((r) => r.id));
  return rows.map((r) => ({ ...r, mechanicIds: mechanics.get(r.id) ?? [], ...(unconfirmed.has(r.id) ? { unconfirmed: true as const } : {}) }));
}

export function listBookings(ctx: Ctx, input: z.output<typeof bookingList>): { items: BookingView[] } {
  let items = listWindow(ctx.db, input.from, input.to, input.includeCancelled);
  if (input.resourceIds) {
    const wanted = new Set(input.resourceIds);
    items = items.filter((b) => wanted.has(b.bayId) || b.mechanicIds.some((m) => wanted.has(m)));
  }
  return { items };
}

export function getBooking(ctx: Ctx, input: { id: string }): BookingView {
  return describe(ctx, input.id);
}
