import { useEffect } from 'react';
import { create } from 'zustand';
import { call } from '../api/client';
import { notifyError, notifySuccess } from '../app/notify';
import i18n from '../i18n';
import { isRunning, type SyncStatus } from './sync-state';

type SyncStore = {
  status: SyncStatus | null;
  /** When the status was read: "5 min ago" counts from here. */
  readAt: number;
  /** A "Sync now" from this window is under way. */
  syncing: boolean;
  /**
   * Goes up whenever a sync has ended or a conflict was dealt with, so that screens showing
   * synced data (the Conflicts screen) load again.
   */
  version: number;
  refresh: () => Promise<void>;
  syncNow: () => Promise<void>;
  changed: () => void;
};

/** Sync with head office as this window sees it; one poll keeps it fresh (useSyncPolling). */
export const useSync = create<SyncStore>()((set, get) => ({
  status: null,
  readAt: Date.now(),
  syncing: false,
  version: 0,
  refresh: async () => {
    let status: SyncStatus;
    try {
      status = await call('sync.status', {});
    } catch {
      return; // the next poll tries again; a back end that is gone has its own message elsewhere
    }
    const prev = get().status;
    const moved = !!prev && (prev.lastSyncAt !== status.lastSyncAt || prev.conflicts !== status.conflicts || prev.enrolled !== status.enrolled);
    set((s) => ({ status, readAt: Date.now(), version: moved ? s.version + 1 : s.version }));
  },
  syncNow: async () => {
    if (get().syncing) return;
    set({ syncing: true });
    try {
      const result = await call('sync.now', {});
      notifySuccess(i18n.t('sync.done', result));
    } catch (e) {
      notifyError(e);
    } finally {
      set({ syncing: false });
      await get().refresh();
      get().changed();
    }
  },
  changed: () => {
    set((s) => ({ version: s.version + 1 }));
    void get().refresh();
  },
}));

const fastMs = 500;
const slowMs = 15_000;

/**
 * Reads the sync status every 15 s, and every half second while a sync runs (for its progress
 * bar). Mounted once, by the status block in the navigation.
 */
export function useSyncPolling(): void {
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let stopped = false;
    const schedule = (ms: number) => {
      clearTimeout(timer);
      timer = setTimeout(() => void tick(), ms);
    };
    const tick = async () => {
      await useSync.getState().refresh();
      if (stopped) return;
      const { status, syncing } = useSync.getState();
      schedule(isRunning(status, syncing) ? fastMs : slowMs);
    };
    void tick();
    // "Sync now" pressed: show its progress from the first half second.
    const unsubscribe = useSync.subscribe((s, prev) => {
      if (s.syncing && !prev.syncing) schedule(fastMs);
    });
    return () => {
      stopped = true;
      clearTimeout(timer);
      unsubscribe();
    };
  }, []);
}
