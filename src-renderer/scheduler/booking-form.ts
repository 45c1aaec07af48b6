import type { UseFormReturnType } from '@mantine/form';
import { emptyRequestValues, type RequestValues } from '../requests/request-form';
import type { Booking } from './booking-status';
import { normaliseTime } from '../app/typed-time';
import { addDays, fromWall, toWall } from './zoned-time';

/** When and where, as the branch's clock reads: the date and times as typed in date/time boxes. */
export type WhenValues = {
  date: string;
  start: string;
  end: string;
  bayId: string | null;
  mechanicIds: string[];
  tentative: boolean;
};

export type BookingFormValues = WhenValues & RequestValues;
export type BookingForm = UseFormReturnType<BookingFormValues>;

/** What opens the booking dialog: a new booking (from a drag, the button or a key), or one on the calendar. */
export type BookingTarget =
  /** `focus`: a drag has said when and where, so the customer comes next; the button and N start from the date. */
  | { kind: 'new'; start: string; end: string; bayId: string | null; mechanicIds: string[]; focus: 'when' | 'customer' }
  | { kind: 'open'; bookingId: string };

export function whenValues(start: string, end: string, bayId: string | null, mechanicIds: string[], timeZone: string): WhenValues {
  const s = toWall(start, timeZone);
  const e = toWall(end, timeZone);
  // A date box and two time boxes: a booking to midnight ends at "00:00" (of the next day).
  return { date: s.date, start: s.time, end: e.date === s.date ? e.time : '00:00', bayId, mechanicIds, tentative: false };
}

/** The instants the boxes mean; null when a box is incomplete. */
export function whenInstants(v: WhenValues, timeZone: string): { start: string; end: string } | null {
  const startTime = normaliseTime(v.start);
  const endTime = normaliseTime(v.end);
  if (!startTime || !endTime) return null;
  const start = fromWall(v.date, startTime, timeZone);
  const end = endTime === '00:00' ? fromWall(addDays(v.date, 1), '00:00', timeZone) : fromWall(v.date, endTime, timeZone);
  return start && end ? { start, end } : null;
}

export function newBookingValues(target: Extract<BookingTarget, { kind: 'new' }>, timeZone: string): BookingFormValues {
  return { ...whenValues(target.start, target.end, target.bayId, target.mechanicIds, timeZone), ...emptyRequestValues() };
}

export function bookingWhen(b: Booking, timeZone: string): WhenValues {
  return { ...whenValues(b.start, b.end, b.bayId, b.mechanicIds, timeZone), tentative: b.status === 'tentative' };
}

/** True when the booking's time, bay or mechanics differ from what was loaded. */
export function whenChanged(v: WhenValues, loaded: WhenValues): boolean {
  const same = (a: string[], b: string[]) => a.length === b.length && a.every((x) => b.includes(x));
  const time = (x: string) => normaliseTime(x) ?? x;
  return v.date !== loaded.date || time(v.start) !== loaded.start || time(v.end) !== loaded.end || v.bayId !== loaded.bayId || !same(v.mechanicIds, loaded.mechanicIds);
}
