import type { ApiOutput } from '../api/client';

export type Booking = ApiOutput<'bookings.get'>;
export type BookingStatus = Booking['status'];
export type RequestView = NonNullable<ApiOutput<'requests.forBooking'>>;
export type RequestStatus = RequestView['status'];

export const bookingStatuses: BookingStatus[] = ['tentative', 'confirmed', 'arrived', 'in_progress', 'done', 'no_show', 'cancelled'];
export const requestStatuses: RequestStatus[] = ['new', 'confirmed', 'arrived', 'converted', 'cancelled', 'no_show'];

/** The back end refuses to move these; the calendar does not offer to. */
export function isClosed(status: BookingStatus): boolean {
  return status === 'done' || status === 'cancelled' || status === 'no_show';
}

/** The CSS class that colours a booking (scheduler.css), shared by the calendar and the legend. */
export function statusClass(status: BookingStatus): string {
  return `gd-status-${status}`;
}
