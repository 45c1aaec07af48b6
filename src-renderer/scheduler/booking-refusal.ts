import { create } from 'zustand';
import { notifications } from '@mantine/notifications';
import i18n from '../i18n';
import { ApiCallError, type BookingConflict } from '../api/client';
import { notifyError } from '../app/notify';
import { formatDayShort, formatPlate, formatTimeRange } from '../format';
import { toWall } from './zoned-time';

// How the scheduler explains a refused booking: a collision names the booking in the way,
// on the branch's clock; closed time asks the person whether to book anyway.

/** "Bay 1 is taken 10:00–11:00 by Ivanov, А123ВС 77" (with the day when it is another one). */
export function conflictText(conflict: BookingConflict, timeZone: string, attemptedStart?: string): string {
  const language = i18n.language;
  const sameDay = attemptedStart && toWall(conflict.start, timeZone).date === toWall(attemptedStart, timeZone).date;
  const range = formatTimeRange(conflict.start, conflict.end, language, timeZone);
  const when = sameDay ? range : `${formatDayShort(conflict.start, language, timeZone)} ${range}`;
  const who = [conflict.customerName, formatPlate(conflict.vehiclePlate)].filter(Boolean).join(', ');
  return who ? i18n.t('booking.refusal.takenBy', { resource: conflict.resourceName, when, who }) : i18n.t('booking.refusal.taken', { resource: conflict.resourceName, when });
}

/** The message for a refused change: the collision in the user's terms, or the server's own words. */
export function refusalText(error: unknown, timeZone: string, attemptedStart?: string): string {
  if (error instanceof ApiCallError && error.code === 'booking_conflict' && error.conflict) return conflictText(error.conflict, timeZone, attemptedStart);
  return error instanceof Error ? error.message : String(error);
}

export function notifyConflict(title: string, conflict: BookingConflict, timeZone: string, attemptedStart?: string): void {
  notifications.show({ color: 'red', title, message: conflictText(conflict, timeZone, attemptedStart), autoClose: 10_000 });
}

export function notifyRefusal(title: string, error: unknown, timeZone: string, attemptedStart?: string): void {
  if (error instanceof ApiCallError && error.code === 'booking_conflict') {
    notifications.show({ color: 'red', title, message: refusalText(error, timeZone, attemptedStart), autoClose: 10_000 });
  } else notifyError(error);
}

type Question = { message: string; answer: (yes: boolean) => void };

/** The one "Book anyway?" question on screen, answered by BookAnywayModal. */
export const useBookAnyway = create<{ question: Question | null }>(() => ({ question: null }));

export function askBookAnyway(message: string): Promise<boolean> {
  return new Promise((resolve) => {
    useBookAnyway.setState({
      question: {
        message,
        answer: (yes) => {
          useBookAnyway.setState({ question: null });
          resolve(yes);
        },
      },
    });
  });
}

/**
 * Runs a booking change; when the time is outside working hours, asks the person and, if they
 * agree, runs it again with allowOutsideHours. Null when they decline. Other refusals throw.
 */
export async function withHoursCheck<T>(run: (allowOutsideHours: boolean) => Promise<T>): Promise<T | null> {
  try {
    return await run(false);
  } catch (e) {
    if (!(e instanceof ApiCallError && e.code === 'outside_hours')) throw e;
    if (!(await askBookAnyway(e.message))) return null;
    return run(true);
  }
}
