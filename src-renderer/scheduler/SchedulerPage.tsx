import './scheduler.css';
import { useCallback, useEffect, useRef, useState } from 'react';
import { Box, Group, Skeleton, Stack, Text } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import type FullCalendar from '@fullcalendar/react';
import type { DatesSetArg } from '@fullcalendar/core';
import { useTranslation } from 'react-i18next';
import { call } from '../api/client';
import { useRoute } from '../app/route';
import { notifySuccess } from '../app/notify';
import { replaceRoute, type SchedulerView } from '../app/route';
import { useLanguage } from '../i18n';
import { formatTimeRange } from '../format';
import type { Booking } from './booking-status';
import type { BookingTarget } from './booking-form';
import { firstFreeBay, knownConflict, noMechanicId } from './calendar-events';
import { notifyConflict, notifyRefusal, withHoursCheck } from './booking-refusal';
import { SchedulerCalendar, calendarViews, type DragChange, type Selection } from './SchedulerCalendar';
import { SchedulerToolbar } from './SchedulerToolbar';
import { StatusLegend } from './StatusLegend';
import { BookingModal } from './BookingModal';
import { BookAnywayModal } from './BookAnywayModal';
import { confirmSlot } from './confirm-slot';
import { covers, startLoading, takeStartedLoad, useSchedulerData, useSchedulerPrefs } from './store';
import { fromWall, minutesOf, timeOf, todayIn, toWall } from './zoned-time';

type Props = { view?: SchedulerView; date?: string };

// The scheduler is the home screen: when the app opens on it, its data is asked for as soon
// as this module runs, while React is still drawing the frame around it.
const first = useRoute.getState().route;
if (first.name === 'scheduler') startLoading(first.view, first.date, true);

