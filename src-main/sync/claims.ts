import type { Db } from '../db/open';
import { prepared } from '../db/prepared';
import { recordConflict } from './conflicts';

/**
 * Booking slots at head office (docs/sync.md): the server keeps every branch's confirmed
 * bookings apart with an exclusion constraint. A booking made or moved on an enrolled desk is
 * "pending" (shown as unconfirmed) until its slot is claimed there: at once when the server
 * answers, else at the next sync.
 */
export function markBookingPending(db: Db, bookingId: string): void {
  prepared(db.$client, "INSERT INTO sync_booking_claims (booking_id, state) VALUES (?, 'pending') ON CONFLICT (booking_id) DO UPDATE SET state = 'pending', holder_id = NULL").run(bookingId);
}

type Call = (path: string, body: unknown) => Promise<{ ok: true } | { ok: false; code?: string; holder?: string }>;

/** Claims (or releases) every pending booking's slot; refusals become conflicts to resolve. */
export async function claimPendingBookings(db: Db, call: Call, ids?: string[]): Promise<{ claimed: number; refused: number }> {
  const sqlite = db.$client;
  const pending = (
    ids
      ? ids.map((id) => prepared(sqlite, "SELECT booking_id FROM sync_booking_claims WHERE booking_id = ? AND state = 'pending'").pluck().get(id)).filter(Boolean)
      : prepared(sqlite, "SELECT booking_id FROM sync_booking_claims WHERE state = 'pending'").pluck().all()
  ) as string[];
  let claimed = 0;
  let refused = 0;
  for (const id of pending) {
    const b = prepared(sqlite, 'SELECT bay_id, start_at, end_at, status, deleted_at FROM bookings WHERE id = ?').get(id) as
      | { bay_id: string; start_at: string; end_at: string; status: string; deleted_at: string | null }
      | undefined;
    const holds = b && !b.deleted_at && b.status !== 'cancelled' && b.status !== 'no_show';
    const mechanics = holds ? (prepared(sqlite, 'SELECT employee_id FROM booking_mechanics WHERE booking_id = ? AND deleted_at IS NULL ORDER BY employee_id').pluck().all(id) as string[]) : [];
    const answer = holds ? await call('/claim', { bookingId: id, resourceIds: [b.bay_id, ...mechanics], start: b.start_at, end: b.end_at }) : await call('/release', { bookingId: id });
    if (answer.ok) {
      if (holds) {
        prepared(sqlite, "UPDATE sync_booking_claims SET state = 'claimed' WHERE booking_id = ?").run(id);
        claimed++;
      } else prepared(sqlite, 'DELETE FROM sync_booking_claims WHERE booking_id = ?').run(id);
    } else if (answer.code === 'booking_conflict' && answer.holder) {
      refused++;
      sqlite.transaction(() => {
        prepared(sqlite, "UPDATE sync_booking_claims SET state = 'refused', holder_id = ? WHERE booking_id = ?").run(answer.holder!, id);
        const pair = [id, answer.holder!].sort();
        recordConflict(db, 'booking_overlap', `bookings:${pair.join(':')}`, { bookingIds: pair });
      })();
    }
  }
  return { claimed, refused };
}

/** Whether a booking is still waiting for head office (for the scheduler's "unconfirmed" mark). */
export function unconfirmedBookings(db: Db, ids: string[]): Set<string> {
  if (!ids.length || !prepared(db.$client, 'SELECT EXISTS (SELECT 1 FROM sync_booking_claims)').pluck().get()) return new Set();
  return new Set(prepared(db.$client, "SELECT booking_id FROM sync_booking_claims WHERE state <> 'claimed' AND booking_id IN (SELECT value FROM json_each(?))").pluck().all(JSON.stringify(ids)) as string[]);
}
