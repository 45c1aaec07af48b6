import { and, eq, inArray, ne, sql } from 'drizzle-orm';
import type { DeskCtx } from './context';
import { SyncError, sqlState } from './errors';
import { claimInput, parse, releaseInput } from './inputs';
import { bookingClaims } from './schema';

/**
 * POST /claim and /release: the slots of confirmed bookings of every branch, kept apart by the
 * exclusion constraint on (resource, time range): the bay and every mechanic a booking holds.
 * A desk confirming a booking while online claims its slot here first; claiming the same booking
 * again moves its claim (and follows a change of bay or mechanics).
 */
export async function claim({ db, now, body, desk }: DeskCtx): Promise<{ ok: true }> {
  const c = parse(claimInput, body);
  const during = sql`tstzrange(${c.start}::timestamptz, ${c.end}::timestamptz, '[)')`;
  // The look-up names the holder; the constraint settles two desks claiming at the same moment,
  // and the next attempt then finds the winner.
  for (let attempt = 0; ; attempt++) {
    try {
      await db.orm.transaction(async (tx) => {
        await ownClaim(tx, c.bookingId, desk.branchId);
        await tx.delete(bookingClaims).where(eq(bookingClaims.bookingId, c.bookingId));
        const [holder] = await tx
          .select({ bookingId: bookingClaims.bookingId })
          .from(bookingClaims)
          .where(and(inArray(bookingClaims.resourceId, c.resourceIds), sql`${bookingClaims.during} && ${during}`, ne(bookingClaims.bookingId, c.bookingId)))
          .limit(1);
        if (holder) throw new SyncError('booking_conflict', 'This time is already booked for this bay or person on another desk. Choose another time or resource.', { holder });
        const claimedAt = new Date(now());
        await tx.insert(bookingClaims).values(c.resourceIds.map((resourceId) => ({ bookingId: c.bookingId, resourceId, during, branchId: desk.branchId, workstationId: desk.workstationId, claimedAt })));
      });
      return { ok: true };
    } catch (e) {
      if (sqlState(e) !== '23P01' || attempt >= 4) throw e;
    }
  }
}

export async function release({ db, body, desk }: DeskCtx): Promise<{ ok: true }> {
  const { bookingId } = parse(releaseInput, body);
  await db.orm.transaction(async (tx) => {
    await ownClaim(tx, bookingId, desk.branchId);
    await tx.delete(bookingClaims).where(eq(bookingClaims.bookingId, bookingId));
  });
  return { ok: true };
}

/** Refuses to touch a claim that another branch holds. */
async function ownClaim(tx: Pick<DeskCtx['db']['orm'], 'select'>, bookingId: string, branchId: string): Promise<void> {
  const [held] = await tx.select({ branchId: bookingClaims.branchId }).from(bookingClaims).where(eq(bookingClaims.bookingId, bookingId)).for('update');
  if (held && held.branchId !== branchId) throw new SyncError('forbidden', "This booking belongs to another branch; this computer may not change its slot.");
}
