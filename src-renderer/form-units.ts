// What people type into number boxes (roubles, hours, pieces) and what the back end keeps
// (kopecks, hundredths of an hour, thousandths), converted through decimal strings so that no
// float rounding ever reaches stored money.

type Typed = number | string;

/** "1 234,5" / 1234.5 → [sign, whole digits, fraction digits]; null when it is not a number. */
function decimalParts(value: Typed): [number, string, string] | null {
  const text = (typeof value === 'number' ? (Number.isFinite(value) ? value.toFixed(6) : '') : value).replace(/[\s\u00a0₽]/g, '').replace(',', '.');
  const m = /^(-?)(\d*)(?:\.(\d*))?$/.exec(text);
  if (!m || (!m[2] && !m[3])) return null;
  return [m[1] ? -1 : 1, m[2] || '0', m[3] ?? ''];
}

/** A decimal in units → an integer count of 1/10^digits, rounded half away from zero. */
function toScaled(value: Typed, digits: number): number | null {
  const p = decimalParts(value);
  if (!p) return null;
  const [sign, whole, fraction] = p;
  const kept = (fraction + '0'.repeat(digits + 1)).slice(0, digits + 1);
  const scaled = Number(whole) * 10 ** digits + Math.floor(Number(kept) / 10) + (Number(kept.slice(-1)) >= 5 ? 1 : 0);
  return sign * scaled;
}

function fromScaled(scaled: number, digits: number): number {
  return Number((scaled / 10 ** digits).toFixed(digits));
}

/** Roubles as typed → kopecks. */
export const toKopecks = (roubles: Typed) => toScaled(roubles, 2);
/** Kopecks → roubles for a number box. */
export const toRoubles = (kopecks: number) => fromScaled(kopecks, 2);

/** Hours as typed (1.5) → hundredths (150). */
export const toHoursX100 = (hours: Typed) => toScaled(hours, 2);
export const fromHoursX100 = (x100: number) => fromScaled(x100, 2);

/** A quantity as typed (2, 0.5) → thousandths. */
export const toQuantityX1000 = (quantity: Typed) => toScaled(quantity, 3);
export const fromQuantityX1000 = (x1000: number) => fromScaled(x1000, 3);
