import { parsePhoneNumber } from 'libphonenumber-js';

// Locale-aware formatting for what the back end stores in neutral form: ISO timestamps in
// UTC, phones in E.164, money in integer kopecks, plates without spaces.

const cache = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();

function cached<T extends Intl.DateTimeFormat | Intl.NumberFormat>(key: string, make: () => T): T {
  let f = cache.get(key);
  if (!f) cache.set(key, (f = make()));
  return f as T;
}

export function formatDate(iso: string | null | undefined, locale: string): string {
  if (!iso) return '';
  return cached(`d:${locale}`, () => new Intl.DateTimeFormat(locale, { dateStyle: 'medium' })).format(new Date(iso));
}

export function formatDateTime(iso: string | null | undefined, locale: string): string {
  if (!iso) return '';
  return cached(`dt:${locale}`, () => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' })).format(new Date(iso));
}

/** "+7 916 123 45 67"; anything libphonenumber cannot read is shown as stored. */
export function formatPhone(e164: string): string {
  try {
    return parsePhoneNumber(e164).formatInternational();
  } catch {
    return e164;
  }
}

/** Money is kept in integer kopecks; only the display divides. */
export function formatMoney(kopecks: number, locale: string): string {
  return cached(`m:${locale}`, () => new Intl.NumberFormat(locale, { style: 'currency', currency: 'RUB' })).format(kopecks / 100);
}

export function formatKm(km: number | null | undefined, locale: string): string {
  if (km === null || km === undefined) return '';
  return cached(`km:${locale}`, () => new Intl.NumberFormat(locale, { style: 'unit', unit: 'kilometer' })).format(km);
}

/** Basis points to a percentage: 2200 → "22 %" / "22%". */
export function formatPercentBp(bp: number, locale: string): string {
  return cached(`p:${locale}`, () => new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 2 })).format(bp / 10000);
}

const russianPlate = /^([АВЕКМНОРСТУХ]\d{3}[АВЕКМНОРСТУХ]{2})(\d{2,3})$/u;

/** Russian plates are read as number + region: "А123ВС77" → "А123ВС 77". */
export function formatPlate(plate: string | null | undefined): string {
  if (!plate) return '';
  const m = russianPlate.exec(plate);
  return m ? `${m[1]} ${m[2]}` : plate;
}
