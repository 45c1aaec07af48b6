import type { Db } from './open';
import { prepared } from './prepared';

// This desk's own key/value settings (local_settings, JSON values, never synced): which branch
// it is, its desk code, its enrolment and how far it has pulled. Prepared statements, since
// applying a pulled page writes two of them in its transaction.

export function getSetting<T>(db: Db, key: string): T | undefined {
  const raw = prepared(db.$client, 'SELECT value FROM local_settings WHERE key = ?').pluck().get(key) as string | undefined;
  return raw === undefined ? undefined : (JSON.parse(raw) as T);
}

/** Sets `key` to `value` in the caller's transaction, if there is one. */
export function setSetting(db: Db, key: string, value: unknown): void {
  prepared(db.$client, 'INSERT INTO local_settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(key, JSON.stringify(value));
}
