import { toHoursX100, toKopecks, toQuantityX1000 } from '../form-units';

// The numbers typed into a work order's cells. People type "1,5" or "1.5" whatever the
// language; a text box shows the language's decimal sign and no grouping.

const formats = new Map<string, Intl.NumberFormat>();
function plain(locale: string, digits: number): Intl.NumberFormat {
  const key = `${locale}:${digits}`;
  let f = formats.get(key);
  if (!f) formats.set(key, (f = new Intl.NumberFormat(locale, { maximumFractionDigits: digits, useGrouping: false })));
  return f;
}

/** For a text box: 150 hundredths → "1.5" / "1,5". */
export const scaledText = (scaled: number, digits: number, locale: string) => plain(locale, digits).format(scaled / 10 ** digits);

/** Roubles for a text box: "1500" for whole roubles, "1500.50" (never "1500.5") otherwise. */
export function moneyText(kopecks: number, locale: string): string {
  if (kopecks % 100 === 0) return scaledText(kopecks, 2, locale);
  const key = `m:${locale}`;
  let f = formats.get(key);
  if (!f) formats.set(key, (f = new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2, useGrouping: false })));
  return f.format(kopecks / 100);
}
export const hoursText = (x100: number, locale: string) => scaledText(x100, 2, locale);
export const qtyText = (x1000: number, locale: string) => scaledText(x1000, 3, locale);
/** Basis points as a percentage for a text box: 1000 → "10". */
export const percentText = (bp: number, locale: string) => scaledText(bp, 2, locale);

/** Display of a quantity with grouping: 12500 → "12.5". */
export function formatQty(x1000: number, locale: string): string {
  const key = `q:${locale}`;
  let f = formats.get(key);
  if (!f) formats.set(key, (f = new Intl.NumberFormat(locale, { maximumFractionDigits: 3 })));
  return f.format(x1000 / 1000);
}

const nonNegative = (n: number | null) => (n === null || n < 0 ? null : n);

export const parseMoney = (text: string) => nonNegative(toKopecks(text));
export const parseHours = (text: string) => nonNegative(toHoursX100(text));
export const parseQty = (text: string) => {
  const q = toQuantityX1000(text);
  return q === null || q <= 0 ? null : q;
};
/** "10" % → 1000 basis points (hundredths of a percent: the same scaling as roubles → kopecks); 0–100 %. */
export const parsePercent = (text: string) => {
  const bp = toKopecks(text.replace('%', ''));
  return bp === null || bp < 0 || bp > 10000 ? null : bp;
};
