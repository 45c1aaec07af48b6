import { createPlugin } from '@fullcalendar/core';
import { NamedTimeZoneImpl } from '@fullcalendar/core/internal';
import { offsetMinutes, wallFields } from './zoned-time';

/**
 * Named time zones for FullCalendar from Intl alone (its own plugins need luxon or
 * moment-timezone), so the calendar runs on the branch's clock whatever zone the computer
 * is set to. FullCalendar's arrays are [year, month 0–11, day, hour, minute, second, ms].
 */
class IntlNamedTimeZone extends NamedTimeZoneImpl {
  offsetForArray(a: number[]): number {
    // The wall time read as UTC, corrected by the offset near it (twice, for DST edges).
    const naive = Date.UTC(a[0], a[1], a[2], a[3] ?? 0, a[4] ?? 0, a[5] ?? 0, a[6] ?? 0);
    const first = offsetMinutes(naive, this.timeZoneName);
    return offsetMinutes(naive - first * 60_000, this.timeZoneName);
  }

  timestampToArray(ms: number): number[] {
    const [y, mo, d, h, mi, s, milli] = wallFields(ms, this.timeZoneName);
    return [y, mo - 1, d, h, mi, s, milli];
  }
}

export const branchTimeZonePlugin = createPlugin({ name: 'garage-desk-intl-time-zone', namedTimeZonedImpl: IntlNamedTimeZone });
