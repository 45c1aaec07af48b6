import { forwardRef, memo, useCallback, useLayoutEffect, useMemo, useState } from 'react';
import FullCalendar from '@fullcalendar/react';
import type { DatesSetArg, DateSelectArg, EventClickArg, EventDropArg, EventContentArg, EventInput, CalendarOptions } from '@fullcalendar/core';
import type { EventResizeDoneArg } from '@fullcalendar/interaction';
import interactionPlugin from '@fullcalendar/interaction';
import timeGridPlugin from '@fullcalendar/timegrid';
import resourceTimeGridPlugin from '@fullcalendar/resource-timegrid';
import resourceTimelinePlugin from '@fullcalendar/resource-timeline';
import { useTranslation } from 'react-i18next';
import type { SchedulerView } from '../app/route';
import { useLanguage } from '../i18n';
import type { Booking } from './booking-status';
import { branchTimeZonePlugin } from './branch-time-zone';
import { calendarBasics } from './calendar-basics';
import { bookingEvents, calendarResources, closedEvents, noMechanicId, visibleHours } from './calendar-events';
import { bookingContent, markBookingButton } from './event-content';
import type { ResourceMode, Setup } from './store';
import type { Span } from './closed-time';
import { timeOf, wallFields } from './zoned-time';

export const calendarViews: Record<SchedulerView, string> = { day: 'resourceTimeGridDay', timeline: 'resourceTimelineWeek', week: 'timeGridWeek' };

const plugins = [interactionPlugin, timeGridPlugin, resourceTimeGridPlugin, resourceTimelinePlugin, branchTimeZonePlugin];
const hhmm = { hour: '2-digit', minute: '2-digit', hour12: false } as const;
const noEvents: EventInput[] = [];

/** A change made by dragging: the booking's new time, bay and mechanics. */
export type DragChange = { booking: Booking; start: string; end: string; bayId: string; mechanicIds: string[]; revert: () => void };
export type Selection = { start: string; end: string; resourceId: string | null };

type Props = {
  setup: Setup;
  view: SchedulerView;
  by: ResourceMode;
  initialDate: string;
  bookings: Booking[];
  open: { branch: Span[]; mechanics: Record<string, Span[]> } | null;
  range: { from: string; to: string } | null;
  onDates: (arg: DatesSetArg) => void;
  onSelect: (selection: Selection) => void;
  onOpen: (booking: Booking) => void;
  onChange: (change: DragChange) => Promise<void>;
  onDayClick: (date: Date) => void;
};

/**
 * FullCalendar on the branch's clock: bays or mechanics as columns, closed time greyed out.
 * Memoised: a dialog opening on the page must not make FullCalendar draw a busy week again.
 */
export const SchedulerCalendar = memo(forwardRef<FullCalendar, Props>(function SchedulerCalendar(props, ref) {
  const { setup, view, by, initialDate, bookings, open, range, onDates, onSelect, onOpen, onChange, onDayClick } = props;
  const { t } = useTranslation();
  const language = useLanguage();
  const { timeZone } = setup;

  const resources = useMemo(() => calendarResources(setup.resources, by, t('scheduler.noMechanic')), [setup.resources, by, t]);
  const names = useMemo(() => new Map(setup.resources.map((r) => [r.id, r.name])), [setup.resources]);
  const events = useMemo(() => {
    const list = bookingEvents(bookings, by);
    return open && range ? [...closedEvents(open, range, view === 'week' ? 'bay' : by), ...list] : list;
  }, [bookings, by, open, range, view]);
  // FullCalendar measures a new grid (column widths, then the slots) before it places events,
  // and events it is given with the grid are laid out, hidden, in each of those measurements.
  // So the grid comes first, empty, and the bookings right after it, before the frame is
  // painted: a busy week is laid out once instead of three times.
  const [gridMeasured, setGridMeasured] = useState(false);
  useLayoutEffect(() => setGridMeasured(true), []);
  const hours = useMemo(() => {
    if (!setup.weekly.length) return visibleHours([], []);
    const minute = (iso: string) => {
      const [, , , h, m] = wallFields(Date.parse(iso), timeZone);
      return h * 60 + m;
    };
    return visibleHours(setup.weekly, bookings.map((b) => ({ start: minute(b.start), end: minute(b.end) })));
  }, [bookings, setup.weekly, timeZone]);

  const eventContent = useCallback((arg: EventContentArg) => bookingContent(arg, names, by, timeZone), [names, by, timeZone]);

  const select = useCallback((arg: DateSelectArg) => onSelect({ start: arg.start.toISOString(), end: arg.end.toISOString(), resourceId: arg.resource?.id ?? null }), [onSelect]);
  const eventClick = useCallback((arg: EventClickArg) => {
    const booking = arg.event.extendedProps.booking as Booking | undefined;
    if (booking) onOpen(booking);
  }, [onOpen]);

  const changed = useCallback(
    (arg: EventDropArg | EventResizeDoneArg) => {
      const booking = arg.event.extendedProps.booking as Booking;
      const start = arg.event.start!.toISOString();
      const end = (arg.event.end ?? arg.event.start)!.toISOString();
      let bayId = booking.bayId;
      let mechanicIds = booking.mechanicIds;
      const from = 'oldResource' in arg ? arg.oldResource?.id : undefined;
      const to = 'newResource' in arg ? arg.newResource?.id : undefined;
      if (from && to && from !== to) {
        if (by === 'bay') bayId = to;
        else mechanicIds = [...mechanicIds.filter((m) => m !== from), ...(to === noMechanicId ? [] : [to])].filter((m, i, all) => all.indexOf(m) === i);
      }
      void onChange({ booking, start, end, bayId, mechanicIds, revert: arg.revert });
    },
    [by, onChange],
  );

  const views = useMemo<CalendarOptions['views']>(
    () => ({
      resourceTimeGridDay: { titleFormat: { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' } },
      // Seven days of six bays side by side: a box's place says its time (a selection's says its start).
      timeGridWeek: { dayHeaderFormat: { weekday: 'short', day: 'numeric', month: 'numeric', omitCommas: true }, displayEventTime: false, slotEventOverlap: false },
      resourceTimelineWeek: {
        slotDuration: '01:00',
        slotLabelFormat: [{ weekday: 'short', day: 'numeric', month: 'short' }, { hour: '2-digit', hour12: false }],
        slotMinWidth: 44,
        resourceAreaWidth: '150px',
      },
    }),
    [],
  );

  return (
    <FullCalendar
      ref={ref}
      plugins={plugins}
      {...calendarBasics(timeZone, language)}
      initialView={calendarViews[view]}
      initialDate={initialDate}
      expandRows
      allDaySlot={false}
      nowIndicator
      navLinks
      navLinkDayClick={onDayClick}
      selectable
      selectMirror
      editable
      eventResourceEditable
      slotDuration="00:30:00"
      snapDuration="00:15:00"
      slotMinTime={timeOf(hours.min)}
      slotMaxTime={timeOf(hours.max)}
      slotLabelFormat={hhmm}
      eventTimeFormat={hhmm}
      views={views}
      resourceAreaHeaderContent={by === 'bay' ? t('scheduler.by.bay') : t('scheduler.by.mechanic')}
      resourceOrder="order"
      resources={resources}
      events={gridMeasured ? events : noEvents}
      eventContent={eventContent}
      eventDidMount={markBookingButton}
      datesSet={onDates}
      select={select}
      eventClick={eventClick}
      eventDrop={changed}
      eventResize={changed}
    />
  );
}));
