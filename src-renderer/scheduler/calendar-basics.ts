import type { CalendarOptions } from '@fullcalendar/core';
import ruLocale from '@fullcalendar/core/locales/ru';
import enGbLocale from '@fullcalendar/core/locales/en-gb';

/**
 * What every FullCalendar here shares: the scheduler plugins' GPL licence (the project is
 * GPL-3.0), the branch's clock, the user's language, weeks from Monday, our own toolbar.
 */
export function calendarBasics(timeZone: string, language: string) {
  return {
    schedulerLicenseKey: 'GPL-My-Project-Is-Open-Source',
    timeZone,
    locale: language === 'ru' ? ruLocale : enGbLocale,
    firstDay: 1,
    headerToolbar: false,
    height: '100%',
  } satisfies CalendarOptions;
}
