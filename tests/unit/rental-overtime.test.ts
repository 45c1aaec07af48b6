import { describe, it, expect } from 'vitest';
import { workedHoursX100, billableHoursX100, overtimeOf, prepaymentOf, hoursAmount } from '../../src-main/rentals/overtime';

describe('rental arithmetic', () => {
  it.each([
    ['exactly 8 h', '2026-12-01T06:00:00Z', '2026-12-01T14:00:00Z', 0, 800],
    ['8 h 01 min bills 8¼ h', '2026-12-01T06:00:00Z', '2026-12-01T14:01:00Z', 0, 825],
    ['8 h 15 min', '2026-12-01T06:00:00Z', '2026-12-01T14:15:00Z', 0, 825],
    ['less 1.5 h downtime', '2026-12-01T06:00:00Z', '2026-12-01T14:00:00Z', 150, 650],
    ['end before start', '2026-12-01T14:00:00Z', '2026-12-01T06:00:00Z', 0, 0],
  ])('%s', (_l, start, end, downtime, expected) => {
    expect(workedHoursX100(start, end, downtime)).toBe(expected);
  });

  it('never bills below the minimum', () => {
    expect(billableHoursX100(150, 400)).toBe(400);
    expect(billableHoursX100(525, 400)).toBe(525);
  });

  const crane = { orderedHoursX100: 800, minHoursX100: 400, orderedKm: 30, rateMinor: 350000, ratePerKmMinor: 12000 };
  it('prices the prepayment: paid hours at the rate plus ordered km', () => {
    expect(prepaymentOf(crane)).toBe(8 * 350000 + 30 * 12000);
    expect(prepaymentOf({ ...crane, orderedHoursX100: 200 })).toBe(4 * 350000 + 30 * 12000); // minimum 4 h
  });

  it.each([
    ['within what was paid', { billableHoursX100: 800, km: 30 }, { hoursX100: 0, km: 0, totalMinor: 0 }],
    ['1¼ h and 12 km over', { billableHoursX100: 925, km: 42 }, { hoursX100: 125, km: 12, hoursMinor: 437500, kmMinor: 144000, totalMinor: 581500 }],
    ['short trip: the minimum was paid anyway', { billableHoursX100: 400, km: 10 }, { hoursX100: 0, km: 0, totalMinor: 0 }],
  ])('overtime %s', (_l, trip, expected) => {
    expect(overtimeOf(trip, crane)).toMatchObject(expected);
  });

  it('rounds hour amounts half away from zero', () => {
    expect(hoursAmount(33, 100001)).toBe(33000); // 33000.33
    expect(hoursAmount(50, 3)).toBe(2); // 1.5 → 2
  });
});
