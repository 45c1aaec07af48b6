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

/** Standard hours kept in hundredths: 150 → "1.5 h" / "1,5 ч". */
export function formatHoursX100(x100: number, locale: string): string {
  return cached(`h:${locale}`, () => new Intl.NumberFormat(locale, { style: 'unit', unit: 'hour', unitDisplay: 'short', maximumFractionDigits: 2 })).format(x100 / 100);
}

/** Whole minutes as a duration: 150 → "2 h 30 min" / "2 ч 30 мин". */
export function formatMinutes(minutes: number, locale: string): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  const hours = cached(`hh:${locale}`, () => new Intl.NumberFormat(locale, { style: 'unit', unit: 'hour', unitDisplay: 'short' }));
  const mins = cached(`mm:${locale}`, () => new Intl.NumberFormat(locale, { style: 'unit', unit: 'minute', unitDisplay: 'short' }));
  if (!h) return mins.format(m);
  return m ? `${hours.format(h)} ${mins.format(m)}` : hours.format(h);
}

/** A time range on the branch's clock: "10:00–11:30". */
export function formatTimeRange(startIso: string, endIso: string, locale: string, timeZone: string): string {
  const f = cached(`t:${locale}:${timeZone}`, () => new Intl.DateTimeFormat(locale, { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }));
  return `${f.format(new Date(startIso))}–${f.format(new Date(endIso))}`;
}

/** A date on the branch's clock, short: "Wed 25 Nov" / "ср, 25 нояб.". */
export function formatDayShort(iso: string, locale: string, timeZone: string): string {
  return cached(`ds:${locale}:${timeZone}`, () => new Intl.DateTimeFormat(locale, { timeZone, weekday: 'short', day: 'numeric', month: 'short' })).format(new Date(iso));
}
