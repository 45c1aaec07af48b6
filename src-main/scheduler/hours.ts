import { and, eq, isNull, gte, lte } from 'drizzle-orm';
import type { Db } from '../db/open';
import { workingHours, calendarExceptions } from './schema';
import { openIntervals, type Interval, type WeeklyHours, type DateRange } from './working-time';
import { wallTime } from './zoned-time';

type Branch = { id: string; timeZone: string };

export function weeklyHours(db: Db, branchId: string, employeeId: string | null): WeeklyHours {
  return db
    .select({ weekday: workingHours.weekday, startMinute: workingHours.startMinute, endMinute: workingHours.endMinute })
    .from(workingHours)
    .where(and(eq(workingHours.branchId, branchId), employeeId ? eq(workingHours.employeeId, employeeId) : isNull(workingHours.employeeId), isNull(workingHours.deletedAt)))
    .all();
}

export function exceptionsBetween(db: Db, branchId: string, employeeId: string | null, fromDate: string, toDate: string) {
  return db
    .select()
    .from(calendarExceptions)
    .where(
      and(
        eq(calendarExceptions.branchId, branchId),
        employeeId ? eq(calendarExceptions.employeeId, employeeId) : isNull(calendarExceptions.employeeId),
        isNull(calendarExceptions.deletedAt),
        lte(calendarExceptions.fromDate, toDate),
        gte(calendarExceptions.toDate, fromDate),
      ),
    )
    .all();
}

/**
 * When a resource can work between `from` and `to`: the branch's hours (or a mechanic's own,
 * when set) minus the branch's closed dates and the mechanic's absences. A branch with no
 * hours entered yet counts as always open, so a new install never refuses a booking.
 */
export function openTime(db: Db, branch: Branch, employeeId: string | null, from: Date, to: Date): Interval[] {
  const fromDate = wallTime(new Date(from.getTime() - 86_400_000), branch.timeZone).date;
  const toDate = wallTime(to, branch.timeZone).date;
  const closed: DateRange[] = exceptionsBetween(db, branch.id, null, fromDate, toDate);
  let weekly = weeklyHours(db, branch.id, null);
  if (employeeId) {
    const own = weeklyHours(db, branch.id, employeeId);
    if (own.length) weekly = own;
    closed.push(...exceptionsBetween(db, branch.id, employeeId, fromDate, toDate));
  }
  if (!weekly.length) {
    // No hours at all: open around the clock, except closed dates.
    weekly = [0, 1, 2, 3, 4, 5, 6].map((weekday) => ({ weekday, startMinute: 0, endMinute: 1440 }));
  }
  return openIntervals(from, to, weekly, closed, branch.timeZone);
}
