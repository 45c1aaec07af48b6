import { and, asc, eq, isNull } from 'drizzle-orm';
import { z } from 'zod';
import { command, query, removeCommand, type Ctx } from '../api/define';
import { byId } from '../api/fields';
import { AppError } from '../api/errors';
import { insertRow, updateRow, tombstoneRow, getLive } from '../db/dal';
import { prepared } from '../db/prepared';
import { bays, workingHours, calendarExceptions } from './schema';
import { employees } from '../staff/schema';
import { currentBranch } from '../organisation/app';
import { resourceCreate, bayUpdate, hoursGet, hoursSetWeekly, exceptionCreate, calendarGet, bookingCreate, bookingMove, bookingUpdate, bookingStatus, bookingList, slotFind } from './inputs';
import { createBooking, moveBooking, updateBooking, setBookingStatus, listBookings, getBooking } from './bookings';
import { bookingQueries } from './bookings.sql';
import { openTime, weeklyHours, exceptionsBetween } from './hours';
import { freeIntervals, firstFit } from './working-time';
import { wallTime } from './zoned-time';

export const schedulerApi = {
  'resources.list': query('Bookable resources: active bays and active mechanics.', z.object({}), (ctx) => ({ items: listResources(ctx) })),
  'resources.create': command('Add a bay (mechanics are employees: employees.create).', resourceCreate, createBay),
  'bays.list': query('All bays of this branch, including ones not in use.', z.object({}), (ctx) => ({
    items: ctx.db.select().from(bays).where(and(eq(bays.branchId, currentBranch(ctx.db).id), isNull(bays.deletedAt))).orderBy(asc(bays.name)).all(),
  })),
  'bays.update': command('Rename a bay, change its kind, or take it out of use.', bayUpdate, (ctx, input) => {
    const { id, ...patch } = input;
    return updateRow(ctx.db, bays, id, patch, 'bay');
  }),
  'hours.get': query("The branch's (or a mechanic's own) weekly hours and closed dates.", hoursGet, getHours),
  'hours.setWeekly': command('Replace the weekly hours of the branch or of one mechanic.', hoursSetWeekly, setWeekly),
  'hours.addException': command('Close a date range: a holiday for the branch, or a mechanic’s absence.', exceptionCreate, addException),
  'hours.removeException': removeCommand('Remove a closed date range.', calendarExceptions, 'branch'),
  'hours.open': query('Open time per resource between two instants (for greying out closed time).', calendarGet, openHours),
  'bookings.create': command('Book a bay and mechanics for a time range; refused with booking_conflict when anything is taken.', bookingCreate, createBooking),
  'bookings.move': command('Move or resize a booking, optionally to another bay or mechanics.', bookingMove, moveBooking),
  'bookings.update': command('Change who the booking is for, or its note.', bookingUpdate, updateBooking),
  'bookings.setStatus': command('Set a booking’s status (tentative, confirmed, arrived, in progress, done, no-show, cancelled).', bookingStatus, setBookingStatus),
  'bookings.cancel': command('Cancel a booking; its time becomes free.', byId, (ctx, input) => setBookingStatus(ctx, { id: input.id, status: 'cancelled' })),
  'bookings.get': query('One booking.', byId, getBooking),
  'bookings.list': query('Bookings overlapping [from, to), optionally only those holding the given bays or mechanics.', bookingList, listBookings),
  'slots.findNext': query('The next free slot of a given length for a bay or a mechanic, within working hours.', slotFind, findNextSlot),
};

type Resource = { id: string; kind: 'bay' | 'mechanic'; name: string };

function listResources(ctx: Ctx): Resource[] {
  const branchId = currentBranch(ctx.db).id;
  const bayRows = ctx.db.select({ id: bays.id, name: bays.name }).from(bays).where(and(eq(bays.branchId, branchId), eq(bays.active, true), isNull(bays.deletedAt))).orderBy(asc(bays.name)).all();
  const mechanics = ctx.db
    .select({ id: employees.id, name: employees.name })
    .from(employees)
    .where(and(eq(employees.branchId, branchId), eq(employees.role, 'mechanic'), eq(employees.active, true), isNull(employees.deletedAt)))
    .orderBy(asc(employees.name))
    .all();
  return [...bayRows.map((b) => ({ ...b, kind: 'bay' as const })), ...mechanics.map((m) => ({ ...m, kind: 'mechanic' as const }))];
}

