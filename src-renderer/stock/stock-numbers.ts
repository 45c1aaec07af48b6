import { toKopecks, toQuantityX1000 } from '../form-units';

// Numbers of the stock screens. Quantities are thousandths of the unit (1500 = 1.5 l); pieces and sets are whole.
// People type "1,5" or "1.5" whatever the language; the display follows the language.

export type Unit = 'pcs' | 'l' | 'kg' | 'm' | 'set';
export const units: Unit[] = ['pcs', 'l', 'kg', 'm', 'set'];
export const isWholeUnit = (unit: Unit) => unit === 'pcs' || unit === 'set';

const maxQtyX1000 = 1_000_000_000;
const formats = new Map<string, Intl.NumberFormat>();
function format(locale: string, fractionDigits: number, grouping = true): Intl.NumberFormat {
  const key = `${locale}:${fractionDigits}:${grouping}`;
  let f = formats.get(key);
  if (!f) formats.set(key, (f = new Intl.NumberFormat(locale, { maximumFractionDigits: fractionDigits, useGrouping: grouping })));
  return f;
}

/** 1500 → "1.5" / "1,5"; 12000 → "12". */
export function formatQty(x1000: number, locale: string): string {
  return format(locale, 3).format(x1000 / 1000);
}

/** With a sign for movements and differences: "+2", "−0.5". */
export function formatSignedQty(x1000: number, locale: string): string {
  if (x1000 === 0) return formatQty(0, locale);
  return `${x1000 > 0 ? '+' : '−'}${formatQty(Math.abs(x1000), locale)}`;
}

/** For a text box: no grouping, the language's decimal comma or point. */
export function qtyText(x1000: number, locale: string): string {
  return format(locale, 3, false).format(x1000 / 1000);
}

export function moneyText(kopecks: number, locale: string): string {
  return format(locale, 2, false).format(kopecks / 100);
}

export type QtyProblem = 'invalid' | 'whole' | 'positive' | 'tooBig';

/** What was typed → thousandths, or why not. `allowZero` for counted quantities. */
export function parseQty(text: string, unit: Unit, allowZero = false): { x1000: number } | { problem: QtyProblem } {
  const x1000 = toQuantityX1000(text.trim());
  if (x1000 === null) return { problem: 'invalid' };
  if (x1000 < 0 || (x1000 === 0 && !allowZero)) return { problem: 'positive' };
  if (x1000 > maxQtyX1000) return { problem: 'tooBig' };
  if (isWholeUnit(unit) && x1000 % 1000 !== 0) return { problem: 'whole' };
  return { x1000 };
}

/** Roubles as typed → kopecks; '' → null; anything else unreadable → undefined. */
export function parseMoney(text: string): number | null | undefined {
  if (!text.trim()) return null;
  const kopecks = toKopecks(text.trim());
  return kopecks === null || kopecks < 0 ? undefined : kopecks;
}

/** qty × price, rounded once, half away from zero (as the back end values a receipt line). */
export function lineValue(qtyX1000: number, priceMinor: number): number {
  const product = BigInt(qtyX1000) * BigInt(priceMinor);
  const sign = product < 0n ? -1n : 1n;
  const abs = product * sign;
  return Number(sign * ((abs + 500n) / 1000n));
}

/** Average cost of one unit, in kopecks. */
export function averageCost(onHandX1000: number, valueMinor: number): number {
  return onHandX1000 > 0 ? Math.round((valueMinor * 1000) / onHandX1000) : 0;
}

/** "40" or "12,5" (percent) → basis points; '' → 0; unreadable → undefined. */
export function parsePercentBp(text: string): number | undefined {
  if (!text.trim()) return 0;
  // Percent with two decimals scales like roubles to kopecks.
  const bp = toKopecks(text.trim());
  return bp === null || bp < 0 ? undefined : bp;
}

export function percentText(bp: number, locale: string): string {
  return format(locale, 2, false).format(bp / 100);
}
