import { instantAt, nextDate, wallTime } from './zoned-time';

export type Interval = { start: number; end: number }; // epoch ms, end exclusive
export type WeeklyHours = { weekday: number; startMinute: number; endMinute: number }[];
export type DateRange = { fromDate: string; toDate: string };

/** Two time ranges overlap when each starts before the other ends; touching edges do not. */
export function overlaps(a: Interval, b: Interval): boolean {
  return a.start < b.end && b.start < a.end;
}

/**
 * The open intervals between `from` and `to`: the weekly pattern, minus dates that are closed
 * (holidays, days off, absences). Used to grey out closed time and to find free slots.
 */
export function openIntervals(from: Date, to: Date, weekly: WeeklyHours, closedDates: DateRange[], timeZone: string): Interval[] {
  const result: Interval[] = [];
  let date = wallTime(new Date(from.getTime() - 86_400_000), timeZone).date;
  const last = wallTime(to, timeZone).date;
  while (date <= last) {
    const closed = closedDates.some((r) => r.fromDate <= date && date <= r.toDate);
    if (!closed) {
      const weekday = new Date(`${date}T12:00:00Z`).getUTCDay();
      for (const h of weekly.filter((w) => w.weekday === weekday).sort((a, b) => a.startMinute - b.startMinute)) {
        const start = Math.max(instantAt(date, h.startMinute, timeZone).getTime(), from.getTime());
        const end = Math.min(instantAt(date, h.endMinute, timeZone).getTime(), to.getTime());
        if (start < end) result.push({ start, end });
      }
    }
    date = nextDate(date);
  }
  return result;
}

/** True when [start, end) lies wholly inside the open intervals (which may touch). */
export function withinOpen(range: Interval, open: Interval[]): boolean {
  let cursor = range.start;
  for (const o of [...open].sort((a, b) => a.start - b.start)) {
    if (o.start <= cursor && o.end > cursor) cursor = o.end;
    if (cursor >= range.end) return true;
  }
  return cursor >= range.end;
}

/** Subtracts busy intervals from open ones. */
export function freeIntervals(open: Interval[], busy: Interval[]): Interval[] {
  const sortedBusy = [...busy].sort((a, b) => a.start - b.start);
  const free: Interval[] = [];
  for (const o of open) {
    let cursor = o.start;
    for (const b of sortedBusy) {
      if (b.end <= cursor || b.start >= o.end) continue;
      if (b.start > cursor) free.push({ start: cursor, end: b.start });
      cursor = Math.max(cursor, b.end);
    }
    if (cursor < o.end) free.push({ start: cursor, end: o.end });
  }
  return free;
}

/** The first free start, on a step grid (e.g. every 15 minutes), that fits `durationMs`. */
export function firstFit(free: Interval[], durationMs: number, stepMs: number): Interval | null {
  for (const f of [...free].sort((a, b) => a.start - b.start)) {
    const start = Math.ceil(f.start / stepMs) * stepMs;
    if (start + durationMs <= f.end) return { start, end: start + durationMs };
  }
  return null;
}
