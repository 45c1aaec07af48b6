import type { ApiOutput } from '../api/client';

export type SyncStatus = ApiOutput<'sync.status'>;

/** The one word the front desk sees: not enrolled, enrolled but never synced, or how the last try went. */
export type SyncState = 'notConnected' | 'connected' | 'online' | 'offline';

export function syncState(status: SyncStatus): SyncState {
  if (!status.enrolled) return 'notConnected';
  if (status.online === null) return 'connected';
  return status.online ? 'online' : 'offline';
}

export const stateColour: Record<SyncState, string> = { notConnected: 'gray', connected: 'blue', online: 'teal', offline: 'orange' };

/** A sync is under way: one this window started, or the background one. */
export const isRunning = (status: SyncStatus | null, syncing: boolean) => syncing || !!status?.running;
