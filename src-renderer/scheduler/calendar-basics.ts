import type { CalendarOptions } from '@fullcalendar/core';
import ruLocale from '@fullcalendar/core/locales/ru';
import enGbLocale from '@fullcalendar/core/locales/en-gb';

const calendarLocale = (language: string) => (language === 'ru' ? ruLocale : enGbLocale);

/** The language tag FullCalendar formats with. */
export const calendarLocaleCode = (language: string) => calendarLocale(language).code;

/**
 * What every FullCalendar here shares: the scheduler plugins' GPL licence (the project is
 * GPL-3.0), the branch's clock, the user's language, weeks from Monday, our own toolbar.
 */
export function calendarBasics(timeZone: string, language: string) {
  return {
    schedulerLicenseKey: 'GPL-My-Project-Is-Open-Source',
    timeZone,
    locale: calendarLocale(language),
    firstDay: 1,
    headerToolbar: false,
    height: '100%',
  } satisfies CalendarOptions;
}
