import type { EventInput } from '@fullcalendar/core';
import { isClosed, statusClass, type Booking } from './booking-status';
import { closedBetween, type Span } from './closed-time';
import type { Resource, ResourceMode } from './store';

/** The column for bookings without a mechanic when the columns are mechanics. */
export const noMechanicId = '__no_mechanic__';

export type CalendarResource = { id: string; title: string; order: number };

/** The columns, in the back end's order (by name), which FullCalendar keeps through `order`. */
export function calendarResources(resources: Resource[], by: ResourceMode, noMechanicTitle: string): CalendarResource[] {
  const list = resources.filter((r) => r.kind === by).map((r, order) => ({ id: r.id, title: r.name, order }));
  return by === 'mechanic' ? [...list, { id: noMechanicId, title: noMechanicTitle, order: list.length }] : list;
}

/** Bookings as FullCalendar events: one per booking, in its bay's column or each of its mechanics' columns. */
export function bookingEvents(bookings: Booking[], by: ResourceMode): EventInput[] {
  return bookings.map((b) => ({
    id: b.id,
    start: b.start,
    end: b.end,
    resourceIds: by === 'bay' ? [b.bayId] : b.mechanicIds.length ? b.mechanicIds : [noMechanicId],
    classNames: ['gd-booking', statusClass(b.status), ...(b.unconfirmed ? ['gd-unconfirmed'] : [])],
    editable: !isClosed(b.status),
    extendedProps: { booking: b },
  }));
}

/**
 * Closed time as background events. By bays (and in the plain week) the branch's hours grey
 * every column; by mechanics each column shows that mechanic's own hours and absences.
 */
export function closedEvents(open: { branch: Span[]; mechanics: Record<string, Span[]> }, range: { from: string; to: string }, by: ResourceMode): EventInput[] {
  const events: EventInput[] = [];
  const add = (spans: Span[], resourceId?: string) => {
    for (const s of closedBetween(spans, range.from, range.to)) {
      events.push({ start: s.start, end: s.end, display: 'background', classNames: ['gd-closed'], ...(resourceId ? { resourceId } : {}) });
    }
  };
  if (by === 'bay') add(open.branch);
  else {
    for (const [id, spans] of Object.entries(open.mechanics)) add(spans, id);
    add(open.branch, noMechanicId);
  }
  return events;
}

const overlaps = (b: Booking, start: number, end: number) => Date.parse(b.start) < end && start < Date.parse(b.end);

/** A booking already holding the bay or one of the mechanics at that time, as far as this screen knows. */
export function knownConflict(bookings: Booking[], start: string, end: string, bayId: string | null, mechanicIds: string[], exceptId?: string): Booking | null {
  const s = Date.parse(start);
  const e = Date.parse(end);
  return (
    bookings.find(
      (b) => b.id !== exceptId && b.status !== 'cancelled' && overlaps(b, s, e) && (b.bayId === bayId || b.mechanicIds.some((m) => mechanicIds.includes(m))),
    ) ?? null
  );
}

/** The first bay (in column order) with nothing booked at that time, as far as this screen knows. */
export function firstFreeBay(bookings: Booking[], resources: Resource[], start: string, end: string): string | null {
  const s = Date.parse(start);
  const e = Date.parse(end);
  const busy = new Set(bookings.filter((b) => b.status !== 'cancelled' && overlaps(b, s, e)).map((b) => b.bayId));
  return resources.find((r) => r.kind === 'bay' && !busy.has(r.id))?.id ?? null;
}

/** The hours the time grid shows: working hours with an hour either side, widened to fit any booking in view. */
export function visibleHours(weekly: { startMinute: number; endMinute: number }[], bookingMinutes: { start: number; end: number }[]): { min: number; max: number } {
  if (!weekly.length) return { min: 0, max: 1440 };
  let min = Math.max(0, Math.min(...weekly.map((w) => w.startMinute)) - 60);
  let max = Math.min(1440, Math.max(...weekly.map((w) => w.endMinute)) + 60);
  for (const b of bookingMinutes) {
    min = Math.min(min, Math.floor(b.start / 60) * 60);
    max = Math.max(max, b.end <= b.start ? 1440 : Math.ceil(b.end / 60) * 60);
  }
  return { min, max };
}
