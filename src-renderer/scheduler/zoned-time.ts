/**
 * Wall-clock time in the branch's time zone, with Intl only. The scheduler shows and takes
 * times as the branch's clock reads them, whatever zone this computer is set to; the API
 * speaks UTC instants.
 */
const formatters = new Map<string, Intl.DateTimeFormat>();

function parts(instant: Date, timeZone: string): Record<string, string> {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' });
    formatters.set(timeZone, f);
  }
  return Object.fromEntries(f.formatToParts(instant).map((p) => [p.type, p.value]));
}

const offsets = new Map<string, { blocks: Map<number, number>; quarters: Map<number, number> }>();
const quarterHour = 900_000;
const sixHours = 6 * 3_600_000;

/** The offset at a quarter-hour boundary, from Intl (costly: a formatToParts). */
function offsetAt(at: number, timeZone: string): number {
  const p = parts(new Date(at), timeZone);
  return Math.round((Date.UTC(Number(p.year), Number(p.month) - 1, Number(p.day), Number(p.hour), Number(p.minute), Number(p.second)) - at) / 60_000);
}

/**
 * Minutes the zone is ahead of UTC at `ms` (Moscow: 180). Offsets change only on quarter-hour
 * boundaries (DST and zone changes happen on the hour or half-hour), and never twice within
 * six hours: when a six-hour block starts and ends on the same offset, it holds throughout,
 * so a week drawn asks Intl a few dozen times, not once per quarter hour that FullCalendar
 * asks about (thousands of conversions per week drawn).
 */
export function offsetMinutes(ms: number, timeZone: string): number {
  let zone = offsets.get(timeZone);
  if (!zone || zone.blocks.size + zone.quarters.size > 20_000) offsets.set(timeZone, (zone = { blocks: new Map(), quarters: new Map() }));
  // A block's offset, or NaN when the offset changes within it.
  const block = Math.floor(ms / sixHours);
  let steady = zone.blocks.get(block);
  if (steady === undefined) {
    const start = offsetAt(block * sixHours, timeZone);
    steady = start === offsetAt((block + 1) * sixHours, timeZone) ? start : NaN;
    zone.blocks.set(block, steady);
  }
  if (!Number.isNaN(steady)) return steady;
  const bucket = Math.floor(ms / quarterHour);
  let offset = zone.quarters.get(bucket);
  if (offset === undefined) zone.quarters.set(bucket, (offset = offsetAt(bucket * quarterHour, timeZone)));
  return offset;
}

/** Year, month (1–12), day, hour, minute, second and millisecond the branch's clock shows at `ms`. */
export function wallFields(ms: number, timeZone: string): [number, number, number, number, number, number, number] {
  const d = new Date(ms + offsetMinutes(ms, timeZone) * 60_000);
  return [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate(), d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds(), d.getUTCMilliseconds()];
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The branch's date ("2026-11-25") and time ("10:30") at an ISO instant. */
export function toWall(iso: string | number, timeZone: string): { date: string; time: string } {
  const [y, mo, d, h, mi] = wallFields(typeof iso === 'number' ? iso : Date.parse(iso), timeZone);
  return { date: `${y}-${pad(mo)}-${pad(d)}`, time: `${pad(h)}:${pad(mi)}` };
}

/** The UTC instant (ISO) when the branch's clock shows `time` on `date`; null for a malformed input. */
export function fromWall(date: string, time: string, timeZone: string): string | null {
  const dm = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const tm = /^(\d{1,2}):(\d{2})/.exec(time);
  if (!dm || !tm) return null;
  const naive = Date.UTC(Number(dm[1]), Number(dm[2]) - 1, Number(dm[3]), Number(tm[1]), Number(tm[2]));
  // Two passes settle the offset even across a daylight-saving change.
  let guess = naive - offsetMinutes(naive, timeZone) * 60_000;
  guess = naive - offsetMinutes(guess, timeZone) * 60_000;
  return new Date(guess).toISOString();
}

/** Today's date on the branch's clock. */
export function todayIn(timeZone: string): string {
  return toWall(Date.now(), timeZone).date;
}

/** "HH:MM" → minutes after midnight, or null. */
export function minutesOf(time: string): number | null {
  const m = /^(\d{1,2}):(\d{2})$/.exec(time);
  return m ? Number(m[1]) * 60 + Number(m[2]) : null;
}

/** Minutes after midnight → "HH:MM" (1440 → "24:00"). */
export function timeOf(minutes: number): string {
  return `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
}

/** A date plus whole days, as YYYY-MM-DD. */
export function addDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}
