// "5 min ago" for the last sync. Intl words the units in the user's language.

const formats = new Map<string, Intl.RelativeTimeFormat>();
function format(locale: string): Intl.RelativeTimeFormat {
  let f = formats.get(locale);
  if (!f) formats.set(locale, (f = new Intl.RelativeTimeFormat(locale, { numeric: 'auto', style: 'short' })));
  return f;
}

const minute = 60_000;
const hour = 60 * minute;
const day = 24 * hour;

/**
 * How long ago `iso` was, seen at `now`: null under a minute (the caller says "just now"),
 * then minutes, hours and days ("yesterday" where the language has a word for it).
 */
export function formatAgo(iso: string, now: number, locale: string): string | null {
  const ms = Math.max(0, now - Date.parse(iso));
  if (ms < minute) return null;
  if (ms < hour) return format(locale).format(-Math.floor(ms / minute), 'minute');
  if (ms < day) return format(locale).format(-Math.floor(ms / hour), 'hour');
  return format(locale).format(-Math.floor(ms / day), 'day');
}
