import { describe, it, expect } from 'vitest';
import { overlaps, openIntervals, withinOpen, freeIntervals, firstFit } from '../../src-main/scheduler/working-time';
import { wallTime, instantAt, nextDate } from '../../src-main/scheduler/zoned-time';

const t = (iso: string) => Date.parse(iso);
const iv = (a: string, b: string) => ({ start: t(a), end: t(b) });

describe('overlaps', () => {
  it.each([
    ['the same range', iv('2026-01-01T10:00Z', '2026-01-01T11:00Z'), iv('2026-01-01T10:00Z', '2026-01-01T11:00Z'), true],
    ['one inside the other', iv('2026-01-01T09:00Z', '2026-01-01T12:00Z'), iv('2026-01-01T10:00Z', '2026-01-01T11:00Z'), true],
    ['a partial overlap', iv('2026-01-01T10:00Z', '2026-01-01T11:00Z'), iv('2026-01-01T10:59Z', '2026-01-01T12:00Z'), true],
    ['touching edges', iv('2026-01-01T10:00Z', '2026-01-01T11:00Z'), iv('2026-01-01T11:00Z', '2026-01-01T12:00Z'), false],
    ['apart', iv('2026-01-01T10:00Z', '2026-01-01T11:00Z'), iv('2026-01-01T13:00Z', '2026-01-01T14:00Z'), false],
  ])('%s → %s', (_l, a, b, expected) => {
    expect(overlaps(a, b)).toBe(expected);
    expect(overlaps(b, a)).toBe(expected);
  });
});

describe('zoned time', () => {
  it('reads Moscow wall time from UTC and back', () => {
    expect(wallTime(new Date('2026-11-25T06:30:00Z'), 'Europe/Moscow')).toEqual({ date: '2026-11-25', weekday: 3, minute: 9 * 60 + 30 });
    expect(instantAt('2026-11-25', 9 * 60, 'Europe/Moscow').toISOString()).toBe('2026-11-25T06:00:00.000Z');
    expect(wallTime(new Date('2026-11-25T22:30:00Z'), 'Europe/Moscow').date).toBe('2026-11-26');
  });

  it('handles a daylight-saving zone on both sides of the change', () => {
    expect(instantAt('2026-03-28', 9 * 60, 'Europe/Berlin').toISOString()).toBe('2026-03-28T08:00:00.000Z');
    expect(instantAt('2026-03-30', 9 * 60, 'Europe/Berlin').toISOString()).toBe('2026-03-30T07:00:00.000Z');
  });

  it('steps calendar dates across months and years', () => {
    expect(nextDate('2026-12-31')).toBe('2027-01-01');
    expect(nextDate('2028-02-28')).toBe('2028-02-29');
  });
});

describe('working time', () => {
  // Mon–Fri 09:00–13:00 and 14:00–18:00 (a lunch break), Saturday 10:00–14:00, Sunday closed.
  const weekly = [1, 2, 3, 4, 5].flatMap((weekday) => [
    { weekday, startMinute: 540, endMinute: 780 },
    { weekday, startMinute: 840, endMinute: 1080 },
  ]).concat([{ weekday: 6, startMinute: 600, endMinute: 840 }]);
  const tz = 'Europe/Moscow';

  it('lists open intervals with breaks, weekends and holidays', () => {
    // Fri 2026-11-27 … Mon 2026-11-30; Monday is a holiday.
    const open = openIntervals(new Date('2026-11-27T00:00:00+03:00'), new Date('2026-12-01T00:00:00+03:00'), weekly, [{ fromDate: '2026-11-30', toDate: '2026-11-30' }], tz);
    expect(open.map((o) => [new Date(o.start).toISOString(), new Date(o.end).toISOString()])).toEqual([
      ['2026-11-27T06:00:00.000Z', '2026-11-27T10:00:00.000Z'],
      ['2026-11-27T11:00:00.000Z', '2026-11-27T15:00:00.000Z'],
      ['2026-11-28T07:00:00.000Z', '2026-11-28T11:00:00.000Z'],
    ]);
  });

  it('says whether a booking fits in open time', () => {
    const open = openIntervals(new Date('2026-11-27T00:00:00+03:00'), new Date('2026-11-28T00:00:00+03:00'), weekly, [], tz);
    expect(withinOpen(iv('2026-11-27T07:00:00Z', '2026-11-27T09:00:00Z'), open)).toBe(true);
    expect(withinOpen(iv('2026-11-27T09:30:00Z', '2026-11-27T10:30:00Z'), open)).toBe(false); // runs into lunch
    expect(withinOpen(iv('2026-11-27T05:00:00Z', '2026-11-27T07:00:00Z'), open)).toBe(false); // before opening
  });

  it('finds the first free slot on a 15-minute grid around busy time', () => {
    const open = [iv('2026-11-27T06:00:00Z', '2026-11-27T10:00:00Z'), iv('2026-11-27T11:00:00Z', '2026-11-27T15:00:00Z')];
    const busy = [iv('2026-11-27T06:00:00Z', '2026-11-27T07:10:00Z'), iv('2026-11-27T08:00:00Z', '2026-11-27T09:50:00Z')];
    const free = freeIntervals(open, busy);
    expect(firstFit(free, 45 * 60_000, 15 * 60_000)).toEqual(iv('2026-11-27T07:15:00Z', '2026-11-27T08:00:00Z'));
    expect(firstFit(free, 60 * 60_000, 15 * 60_000)).toEqual(iv('2026-11-27T11:00:00Z', '2026-11-27T12:00:00Z'));
    expect(firstFit(free, 5 * 3600_000, 15 * 60_000)).toBeNull();
  });
});
