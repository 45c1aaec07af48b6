import '../scheduler/scheduler.css';
import './calendar.css';
import { useCallback, useEffect, useRef, useState } from 'react';
import { Box, Group, LoadingOverlay, Skeleton, Stack, Text } from '@mantine/core';
import { useLocalStorage } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import type FullCalendar from '@fullcalendar/react';
import type { DatesSetArg } from '@fullcalendar/core';
import { useTranslation } from 'react-i18next';
import { ApiCallError, call } from '../api/client';
import { useQuery } from '../api/use-query';
import { navigate } from '../app/route';
import { notifyError, notifySuccess } from '../app/notify';
import { useDelayedFlag } from '../app/use-delayed-flag';
import { useLanguage } from '../i18n';
import { addDays, fromWall, todayIn, toWall } from '../scheduler/zoned-time';
import { CalendarTimeline, timelineViews, type ItemChange } from './CalendarTimeline';
import { CalendarToolbar } from './CalendarToolbar';
import { conflictText, itemClasses, whenText, type CalendarData, type CalendarItem, type CalendarView, type RentalConflict, type RowMode } from './calendar-items';

type Prefs = { view: CalendarView; by: RowMode };

/** The rental calendar: machines (or drivers) as rows, rental items as events. */
export function RentalCalendarPage() {
  const branch = useQuery('branches.current', {});
  // The calendar runs on the branch's clock, so it waits for it.
  return branch.data ? <CalendarScreen timeZone={branch.data.timeZone} /> : <Skeleton h={400} />;
}

/** The days a view shows around a date, as the API wants them: [Monday (or the day) 00:00, +7 days (+1)). */
function viewRange(date: string, view: CalendarView, timeZone: string) {
  const weekday = new Date(`${date}T12:00:00Z`).getUTCDay();
  const first = view === 'day' ? date : addDays(date, -((weekday + 6) % 7));
  return { from: fromWall(first, '00:00', timeZone)!, to: fromWall(addDays(first, view === 'day' ? 1 : 7), '00:00', timeZone)! };
}

function CalendarScreen({ timeZone }: { timeZone: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [prefs, setPrefs] = useLocalStorage<Prefs>({ key: 'garage-desk.rental-calendar', defaultValue: { view: 'week', by: 'machine' }, getInitialValueInEffect: false });
  const calendar = useRef<FullCalendar>(null);
  const [initialDate] = useState(() => todayIn(timeZone));
  const [date, setDate] = useState(initialDate);
  const [title, setTitle] = useState('');
  const [range, setRange] = useState(() => viewRange(initialDate, prefs.view, timeZone));
  const { data, loading, reload } = useQuery('rentals.calendar', { ...range, groupBy: prefs.by });
  const showProgress = useDelayedFlag(loading);
  // While another week (or grouping) loads, the last one stays on screen with its own rows.
  const last = useRef<{ data: CalendarData; by: RowMode } | null>(null);
  if (data) last.current = { data, by: prefs.by };
  const shown = last.current;

  const api = () => calendar.current?.getApi();
  useEffect(() => {
    const a = api();
    if (a && a.view.type !== timelineViews[prefs.view]) a.changeView(timelineViews[prefs.view]);
  }, [prefs.view]);

  const onDates = useCallback(
    (arg: DatesSetArg) => {
      setTitle(arg.view.title);
      setDate(toWall(arg.view.currentStart.toISOString(), timeZone).date);
      setRange({ from: arg.start.toISOString(), to: arg.end.toISOString() });
    },
    [timeZone],
  );

  const onOpen = useCallback((item: CalendarItem) => navigate({ name: 'rentals', view: { screen: 'deal', id: item.dealId } }), []);

  const by = shown?.by ?? prefs.by;
  const onChange = useCallback(
    async (c: ItemChange) => {
      const row = c.rowId ? (by === 'machine' ? { machineId: c.rowId } : { driverId: c.rowId }) : {};
      try {
        await call('deals.updateItem', { id: c.item.id, start: c.start, end: c.end, ...row });
        notifySuccess(t('rentalReports.calendar.moved', { when: whenText(c.start, c.end, language, timeZone, true) }));
        reload();
      } catch (e) {
        c.revert();
        if (e instanceof ApiCallError && e.code === 'booking_conflict' && e.conflict) {
          const message = conflictText(e.conflict as unknown as RentalConflict, language, timeZone);
          notifications.show({ color: 'red', title: t('rentalReports.calendar.refusedTitle'), message, autoClose: 10_000 });
        } else notifyError(e);
      }
    },
    [by, language, reload, t, timeZone],
  );

  return (
    <Stack gap={6} h="calc(100vh - 110px)" mih={420}>
      <CalendarToolbar
        title={title}
        date={date}
        view={prefs.view}
        by={prefs.by}
        onPrev={() => api()?.prev()}
        onNext={() => api()?.next()}
        onToday={() => api()?.today()}
        onDate={(d) => api()?.gotoDate(d)}
        onView={(view) => setPrefs((p) => ({ ...p, view }))}
        onBy={(rows) => setPrefs((p) => ({ ...p, by: rows }))}
      />
      {shown && !shown.data.resources.length && (
        <Text size="sm" c="dimmed">
          {t('rentalReports.calendar.empty')}
        </Text>
      )}
      <Box className="gd-calendar" pos="relative" style={{ flex: 1, minHeight: 0 }} data-testid="rental-calendar">
        <LoadingOverlay visible={showProgress} />
        {shown ? (
          <CalendarTimeline ref={calendar} timeZone={timeZone} view={prefs.view} by={shown.by} initialDate={initialDate} data={shown.data} onDates={onDates} onOpen={onOpen} onChange={onChange} />
        ) : (
          <Skeleton h="100%" />
        )}
      </Box>
      <Group justify="space-between" gap={4} wrap="wrap">
        <Group gap="sm" component="ul" aria-label={t('rentalReports.calendar.legend')} className="gd-legend" wrap="wrap">
          {(['draft', 'confirmed', 'supply', 'done'] as const).map((s) => (
            <Group key={s} gap={5} component="li" wrap="nowrap">
              <Box className={['gd-swatch', ...itemClasses(s === 'supply' ? 'confirmed' : s, s === 'supply')].join(' ')} aria-hidden />
              <Text size="xs">{t(`rentalReports.calendar.status.${s}`)}</Text>
            </Group>
          ))}
        </Group>
        <Text size="xs" c="dimmed" ta="right" ml="auto">
          {t('rentalReports.calendar.hint')}
        </Text>
      </Group>
    </Stack>
  );
}
