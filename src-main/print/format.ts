/**
 * How numbers, money, quantities and dates look on printed documents. Everything is exact
 * integer arithmetic on the model's scaled integers (kopecks, thousandths, hundredths), so
 * a printed figure never differs from the stored one by a float's rounding.
 */
import type { Lang } from './model';

/** No-break space: keeps «1 234,56» and «22 %» on one line in narrow table cells. */
export const nbsp = '\u00a0';

const separators: Record<Lang, { group: string; decimal: string }> = {
  ru: { group: nbsp, decimal: ',' },
  en: { group: ',', decimal: '.' },
};

function grouped(digits: string, sep: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, sep);
}

/**
 * A scaled integer as a decimal: `decimal(1500, 3)` → «1,5». Trailing zeros of the fraction
 * are dropped unless `fixed` is set, which keeps exactly `scale` digits (money).
 */
export function decimal(scaled: number, scale: number, lang: Lang, fixed = false): string {
  if (!Number.isSafeInteger(scaled)) throw new RangeError(`Not an integer: ${scaled}`);
  const { group, decimal: point } = separators[lang];
  const sign = scaled < 0 ? '-' : '';
  const digits = String(Math.abs(scaled)).padStart(scale + 1, '0');
  const whole = digits.slice(0, digits.length - scale);
  let fraction = digits.slice(digits.length - scale);
  if (!fixed) fraction = fraction.replace(/0+$/, '');
  return `${sign}${grouped(whole, group)}${fraction ? point + fraction : ''}`;
}

/**
 * Glues short pieces of addresses and phone numbers with no-break spaces («д. 19», «№ 5»,
 * «+7 495 123-45-67»), so that a wrapped address never leaves «д.» at the end of a line.
 */
export function keepTogether(text: string): string {
  return text
    .replace(/(^|[\s,(])([А-Яа-яЁёA-Za-z]{1,5}\.) (?=\S)/g, `$1$2${nbsp}`)
    .replace(/№ /g, `№${nbsp}`)
    .replace(/\+\d[\d -]{6,}\d/g, (phone) => phone.replace(/ /g, nbsp));
}

/** Kopecks as roubles with two decimals: «1 234,56» / "1,234.56". */
export function money(minor: number, lang: Lang): string {
  return decimal(minor, 2, lang, true);
}

/** Thousandths as a quantity: «1,5», «2». */
export function quantity(x1000: number, lang: Lang): string {
  return decimal(x1000, 3, lang);
}

/** Hundredths of an hour as a plain number: «1,5». */
export function hoursNumber(x100: number, lang: Lang): string {
  return decimal(x100, 2, lang);
}

/** Standard hours with their unit: «1,5 н/ч» / "1.5 h". */
export function hours(x100: number, lang: Lang): string {
  return `${hoursNumber(x100, lang)}${nbsp}${lang === 'ru' ? 'н/ч' : 'h'}`;
}

/** Basis points as a percentage: «22 %» / "22%". */
export function percentBp(bp: number, lang: Lang): string {
  return `${decimal(bp, 2, lang)}${lang === 'ru' ? nbsp : ''}%`;
}

/** Whole per cent (mechanics' shares): «60 %» / "60%". */
export function percent(pct: number, lang: Lang): string {
  return `${String(pct).replace('.', separators[lang].decimal)}${lang === 'ru' ? nbsp : ''}%`;
}

/** A machine's capacity from kilograms: «25 т», «2,5 т» / "25 t". */
export function tonnes(kg: number, lang: Lang): string {
  return `${decimal(kg, 3, lang)}${nbsp}${lang === 'ru' ? 'т' : 't'}`;
}

/** Kilometres: «123 456 км» / "123,456 km". */
export function km(value: number, lang: Lang): string {
  return `${decimal(value, 0, lang)}${nbsp}${lang === 'ru' ? 'км' : 'km'}`;
}

const unitNames: Record<Lang, Record<string, string>> = {
  ru: { pcs: 'шт.', l: 'л', kg: 'кг', m: 'м', set: 'компл.', h: 'ч', 'std-h': 'н/ч', service: 'усл.' },
  en: { pcs: 'pcs', l: 'l', kg: 'kg', m: 'm', set: 'set', h: 'h', 'std-h': 'std h', service: 'service' },
};

// Units some lines already carry in Russian (invoice lines say «усл.»), back to their codes.
const unitCodes: Record<string, string> = { 'шт.': 'pcs', шт: 'pcs', л: 'l', кг: 'kg', м: 'm', 'компл.': 'set', ч: 'h', 'н/ч': 'std-h', 'усл.': 'service', 'услуга': 'service' };

/** A unit code as printed («шт.», «л»…); a unit that is not a known code prints as given. */
export function unitName(unit: string, lang: Lang): string {
  const code = unitCodes[unit.trim().toLowerCase()] ?? unit;
  return unitNames[lang][code] ?? unit;
}

const partFormatters = new Map<string, Intl.DateTimeFormat>();

function wallClock(iso: string, timeZone: string): Record<'year' | 'month' | 'day' | 'hour' | 'minute', string> {
  let f = partFormatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' });
    partFormatters.set(timeZone, f);
  }
  const instant = new Date(iso);
  if (Number.isNaN(instant.getTime())) throw new RangeError(`Not a time: ${iso}`);
  const parts = Object.fromEntries(f.formatToParts(instant).map((p) => [p.type, p.value]));
  return { year: parts.year, month: parts.month, day: parts.day, hour: parts.hour, minute: parts.minute };
}

