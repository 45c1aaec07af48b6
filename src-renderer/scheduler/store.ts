import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { call, type ApiOutput } from '../api/client';
import { notifyError } from '../app/notify';
import type { SchedulerView } from '../app/route';
import type { Booking } from './booking-status';
import type { Span } from './closed-time';
import { addDays } from './zoned-time';
import i18n from '../i18n';
import { calendarLocaleCode } from './calendar-basics';

export type ResourceMode = 'bay' | 'mechanic';
export type Resource = ApiOutput<'resources.list'>['items'][number];
export type WeeklyInterval = ApiOutput<'hours.get'>['weekly'][number];

type Prefs = {
  view: SchedulerView;
  by: ResourceMode;
  showCancelled: boolean;
  setView: (view: SchedulerView) => void;
  setBy: (by: ResourceMode) => void;
  setShowCancelled: (show: boolean) => void;
};

/** How this desk likes its scheduler: kept in localStorage, like the language. */
export const useSchedulerPrefs = create<Prefs>()(
  persist(
    (set) => ({
      view: 'day',
      by: 'bay',
      showCancelled: false,
      setView: (view) => set({ view }),
      setBy: (by) => set({ by }),
      setShowCancelled: (showCancelled) => set({ showCancelled }),
    }),
    { name: 'garage-desk.scheduler', partialize: (s) => ({ view: s.view, by: s.by, showCancelled: s.showCancelled }) },
  ),
);

export type Setup = { timeZone: string; resources: Resource[]; weekly: WeeklyInterval[] };
export type Range = { from: string; to: string };

/**
 * `days` days from `date` on any clock: the UTC range padded by a day each side. Lets the
 * bookings load together with the branch's settings, before its time zone is known.
 */
export function roughRange(date: string, days: number): Range {
  return { from: `${addDays(date, -1)}T00:00:00.000Z`, to: `${addDays(date, days + 1)}T00:00:00.000Z` };
}

export function covers(outer: Range | null, inner: Range): boolean {
  return !!outer && Date.parse(outer.from) <= Date.parse(inner.from) && Date.parse(outer.to) >= Date.parse(inner.to);
}
type Open = { branch: Span[]; mechanics: Record<string, Span[]> };

type SchedulerData = {
  setup: Setup | null;
  range: Range | null;
  /** The range the bookings and open hours below belong to. */
  loadedRange: Range | null;
  bookings: Booking[];
  open: Open | null;
  loadSetup: () => Promise<void>;
  loadRange: (range: Range) => Promise<void>;
  reload: () => Promise<void>;
  /** Puts one booking's new state (the API's answer) in place, without a round trip. */
  put: (booking: Booking) => void;
};

let ticket = 0;
let setupLoaded: Promise<void> = Promise.resolve();

/** What the calendar shows: the branch's clock and resources, and the visible range's bookings. */
export const useSchedulerData = create<SchedulerData>()((set, get) => ({
  setup: null,
  range: null,
  loadedRange: null,
  bookings: [],
  open: null,
  loadSetup: () => {
    setupLoaded = (async () => {
      try {
        const [branch, resources, hours] = await Promise.all([call('branches.current', {}), call('resources.list', {}), call('hours.get', {})]);
        set({ setup: { timeZone: branch.timeZone, resources: resources.items, weekly: hours.weekly } });
      } catch (e) {
        notifyError(e);
      }
    })();
    return setupLoaded;
  },
  loadRange: async (range) => {
    // Answers can arrive out of order while someone pages through weeks; only the last counts.
    const mine = ++ticket;
    set({ range });
    try {
      const [list, open] = await Promise.all([
        call('bookings.list', { ...range, includeCancelled: useSchedulerPrefs.getState().showCancelled }),
        // Open hours per mechanic need the list of mechanics, which comes with the settings.
        setupLoaded.then(() => {
          const mechanics = (get().setup?.resources ?? []).filter((r) => r.kind === 'mechanic').map((r) => r.id);
          return call('hours.open', { ...range, employeeIds: mechanics });
        }),
      ]);
      if (mine === ticket) {
        set({ bookings: list.items, open, loadedRange: range });
        // For the UI benchmark (tests/bench/ui-week-view.ts): when the data was in hand.
        performance.mark('gd:scheduler-data');
      }
    } catch (e) {
      if (mine === ticket) {
        // Show the calendar anyway (empty); the notification says what went wrong.
        set({ bookings: [], open: null, loadedRange: range });
        notifyError(e);
      }
    }
  },
  reload: async () => {
    const range = get().range;
    if (range) await get().loadRange(range);
  },
  put: (booking) => {
    const hidden = booking.status === 'cancelled' && !useSchedulerPrefs.getState().showCancelled;
    const others = get().bookings.filter((b) => b.id !== booking.id);
    set({ bookings: hidden ? others : [...others, booking] });
  },
}));

/** Today on this computer's clock: a first guess before the branch's time zone is known. */
function localToday(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** The Monday on or before a date (weeks start on Monday here). */
function mondayOf(date: string): string {
  const weekday = new Date(`${date}T12:00:00Z`).getUTCDay();
  return addDays(date, -((weekday + 6) % 7));
}

let startedEarly = false;

/**
 * Asks for the settings and the first range's bookings together; the calendar waits for both,
 * so it draws once, with the bookings in place. `early`: started before the page mounted.
 */
export function startLoading(view: SchedulerView | undefined, date: string | undefined, early = false): void {
  const firstView = view ?? useSchedulerPrefs.getState().view;
  const firstDate = date ?? localToday();
  const data = useSchedulerData.getState();
  void data.loadSetup();
  void data.loadRange(firstView === 'day' ? roughRange(firstDate, 1) : roughRange(mondayOf(firstDate), 7));
  warmUpIntl(calendarLocaleCode(i18n.language));
  startedEarly = early;
}

/**
 * The browser's first number or date format in a language loads that language's data (about
 * 25 ms here), and FullCalendar makes its first ones while it draws. Made here, while the
 * bookings are on their way, the calendar draws that much sooner once they are in.
 */
function warmUpIntl(code: string): void {
  new Intl.NumberFormat(code).format(1);
  new Intl.DateTimeFormat(code, { timeZone: 'UTC', hour: '2-digit', minute: '2-digit' }).format(0);
}

/** True once after an early start, so the page does not ask twice. */
export function takeStartedLoad(): boolean {
  const was = startedEarly;
  startedEarly = false;
  return was;
}
