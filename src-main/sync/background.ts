import type { Db } from '../db/open';
import { readEnrolment, onLocalChange } from './outbox';
import { syncNow, isSyncing } from './client';

/**
 * Keeps a desk in step with head office while the app runs: a sync every minute, and one a
 * few seconds after local changes (so a burst of edits goes in one sync). Failures are
 * recorded in the sync status for the front desk to see; the next tick tries again.
 */
export function startBackgroundSync(db: Db, opts: { everyMs?: number; afterChangeMs?: number; fetch?: typeof fetch } = {}): () => void {
  const everyMs = opts.everyMs ?? 60_000;
  const afterChangeMs = opts.afterChangeMs ?? 3_000;
  let soon: NodeJS.Timeout | undefined;
  const run = () => {
    if (!readEnrolment(db) || isSyncing(db)) return;
    syncNow(db, { fetch: opts.fetch }).catch(() => undefined);
  };
  const every = setInterval(run, everyMs);
  const stopListening = onLocalChange(db, () => {
    clearTimeout(soon);
    soon = setTimeout(run, afterChangeMs);
  });
  every.unref();
  return () => {
    clearInterval(every);
    clearTimeout(soon);
    stopListening();
  };
}
