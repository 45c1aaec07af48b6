import { normaliseTime } from '../../app/typed-time';
import { minutesOf, timeOf } from '../zoned-time';

export type TimeSpan = { start: string; end: string };
/** Index = weekday, 0 = Sunday … 6 = Saturday, as the back end counts. */
export type WeekValues = { days: TimeSpan[][] };

/** The order a Russian (and most European) week is read in. */
export const weekOrder = [1, 2, 3, 4, 5, 6, 0];

export function weekValues(weekly: { weekday: number; startMinute: number; endMinute: number }[]): WeekValues {
  const days: TimeSpan[][] = [[], [], [], [], [], [], []];
  for (const w of [...weekly].sort((a, b) => a.startMinute - b.startMinute)) {
    // A time box cannot show 24:00; midnight at the end of an interval reads as 00:00.
    days[w.weekday].push({ start: timeOf(w.startMinute), end: w.endMinute === 1440 ? '00:00' : timeOf(w.endMinute) });
  }
  return { days };
}

/** The hours.setWeekly intervals, or the form paths of the spans that make no sense. */
export function weeklyIntervals(v: WeekValues): { intervals: { weekday: number; startMinute: number; endMinute: number }[]; invalid: string[] } {
  const intervals: { weekday: number; startMinute: number; endMinute: number }[] = [];
  const invalid: string[] = [];
  v.days.forEach((spans, weekday) => {
    spans.forEach((s, i) => {
      const startMinute = minutesOf(normaliseTime(s.start) ?? '');
      const rawEnd = minutesOf(normaliseTime(s.end) ?? '');
      const endMinute = rawEnd === 0 ? 1440 : rawEnd;
      if (startMinute === null || endMinute === null || startMinute >= endMinute) invalid.push(`days.${weekday}.${i}.end`);
      else intervals.push({ weekday, startMinute, endMinute });
    });
  });
  return { intervals, invalid };
}
