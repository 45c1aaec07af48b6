import type { EventContentArg, EventInput } from '@fullcalendar/core';
import type { ResourceInput } from '@fullcalendar/resource';
import i18n from '../i18n';
import type { ApiOutput } from '../api/client';
import { formatDayShort, formatPhone, formatPlate } from '../format';
import { labelWhenPlaced, line } from '../scheduler/event-content';
import { toWall } from '../scheduler/zoned-time';

export type CalendarData = ApiOutput<'rentals.calendar'>;
export type CalendarItem = CalendarData['events'][number];
export type CalendarRow = CalendarData['resources'][number];
export type RowMode = 'machine' | 'driver';
export type CalendarView = 'day' | 'week';
export type ItemStatus = CalendarItem['status'];

/** The rows in the back end's order (FullCalendar keeps it through `order`), machines grouped by type. */
export function calendarRows(rows: CalendarRow[], by: RowMode): ResourceInput[] {
  const t = i18n.t;
  return rows.map((row, order) => ({
    id: row.id,
    title: row.kind === 'unassigned' ? t(`rentalReports.calendar.unassigned.${by}`) : row.kind === 'machine' ? formatPlate(row.title) : row.title,
    groupLabel: row.kind === 'supply' ? t('rentalReports.calendar.supplyGroup') : row.kind === 'unassigned' ? t('rentalReports.calendar.unassignedGroup') : (row.group ?? ''),
    order,
    extendedProps: { row },
  }));
}

/** What a row says under its title: the model (and supplier), or a driver's phone. */
export function rowDetail(row: CalendarRow): string {
  return row.kind === 'driver' && row.detail ? formatPhone(row.detail) : (row.detail ?? '');
}

/** The CSS classes of an item's box and its legend swatch (scheduler.css and calendar.css). */
export function itemClasses(status: ItemStatus, supply: boolean): string[] {
  if (status === 'draft') return ['gd-status-tentative', 'gd-rental-draft'];
  if (status === 'done') return ['gd-status-done'];
  return [supply ? 'gd-rental-supply' : 'gd-status-confirmed'];
}

/**
 * Items as events. A recorded trip (done) stays put; supply equipment moves only in time,
 * since its row is the supplier's plate or driver.
 */
export function itemEvents(items: CalendarItem[]): EventInput[] {
  return items.map((item) => ({
    id: item.id,
    resourceId: item.resourceId,
    start: item.start,
    end: item.end,
    classNames: ['gd-booking', ...itemClasses(item.status, item.supply)],
    editable: item.status !== 'done',
    resourceEditable: !item.supply,
    extendedProps: { item },
  }));
}

/** "08:00–17:00" within a day, with the day in a week ("Tue 1 Dec 08:00–17:00"), both ends' days when it spans several. */
export function whenText(start: string, end: string, language: string, timeZone: string, withDay: boolean): string {
  const [from, to] = [toWall(start, timeZone), toWall(end, timeZone)];
  const day = (iso: string) => formatDayShort(iso, language, timeZone);
  // An item that ends at midnight ends on its own day.
  if (from.date === toWall(Date.parse(end) - 1, timeZone).date) return `${withDay ? `${day(start)} ` : ''}${from.time}–${to.time}`;
  return `${day(start)} ${from.time} – ${day(end)} ${to.time}`;
}

/** The whole item in one sentence: the box's tooltip and its name for a screen reader. */
export function itemLabel(item: CalendarItem, language: string, timeZone: string): string {
  const status = item.supply && item.status === 'confirmed' ? 'supply' : item.status;
  return [whenText(item.start, item.end, language, timeZone, true), item.machineLabel, item.driverName, `${item.dealNumber} ${item.customerName}`, i18n.t(`rentalReports.calendar.status.${status}`)]
    .filter(Boolean)
    .join(', ');
}

/**
 * An item's box: when and who drives, then the service (machine) and the deal. Plain DOM,
 * not React: a week of 200 machines holds hundreds of items.
 */
export function itemContent(arg: EventContentArg, by: RowMode, language: string, timeZone: string): { domNodes: Node[] } | undefined {
  const item = arg.event.extendedProps.item as CalendarItem | undefined;
  if (!item) return undefined;
  const box = document.createElement('div');
  box.className = 'gd-ev';
  box.title = itemLabel(item, language, timeZone);
  labelWhenPlaced(box, box.title);
  const head = line('gd-ev-head', '');
  const when = document.createElement('b');
  // The column says the day; a trip over several days says both.
  when.textContent = whenText(item.start, item.end, language, timeZone, false);
  head.append(when);
  if (item.driverName) head.append(` · ${item.driverName}`);
  // A machine's row names its plate: the box says the service; a driver's row does not.
  box.append(head, line('gd-ev-who', `${by === 'machine' ? item.service : item.machineLabel} · ${item.dealNumber} ${item.customerName}`));
  return { domNodes: [box] };
}

/** With a refused move: the other item in the way (see explainRentalConflict in the back end). */
export type RentalConflict = { start: string; end: string; dealNumber: string; customerName: string; resourceKind: RowMode };

/** "The machine is booked Tue 1 Dec 08:00–17:00 in deal R-0001 (ООО СтройДом)." */
export function conflictText(conflict: RentalConflict, language: string, timeZone: string): string {
  return i18n.t('rentalReports.calendar.takenBy', {
    resource: i18n.t(`rentalReports.calendar.resource.${conflict.resourceKind}`),
    when: whenText(conflict.start, conflict.end, language, timeZone, true),
    deal: conflict.dealNumber,
    customer: conflict.customerName,
  });
}
