import type { EventContentArg, EventMountArg } from '@fullcalendar/core';
import i18n from '../i18n';
import { formatPlate } from '../format';
import { toWall } from './zoned-time';
import type { Booking, BookingStatus } from './booking-status';
import type { ResourceMode } from './store';

type Names = Map<string, string>;

/** What a booking's box says: who (plate, customer), and where when the column does not say it. */
function describe(b: Booking, names: Names, by: ResourceMode, resourceColumns: boolean) {
  const plate = formatPlate(b.vehiclePlate);
  const who = b.customerName ?? (plate ? '' : word('booking.noCustomer'));
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

/** A run of text in its own element, for the parts of a box styled apart (the plate, the bay). */
function span(tag: 'span' | 'b', className: string, text: string): HTMLElement {
  const el = document.createElement(tag);
  el.className = className;
  el.textContent = text;
  return el;
}

/**
 * Plain DOM, not React: a week can hold hundreds of bookings, and FullCalendar renders DOM
 * nodes without a React portal per event. One element whose lines are text (the box's
 * `white-space` breaks them, or runs them together on a short box or a timeline row): every
 * further element, clip and translucent layer per box is paid for hundreds of times in the
 * style, layout and paint of a busy week.
 */
export function bookingContent(arg: EventContentArg, names: Names, by: ResourceMode, timeZone: string): { domNodes: Node[] } | undefined {
  const b = arg.event.extendedProps.booking as Booking | undefined;
  if (!b) return selectionContent(arg, timeZone);
  // The whole booking in one sentence names the box for a screen reader (and a test) and
  // is its tooltip. Set with the content, not when FullCalendar mounts the box, so that it
  // follows changes (a customer added to the booking); the box is in place a microtask later.
  const label = describeBooking(b, names, timeZone);
  const timeline = arg.view.type.startsWith('resourceTimeline');
  const resourceColumns = arg.view.type.startsWith('resource');
  const d = describe(b, names, by, resourceColumns);
  const box = document.createElement('div');
  box.className = timeline ? 'gd-bk gd-bk-row' : 'gd-bk';
  box.title = label;
  labelWhenPlaced(box, label);
  const add = (separator: string, part: Node | string) => (box.firstChild ? box.append(separator, part) : box.append(part));
  // Only a day's columns are wide enough for the time; elsewhere the position says it and the car comes first.
  if (arg.view.type === 'resourceTimeGridDay') add('', span('span', 'gd-ev-time', arg.timeText));
  if (d.plate) add(' ', span('b', 'gd-ev-plate', d.plate));
  if (d.who) add('\n', d.who);
  if (d.where && !(timeline && by === 'bay')) add('\n', span('span', 'gd-ev-where', d.where));
  return { domNodes: [box] };
}

/**
 * The week has FullCalendar format no event's time (`displayEventTime` off: a booking's box
 * does not show it, and formatting hundreds costs); a selection being dragged out still says
 * where it starts, as FullCalendar's own content would.
 */
function selectionContent(arg: EventContentArg, timeZone: string): { domNodes: Node[] } | undefined {
  if (!arg.isMirror || arg.timeText || !arg.event.start) return undefined;
  const frame = document.createElement('div');
  frame.className = 'fc-event-main-frame';
  frame.append(span('span', 'fc-event-time', toWall(arg.event.start.getTime(), timeZone).time));
  return { domNodes: [frame] };
}

// Both languages write times as 24-hour HH:MM; plain arithmetic is much cheaper than Intl for
// a week of bookings.
const hhmm = (iso: string, timeZone: string) => toWall(iso, timeZone).time;

/**
 * i18next's `t` costs more than the rest of a box; a week asks it the same few words hundreds
 * of times. Kept per language, so a switch of language relabels the boxes.
 */
const words = new Map<string, string>();
function word(key: 'booking.noCustomer' | `booking.status.${BookingStatus}`): string {
  const cacheKey = `${i18n.language}:${key}`;
  let text = words.get(cacheKey);
  if (text === undefined) words.set(cacheKey, (text = i18n.t(key)));
  return text;
}

function describeBooking(b: Booking, names: Names, timeZone: string): string {
  return [
    `${hhmm(b.start, timeZone)}–${hhmm(b.end, timeZone)}`,
    names.get(b.bayId),
    ...b.mechanicIds.map((m) => names.get(m)),
    formatPlate(b.vehiclePlate),
    b.customerName,
    word(`booking.status.${b.status}`),
  ]
    .filter(Boolean)
    .join(', ');
}

/** FullCalendar's event element is a link without a role; it opens the booking, so it is a button. */
export function markBookingButton(arg: EventMountArg): void {
  if (arg.event.extendedProps.booking) arg.el.setAttribute('role', 'button');
}
