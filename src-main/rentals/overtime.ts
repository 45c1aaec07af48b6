import { divRound } from '../catalogue/norms';

/**
 * Rental trip arithmetic, pure. Hours are hundredths; worked time is rounded UP to the next
 * quarter hour (a started quarter is billed), then the machine's minimum applies.
 */
export function workedHoursX100(startIso: string, endIso: string, downtimeHoursX100: number): number {
  const minutes = Math.max(0, (Date.parse(endIso) - Date.parse(startIso)) / 60_000 - (downtimeHoursX100 * 60) / 100);
  return Math.ceil(minutes / 15) * 25;
}

/** Billable hours: worked hours, but never below the minimum per trip. */
export function billableHoursX100(workedX100: number, minHoursX100: number): number {
  return Math.max(workedX100, minHoursX100);
}

/** What the prepayment covered: the ordered hours, at least the minimum. */
export function paidHoursX100(orderedHoursX100: number, minHoursX100: number): number {
  return Math.max(orderedHoursX100, minHoursX100);
}

export function hoursAmount(hoursX100: number, rateMinor: number): number {
  return divRound(BigInt(hoursX100) * BigInt(rateMinor), 100n);
}

export type Overtime = { hoursX100: number; km: number; hoursMinor: number; kmMinor: number; totalMinor: number };

/** Hours and km above what was paid, and their price. Zero when the trip stayed within it. */
export function overtimeOf(trip: { billableHoursX100: number; km: number }, item: { orderedHoursX100: number; minHoursX100: number; orderedKm: number; rateMinor: number; ratePerKmMinor: number }): Overtime {
  const hoursX100 = Math.max(0, trip.billableHoursX100 - paidHoursX100(item.orderedHoursX100, item.minHoursX100));
  const km = Math.max(0, trip.km - item.orderedKm);
  const hoursMinor = hoursAmount(hoursX100, item.rateMinor);
  const kmMinor = km * item.ratePerKmMinor;
  return { hoursX100, km, hoursMinor, kmMinor, totalMinor: hoursMinor + kmMinor };
}

/** The prepayment for an item: paid hours at the rate plus ordered km. */
export function prepaymentOf(item: { orderedHoursX100: number; minHoursX100: number; orderedKm: number; rateMinor: number; ratePerKmMinor: number }): number {
  return hoursAmount(paidHoursX100(item.orderedHoursX100, item.minHoursX100), item.rateMinor) + item.orderedKm * item.ratePerKmMinor;
}
