import type { EventContentArg, EventMountArg } from '@fullcalendar/core';
import i18n from '../i18n';
import { formatPlate } from '../format';
import { toWall } from './zoned-time';
import type { Booking } from './booking-status';
import type { ResourceMode } from './store';

type Names = Map<string, string>;

/** What a booking's box says: who (plate, customer), and where when the column does not say it. */
function describe(b: Booking, names: Names, by: ResourceMode, resourceColumns: boolean) {
  const plate = formatPlate(b.vehiclePlate);
  const who = b.customerName ?? (plate ? '' : i18n.t('booking.noCustomer'));
  const bay = names.get(b.bayId) ?? '';
  const mechanics = b.mechanicIds.map((m) => names.get(m) ?? '').filter(Boolean);
  // A column already names the bay (or the mechanic); the plain week names the bay.
  const where = resourceColumns && by === 'bay' ? mechanics.map((m) => m.split(' ')[0]).join(', ') : bay;
  return { plate, who, where, bay, mechanics };
}

/** Names FullCalendar's box around `box` (there a microtask after the content is made). */
export function labelWhenPlaced(box: HTMLElement, label: string): void {
  const apply = () => {
    const event = box.parentElement?.closest('.fc-event');
    event?.setAttribute('aria-label', label);
    return !!event;
  };
  queueMicrotask(() => {
    if (!apply()) requestAnimationFrame(apply);
  });
}

/** A line of an event's box. */
export function line(className: string, text: string): HTMLElement {
  const el = document.createElement('div');
  el.className = className;
  el.textContent = text;
  return el;
}

/**
 * Plain DOM, not React: a week can hold hundreds of bookings, and FullCalendar renders DOM
 * nodes without a React portal per event.
 */
export function bookingContent(arg: EventContentArg, names: Names, by: ResourceMode, timeZone: string): { domNodes: Node[] } | undefined {
  const b = arg.event.extendedProps.booking as Booking | undefined;
  if (!b) return undefined;
  // The whole booking in one sentence names the box for a screen reader (and a test) and
  // is its tooltip. Set with the content, not when FullCalendar mounts the box, so that it
  // follows changes (a customer added to the booking); the box is in place a microtask later.
  const label = describeBooking(b, names, timeZone);
  const timeline = arg.view.type.startsWith('resourceTimeline');
  const resourceColumns = arg.view.type.startsWith('resource');
  const d = describe(b, names, by, resourceColumns);
  const box = document.createElement('div');
  box.className = timeline ? 'gd-ev gd-ev-row' : 'gd-ev';
  box.title = label;
  labelWhenPlaced(box, label);
  const head = document.createElement('div');
  head.className = 'gd-ev-head';
  // Only a day's columns are wide enough for the time; elsewhere the position says it and the car comes first.
  if (arg.view.type === 'resourceTimeGridDay') {
    const time = document.createElement('span');
    time.className = 'gd-ev-time';
    time.textContent = arg.timeText;
    head.append(time, ' ');
  }
  if (d.plate) {
    const plate = document.createElement('b');
    plate.className = 'gd-ev-plate';
    plate.textContent = d.plate;
    head.append(plate);
  }
  if (head.childNodes.length) box.append(head);
  if (d.who) box.append(line('gd-ev-who', d.who));
  if (d.where && !(timeline && by === 'bay')) box.append(line('gd-ev-where', d.where));
  return { domNodes: [box] };
}

// Both languages write times as 24-hour HH:MM; plain arithmetic is much cheaper than Intl for
// a week of bookings.
const hhmm = (iso: string, timeZone: string) => toWall(iso, timeZone).time;

function describeBooking(b: Booking, names: Names, timeZone: string): string {
  return [
    `${hhmm(b.start, timeZone)}–${hhmm(b.end, timeZone)}`,
    names.get(b.bayId),
    ...b.mechanicIds.map((m) => names.get(m)),
    formatPlate(b.vehiclePlate),
    b.customerName,
    i18n.t(`booking.status.${b.status}`),
  ]
    .filter(Boolean)
    .join(', ');
}

/** FullCalendar's event element is a link without a role; it opens the booking, so it is a button. */
export function markBookingButton(arg: EventMountArg): void {
  if (arg.event.extendedProps.booking) arg.el.setAttribute('role', 'button');
}
