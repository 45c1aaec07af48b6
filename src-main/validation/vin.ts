import { toLatinLookalikes } from './plate';

export type VinCheck = { vin: string; valid: boolean; checkDigitOk: boolean };

// I, O and Q are excluded by ISO 3779 because they are too easily confused with 1 and 0.
const VIN_PATTERN = /^[A-HJ-NPR-Z0-9]{17}$/;

const LETTER_VALUES: Record<string, number> = {
  A: 1, B: 2, C: 3, D: 4, E: 5, F: 6, G: 7, H: 8,
  J: 1, K: 2, L: 3, M: 4, N: 5, P: 7, R: 9,
  S: 2, T: 3, U: 4, V: 5, W: 6, X: 7, Y: 8, Z: 9,
};

const WEIGHTS = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2];

// The position-9 check digit is mandatory only for North American vehicles; most European and
// Russian VINs carry an arbitrary character there, so a failed check must stay a warning and
// never block saving a vehicle.
export function checkVin(input: string): VinCheck {
  // VINs copied from СТС/ПТС often contain Cyrillic look-alikes (ХТА for AvtoVAZ's XTA); a VIN
  // never contains Cyrillic, so the Latin twin is always what was meant.
  const vin = toLatinLookalikes(input.replace(/\s+/g, '')).toUpperCase();
  const valid = VIN_PATTERN.test(vin);
  return { vin, valid, checkDigitOk: valid && vin[8] === expectedCheckDigit(vin) };
}

function expectedCheckDigit(vin: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const ch = vin[i];
    const value = ch >= '0' && ch <= '9' ? Number(ch) : LETTER_VALUES[ch];
    sum += value * WEIGHTS[i];
  }
  const remainder = sum % 11;
  return remainder === 10 ? 'X' : String(remainder);
}