const monthsShortEn = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const monthsLongEn = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const monthsGenitiveRu = ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'];

function shortDate(year: string, month: string, day: string, lang: Lang): string {
  return lang === 'ru' ? `${day}.${month}.${year}` : `${Number(day)} ${monthsShortEn[Number(month) - 1]} ${year}`;
}

/** A UTC instant as the branch's wall clock: «24.11.2025 09:15» / "24 Nov 2025 09:15". */
export function dateTime(iso: string, timeZone: string, lang: Lang): string {
  const p = wallClock(iso, timeZone);
  return `${shortDate(p.year, p.month, p.day, lang)} ${p.hour}:${p.minute}`;
}

/**
 * A time range on the branch's wall clock: «05.12.2026 08:00–16:00» within one day,
 * «05.12.2026 08:00 – 06.12.2026 09:00» across midnight.
 */
export function timeRange(startIso: string, endIso: string, timeZone: string, lang: Lang): string {
  const s = wallClock(startIso, timeZone);
  const e = wallClock(endIso, timeZone);
  const start = `${shortDate(s.year, s.month, s.day, lang)} ${s.hour}:${s.minute}`;
  if (s.year === e.year && s.month === e.month && s.day === e.day) return `${start}–${e.hour}:${e.minute}`;
  return `${start} – ${shortDate(e.year, e.month, e.day, lang)} ${e.hour}:${e.minute}`;
}

/** The branch-local date of a UTC instant: «24.11.2025» / "24 Nov 2025". */
export function dateOf(iso: string, timeZone: string, lang: Lang): string {
  const p = wallClock(iso, timeZone);
  return shortDate(p.year, p.month, p.day, lang);
}

function splitDate(ymd: string): [string, string, string] {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(ymd);
  if (!m) throw new RangeError(`Not a YYYY-MM-DD date: ${ymd}`);
  return [m[1], m[2], m[3]];
}

/** A business date (YYYY-MM-DD): «24.11.2025» / "24 Nov 2025". */
export function businessDate(ymd: string, lang: Lang): string {
  const [y, m, d] = splitDate(ymd);
  return shortDate(y, m, d, lang);
}

/** A business date in words, as on a Russian invoice: «24 ноября 2025 г.» / "24 November 2025". */
export function longDate(ymd: string, lang: Lang): string {
  const [y, m, d] = splitDate(ymd);
  return lang === 'ru' ? `${Number(d)} ${monthsGenitiveRu[Number(m) - 1]} ${y}${nbsp}г.` : `${Number(d)} ${monthsLongEn[Number(m) - 1]} ${y}`;
}
