import { notifications } from '@mantine/notifications';
import i18n from '../i18n';
import { call } from '../api/client';

/**
 * After a booking is made or moved on a desk enrolled with head office: its slot is checked
 * there (the back end does nothing when the desk is not enrolled or the slot is already held).
 * When another desk holds it, the front desk is told at once; it is listed under Conflicts.
 */
export async function confirmSlot(bookingId: string, reload: () => unknown): Promise<void> {
  try {
    const result = await call('sync.claimBooking', { id: bookingId });
    if (result.state === 'refused') notifications.show({ color: 'orange', title: i18n.t('booking.slotTakenTitle'), message: i18n.t('booking.slotTaken'), autoClose: 12000 });
    if (result.state !== 'local') await reload();
  } catch {
    // Not reachable: the booking stays unconfirmed and the next sync tries again.
  }
}