function createBay(ctx: Ctx, input: z.output<typeof resourceCreate>) {
  const bay = insertRow(ctx.db, bays, { branchId: currentBranch(ctx.db).id, name: input.name, kind: input.bayKind ?? 'lift', active: true });
  return { ...bay, kind: 'bay' as const, bayKind: bay.kind };
}

function getHours(ctx: Ctx, input: z.output<typeof hoursGet>) {
  const branch = currentBranch(ctx.db);
  if (input.employeeId) getLive(ctx.db, employees, input.employeeId, 'employee');
  const weekly = weeklyHours(ctx.db, branch.id, input.employeeId ?? null).sort((a, b) => a.weekday - b.weekday || a.startMinute - b.startMinute);
  const today = wallTime(new Date(), branch.timeZone).date;
  const exceptions = exceptionsBetween(ctx.db, branch.id, input.employeeId ?? null, today, '9999-12-31');
  return { timeZone: branch.timeZone, weekly, exceptions };
}

function setWeekly(ctx: Ctx, input: z.output<typeof hoursSetWeekly>) {
  const branch = currentBranch(ctx.db);
  if (input.employeeId) getLive(ctx.db, employees, input.employeeId, 'employee');
  const old = ctx.db
    .select({ id: workingHours.id })
    .from(workingHours)
    .where(and(eq(workingHours.branchId, branch.id), input.employeeId ? eq(workingHours.employeeId, input.employeeId) : isNull(workingHours.employeeId), isNull(workingHours.deletedAt)))
    .all();
  for (const row of old) tombstoneRow(ctx.db, workingHours, row.id, 'branch');
  for (const i of input.intervals) insertRow(ctx.db, workingHours, { branchId: branch.id, employeeId: input.employeeId ?? null, ...i });
  return getHours(ctx, { employeeId: input.employeeId });
}

function addException(ctx: Ctx, input: z.output<typeof exceptionCreate>) {
  if (input.employeeId) getLive(ctx.db, employees, input.employeeId, 'employee');
  return insertRow(ctx.db, calendarExceptions, {
    branchId: currentBranch(ctx.db).id,
    employeeId: input.employeeId ?? null,
    fromDate: input.fromDate,
    toDate: input.toDate,
    kind: input.kind,
    note: input.note ?? null,
  });
}

function openHours(ctx: Ctx, input: z.output<typeof calendarGet>) {
  const branch = currentBranch(ctx.db);
  const from = new Date(input.from);
  const to = new Date(input.to);
  const iso = (list: { start: number; end: number }[]) => list.map((i) => ({ start: new Date(i.start).toISOString(), end: new Date(i.end).toISOString() }));
  const mechanics = Object.fromEntries((input.employeeIds ?? []).map((id) => [id, iso(openTime(ctx.db, branch, id, from, to))]));
  return { branch: iso(openTime(ctx.db, branch, null, from, to)), mechanics };
}

function findNextSlot(ctx: Ctx, input: z.output<typeof slotFind>) {
  const branch = currentBranch(ctx.db);
  const step = 15 * 60_000;
  const from = new Date(Math.ceil(Date.parse(input.from ?? new Date().toISOString()) / step) * step);
  const days = input.days ?? 14;
  const to = new Date(from.getTime() + days * 86_400_000);
  const candidates = listResources(ctx).filter((r) => r.kind === input.resourceKind && (!input.resourceIds || input.resourceIds.includes(r.id)));
  const sqlite = ctx.db.$client;
  let best: { start: number; end: number; resource: Resource } | null = null;
  for (const resource of candidates) {
    const open = openTime(ctx.db, branch, resource.kind === 'mechanic' ? resource.id : null, from, to);
    const busySql = resource.kind === 'bay' ? bookingQueries.busyOfBay : bookingQueries.busyOfMechanic;
    const busy = (prepared(sqlite, busySql).all(resource.id, from.toISOString(), to.toISOString()) as { start: string; end: string }[]).map((b) => ({
      start: Date.parse(b.start),
      end: Date.parse(b.end),
    }));
    const fit = firstFit(freeIntervals(open, busy), input.durationMinutes * 60_000, step);
    if (fit && (!best || fit.start < best.start)) best = { ...fit, resource };
  }
  if (!best) throw new AppError('not_found', { entity: 'booking', days }, { durationMinutes: 'field.no_free_slot' }, 'field.no_free_slot');
  return { start: new Date(best.start).toISOString(), end: new Date(best.end).toISOString(), resourceId: best.resource.id, resourceKind: best.resource.kind, resourceName: best.resource.name };
}
