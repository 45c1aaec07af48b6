import os from 'node:os';
import { z } from 'zod';
import { action, command, query } from '../api/define';
import { byId } from '../api/fields';
import { AppError } from '../api/errors';
import { claimBookingNow, enrol, resolveConflict, syncNow, syncStatus, SyncError } from './client';
import { id } from '../api/fields';

type ConflictRow = { id: string; kind: 'booking_overlap' | 'rental_overlap' | 'negative_stock' | 'duplicate_phone'; subject: string; details: string; detectedAt: string; resolvedAt: string | null };

/** A failure to reach or satisfy head office, as a translated API error. */
async function translated<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (e) {
    if (e instanceof SyncError) throw new AppError('conflict', { detail: e.message }, undefined, e.offline ? 'sync.offline' : 'sync.refused');
    throw e;
  }
}

export const syncApi = {
  'sync.status': query('Sync with head office: enrolled or not, online, last successful sync, pending changes, open conflicts, last error.', z.object({}), (ctx) => syncStatus(ctx.db)),
  'sync.enrol': action(
    'Connect this desk to head office with a one-time enrolment code.',
    z.object({ serverUrl: z.url({ protocol: /^https?$/ }), code: z.string().trim().min(4).max(100), deskName: z.string().trim().max(100).optional() }),
    (ctx, input) => translated(async () => {
      const e = await enrol(ctx.db, input.serverUrl, input.code, input.deskName || os.hostname());
      return { branchId: e.branchId, branchName: e.branchName, headOffice: e.headOffice, deskCode: e.deskCode };
    }),
  ),
  'sync.now': action('Push this desk’s changes to head office and pull everyone else’s.', z.object({}), (ctx) => translated(() => syncNow(ctx.db))),
  'sync.claimBooking': action(
    'Right after a booking is made or moved: confirm its slot at head office (claimed), learn that another desk holds it (refused), or leave it unconfirmed until the next sync when the server does not answer.',
    z.object({ id }),
    (ctx, input) => claimBookingNow(ctx.db, input.id),
  ),
  'sync.conflicts': query('Conflicts found after merges, for a person to resolve.', z.object({ includeResolved: z.boolean().optional() }), (ctx, input) => ({
    items: (
      ctx.db.$client
        .prepare(`SELECT id, kind, subject, details, detected_at AS detectedAt, resolved_at AS resolvedAt FROM sync_conflicts ${input.includeResolved ? '' : 'WHERE resolved_at IS NULL'} ORDER BY detected_at DESC`)
        .all() as ConflictRow[]
    ).map((r) => ({ ...r, details: JSON.parse(r.details) as Record<string, unknown> })),
  })),
  'sync.resolveConflict': command('Mark a conflict resolved once it has been dealt with.', byId, (ctx, input) => {
    resolveConflict(ctx.db, input.id);
    return { id: input.id };
  }),
};
