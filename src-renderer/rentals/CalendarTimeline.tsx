import { forwardRef, memo, useCallback, useMemo } from 'react';
import FullCalendar from '@fullcalendar/react';
import type { CalendarOptions, DatesSetArg, EventClickArg, EventContentArg, EventDropArg, EventMountArg } from '@fullcalendar/core';
import type { ResourceLabelContentArg } from '@fullcalendar/resource';
import interactionPlugin, { type EventResizeDoneArg } from '@fullcalendar/interaction';
import resourceTimelinePlugin from '@fullcalendar/resource-timeline';
import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../i18n';
import { branchTimeZonePlugin } from '../scheduler/branch-time-zone';
import { calendarBasics } from '../scheduler/calendar-basics';
import { calendarRows, itemContent, itemEvents, rowDetail, type CalendarData, type CalendarItem, type CalendarRow, type CalendarView, type RowMode } from './calendar-items';

export const timelineViews: Record<CalendarView, string> = { day: 'resourceTimelineDay', week: 'resourceTimelineWeek' };

const plugins = [interactionPlugin, resourceTimelinePlugin, branchTimeZonePlugin];
const hh = { hour: '2-digit', minute: '2-digit', hour12: false } as const;

/** A drag or resize: the item's new time, and its new row when it went to another one. */
export type ItemChange = { item: CalendarItem; start: string; end: string; rowId: string | null; revert: () => void };

type Props = {
  timeZone: string;
  view: CalendarView;
  by: RowMode;
  initialDate: string;
  data: CalendarData;
  onDates: (arg: DatesSetArg) => void;
  onOpen: (item: CalendarItem) => void;
  onChange: (change: ItemChange) => void;
};

function rowLabel(arg: ResourceLabelContentArg) {
  const row = arg.resource.extendedProps.row as CalendarRow;
  const detail = rowDetail(row);
  return (
    <div className="gd-row-label">
      <Text span size="xs" fw={row.kind === 'machine' ? 700 : 500}>
        {arg.resource.title}
      </Text>
      {detail && (
        <Text span size="xs" c="dimmed" display="block" truncate>
          {detail}
        </Text>
      )}
    </div>
  );
}

/**
 * FullCalendar's resource timeline on the branch's clock: machines (grouped by type) or
 * drivers as rows, rental items as boxes. Memoised, like the scheduler's calendar: a
 * notification on the page must not redraw a week of 200 machines.
 */
export const CalendarTimeline = memo(forwardRef<FullCalendar, Props>(function CalendarTimeline(props, ref) {
  const { timeZone, view, by, initialDate, data, onDates, onOpen, onChange } = props;
  const { t } = useTranslation();
  const language = useLanguage();
  // Titled in the current language: drawn again when it changes.
  const resources = useMemo(() => calendarRows(data.resources, by), [data.resources, by, language]);
  const events = useMemo(() => itemEvents(data.events), [data.events]);
  const eventContent = useCallback((arg: EventContentArg) => itemContent(arg, by, language, timeZone), [by, language, timeZone]);

  // The box opens the deal: a button (FullCalendar gives it a link's place, not a role).
  const eventDidMount = useCallback((arg: EventMountArg) => {
    if (arg.event.extendedProps.item) arg.el.setAttribute('role', 'button');
  }, []);

  const eventClick = useCallback((arg: EventClickArg) => onOpen(arg.event.extendedProps.item as CalendarItem), [onOpen]);

  // Where an item may go: its own row, or another machine of its type (another driver).
  const eventAllow = useCallback<NonNullable<CalendarOptions['eventAllow']>>((span, moving) => {
    const item = moving?.extendedProps.item as CalendarItem | undefined;
    const row = span.resource?.extendedProps.row as CalendarRow | undefined;
    if (!item || !row || row.id === item.resourceId) return true;
    if (row.kind === 'driver') return true;
    return row.kind === 'machine' && row.typeId === item.typeId;
  }, []);

  const changed = useCallback(
    (arg: EventDropArg | EventResizeDoneArg) => {
      const item = arg.event.extendedProps.item as CalendarItem;
      const to = 'newResource' in arg ? arg.newResource?.id : undefined;
      onChange({ item, start: arg.event.start!.toISOString(), end: (arg.event.end ?? arg.event.start)!.toISOString(), rowId: to && to !== item.resourceId ? to : null, revert: arg.revert });
    },
    [onChange],
  );

  const views = useMemo<CalendarOptions['views']>(
    () => ({
      resourceTimelineDay: { slotDuration: '01:00', snapDuration: '00:15', slotLabelFormat: hh, slotMinWidth: 38, titleFormat: { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' } },
      // A week on one screen: a column a day, each item as wide as its days, its times written in it.
      resourceTimelineWeek: { slotDuration: { days: 1 }, slotLabelFormat: { weekday: 'short', day: 'numeric', month: 'short' }, slotMinWidth: 110, nowIndicator: false },
    }),
    [],
  );

  return (
    <FullCalendar
      ref={ref}
      plugins={plugins}
      {...calendarBasics(timeZone, language)}
      initialView={timelineViews[view]}
      initialDate={initialDate}
      nowIndicator
      scrollTime="07:00"
      editable
      eventResourceEditable
      eventTimeFormat={hh}
      views={views}
      resourceAreaWidth="210px"
      resourceAreaHeaderContent={t(`rentalReports.calendar.rowsHeader.${by}`)}
      resourceGroupField={by === 'machine' ? 'groupLabel' : ''}
      resourceOrder="order"
      resources={resources}
      resourceLabelContent={rowLabel}
      events={events}
      eventContent={eventContent}
      eventDidMount={eventDidMount}
      eventAllow={eventAllow}
      datesSet={onDates}
      eventClick={eventClick}
      eventDrop={changed}
      eventResize={changed}
    />
  );
}));