/** The workshop's calendar: book by dragging (or with the keyboard), move, resize, open. */
export function SchedulerPage({ view: routeView, date: routeDate }: Props) {
  const { t } = useTranslation();
  const language = useLanguage();
  const prefs = useSchedulerPrefs();
  const { setup, bookings, open, loadedRange, loadRange, reload, put } = useSchedulerData();
  const calendar = useRef<FullCalendar>(null);
  const [title, setTitle] = useState('');
  const [date, setDate] = useState(routeDate ?? '');
  const [target, setTarget] = useState<BookingTarget | null>(null);
  const view = prefs.view;

  // A link to a view (and date) wins over the desk's last choice.
  useEffect(() => {
    if (routeView && routeView !== useSchedulerPrefs.getState().view) useSchedulerPrefs.getState().setView(routeView);
  }, [routeView]);
  useEffect(() => {
    const a = calendar.current?.getApi();
    if (a && routeDate) a.gotoDate(routeDate);
  }, [routeDate]);
  // The settings and the first range's bookings load together; the calendar waits for both,
  // so it draws once, with the bookings in place.
  useEffect(() => {
    // Once, on arrival (unless the first screen already started it); later ranges follow the calendar.
    if (!takeStartedLoad()) startLoading(routeView, routeDate);
  }, []);

  const api = () => calendar.current?.getApi();
  useEffect(() => {
    const a = api();
    if (a && a.view.type !== calendarViews[view]) a.changeView(calendarViews[view]);
  }, [view, setup]);

  const timelineScroll = useRef<{ weekStart: string } | null>(null);
  /** Scrolls the timeline once per week shown, when its bookings are in. */
  const scrollTimeline = useCallback(() => {
    const pending = timelineScroll.current;
    const s = useSchedulerData.getState();
    const a = calendar.current?.getApi();
    if (!pending || !a || !s.setup || !covers(s.loadedRange, { from: a.view.activeStart.toISOString(), to: a.view.activeEnd.toISOString() })) return;
    timelineScroll.current = null;
    const tz = s.setup.timeZone;
    const inWeek = (iso: string) => Date.parse(iso) >= a.view.activeStart.getTime() && Date.parse(iso) < a.view.activeEnd.getTime();
    const now = new Date().toISOString();
    const first = inWeek(now) ? now : s.bookings.map((b) => b.start).filter(inWeek).sort()[0];
    if (!first) return;
    const wall = toWall(first, tz);
    const days = Math.round((Date.parse(wall.date) - Date.parse(pending.weekStart)) / 86_400_000);
    setTimeout(() => a.scrollToTime({ days, hours: Math.max(0, Number(wall.time.slice(0, 2)) - 1) }), 0);
  }, []);
  useEffect(scrollTimeline, [loadedRange, scrollTimeline]);

  const onDates = useCallback(
    (arg: DatesSetArg) => {
      setTitle(arg.view.title);
      const tz = useSchedulerData.getState().setup?.timeZone ?? 'UTC';
      const shown = toWall(arg.view.currentStart.toISOString(), tz).date;
      setDate(shown);
      replaceRoute({ name: 'scheduler', view: useSchedulerPrefs.getState().view, date: shown });
      const needed = { from: arg.start.toISOString(), to: arg.end.toISOString() };
      if (!covers(useSchedulerData.getState().range, needed)) void loadRange(needed);
      // A week on a timeline is wider than the screen: start at now, or at the first booking.
      timelineScroll.current = arg.view.type === calendarViews.timeline ? { weekStart: shown } : null;
      scrollTimeline();
    },
    [loadRange, scrollTimeline],
  );

  const shownCancelled = useRef(prefs.showCancelled);
  useEffect(() => {
    if (shownCancelled.current === prefs.showCancelled) return;
    shownCancelled.current = prefs.showCancelled;
    void reload();
  }, [prefs.showCancelled, reload]);

  const openNew = useCallback(() => {
    const s = useSchedulerData.getState();
    if (!s.setup) return;
    const tz = s.setup.timeZone;
    const today = todayIn(tz);
    const day = date && date >= today ? date : today;
    // Today: the next full hour; another day: when the branch opens.
    const weekday = new Date(`${day}T12:00:00Z`).getUTCDay();
    const opens = s.setup.weekly.filter((w) => w.weekday === weekday).map((w) => w.startMinute);
    const startMinute = day === today ? Math.min(23 * 60, (Math.floor((minutesOf(toWall(Date.now(), tz).time) ?? 0) / 60) + 1) * 60) : opens.length ? Math.min(...opens) : 9 * 60;
    const start = fromWall(day, timeOf(startMinute), tz)!;
    const end = new Date(Date.parse(start) + 60 * 60_000).toISOString();
    setTarget({ kind: 'new', start, end, bayId: firstFreeBay(s.bookings, s.setup.resources, start, end), mechanicIds: [], focus: 'when' });
  }, [date]);

  useHotkeys([['n', () => target === null && openNew()]]);

  const onSelect = useCallback(
    (sel: Selection) => {
      api()?.unselect();
      const s = useSchedulerData.getState();
      if (!s.setup) return;
      const resourceColumns = useSchedulerPrefs.getState().view !== 'week';
      const by = useSchedulerPrefs.getState().by;
      const column = resourceColumns ? sel.resourceId : null;
      let bayId = by === 'bay' ? column : null;
      const mechanicIds = by === 'mechanic' && column && column !== noMechanicId ? [column] : [];
      const taken = column ? knownConflict(s.bookings, sel.start, sel.end, bayId, mechanicIds) : null;
      if (taken) {
        // The column is taken then: say by whom, the way the server would.
        const resourceId = taken.bayId === bayId ? taken.bayId : taken.mechanicIds.find((m) => mechanicIds.includes(m))!;
        const resourceName = s.setup.resources.find((r) => r.id === resourceId)?.name ?? '';
        notifyConflict(t('booking.refusal.bookTitle'), { ...taken, resourceId, resourceName }, s.setup.timeZone, sel.start);
        return;
      }
      // A click (one 15-minute step) means "about here": offer an hour.
      const end = Date.parse(sel.end) - Date.parse(sel.start) <= 15 * 60_000 ? new Date(Date.parse(sel.start) + 60 * 60_000).toISOString() : sel.end;
      bayId ??= firstFreeBay(s.bookings, s.setup.resources, sel.start, end);
      setTarget({ kind: 'new', start: sel.start, end, bayId, mechanicIds, focus: 'customer' });
    },
    [t],
  );

  const onChange = useCallback(
    async (c: DragChange) => {
      const tz = useSchedulerData.getState().setup?.timeZone ?? 'UTC';
      try {
        const moved = await withHoursCheck((allow) => call('bookings.move', { id: c.booking.id, start: c.start, end: c.end, bayId: c.bayId, mechanicIds: c.mechanicIds, ...(allow ? { allowOutsideHours: true } : {}) }));
        if (!moved) return c.revert();
        put(moved);
        void confirmSlot(moved.id, reload);
        notifySuccess(t('booking.moved', { when: formatTimeRange(moved.start, moved.end, language, tz) }));
      } catch (e) {
        c.revert();
        notifyRefusal(t('booking.refusal.moveTitle'), e, tz, c.start);
      }
    },
    [put, reload, t, language],
  );

  const onOpen = useCallback((b: Booking) => setTarget({ kind: 'open', bookingId: b.id }), []);

  const onSaved = useCallback(
    (booking: Booking) => {
      put(booking);
      void confirmSlot(booking.id, reload);
      const a = api();
      // Show where the booking went, if that is another day or week.
      if (a && (Date.parse(booking.start) < a.view.activeStart.getTime() || Date.parse(booking.start) >= a.view.activeEnd.getTime())) a.gotoDate(booking.start);
      else void reload();
    },
    [put, reload],
  );

  const onDayClick = useCallback((day: Date) => {
    useSchedulerPrefs.getState().setView('day');
    setTimeout(() => api()?.gotoDate(day), 0);
  }, []);

  return (
    <Stack gap={6} h="calc(100vh - 2 * var(--mantine-spacing-md))">
      <SchedulerToolbar
        title={title}
        date={date}
        view={view}
        by={prefs.by}
        showCancelled={prefs.showCancelled}
        onPrev={() => api()?.prev()}
        onNext={() => api()?.next()}
        onToday={() => api()?.today()}
        onDate={(d) => api()?.gotoDate(d)}
        onView={prefs.setView}
        onBy={prefs.setBy}
        onShowCancelled={prefs.setShowCancelled}
        onNew={openNew}
      />
      <Box className="gd-calendar" style={{ flex: 1, minHeight: 0 }} data-testid="scheduler-calendar">
        {setup && loadedRange ? (
          <SchedulerCalendar
            ref={calendar}
            setup={setup}
            view={view}
            by={prefs.by}
            initialDate={routeDate ?? todayIn(setup.timeZone)}
            bookings={bookings}
            open={open}
            range={loadedRange}
            onDates={onDates}
            onSelect={onSelect}
            onOpen={onOpen}
            onChange={onChange}
            onDayClick={onDayClick}
          />
        ) : (
          <Skeleton h="100%" />
        )}
      </Box>
      <Group justify="space-between" gap={4} wrap="wrap">
        <StatusLegend />
        <Text size="xs" c="dimmed" ta="right" ml="auto">
          {t('scheduler.hint')}
        </Text>
      </Group>
      {setup && <BookingModal target={target} setup={setup} onClose={() => setTarget(null)} onSaved={onSaved} />}
      <BookAnywayModal />
    </Stack>
  );
}
