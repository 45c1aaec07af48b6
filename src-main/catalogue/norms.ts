/**
 * Labour arithmetic, pure. Standard hours are hundredths of an hour, quantities thousandths,
 * money minor units (kopecks). One rounding rule everywhere: the exact product is rounded
 * half away from zero to whole kopecks, once per line.
 */
export type Norm = { vehicleClass: string | null; make: string | null; model: string | null; standardHoursX100: number };

const same = (a: string | null | undefined, b: string | null | undefined) => !!a && !!b && a.trim().toLowerCase() === b.trim().toLowerCase();

/** The most specific norm for the vehicle: make + model, then make, then class, else the default. */
export function normFor(defaultX100: number, norms: Norm[], vehicle?: { make?: string | null; model?: string | null; vehicleClass?: string | null } | null): number {
  if (!vehicle) return defaultX100;
  const score = (n: Norm) => {
    if (n.make && !same(n.make, vehicle.make)) return -1;
    if (n.model && !same(n.model, vehicle.model)) return -1;
    if (n.vehicleClass && !same(n.vehicleClass, vehicle.vehicleClass)) return -1;
    return (n.model ? 4 : 0) + (n.make ? 2 : 0) + (n.vehicleClass ? 1 : 0);
  };
  let best: Norm | undefined;
  for (const n of norms) if (score(n) > 0 && (!best || score(n) > score(best))) best = n;
  return best ? best.standardHoursX100 : defaultX100;
}

/** Rounds a/b to the nearest integer, halves away from zero, exactly (BigInt, no floats). */
export function divRound(a: bigint, b: bigint): number {
  const sign = (a < 0n) !== (b < 0n) ? -1n : 1n;
  const absA = a < 0n ? -a : a;
  const absB = b < 0n ? -b : b;
  return Number(sign * ((absA * 2n + absB) / (absB * 2n)));
}

/** hours (×100) × quantity (×1000) × rate (kopecks per hour) → kopecks. */
export function labourAmount(standardHoursX100: number, quantityX1000: number, rateMinor: number): number {
  return divRound(BigInt(standardHoursX100) * BigInt(quantityX1000) * BigInt(rateMinor), 100_000n);
}

/** hours (×100) × quantity (×1000) → whole minutes, rounded. */
export function labourMinutes(standardHoursX100: number, quantityX1000: number): number {
  return divRound(BigInt(standardHoursX100) * BigInt(quantityX1000) * 60n, 100_000n);
}
