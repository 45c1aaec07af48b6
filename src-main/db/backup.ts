import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';

export function backupFileName(label: string, now = new Date()): string {
  return `garage-desk-${label}-${now.toISOString().replace(/[:.]/g, '-')}.sqlite`;
}

/** SQLite's online backup: a consistent copy while other connections keep writing. */
export async function onlineBackup(sqlite: Database.Database, target: string): Promise<string> {
  fs.mkdirSync(path.dirname(target), { recursive: true });
  await sqlite.backup(target);
  return target;
}

export type BackupCheck = { ok: true; schemaVersion: number } | { ok: false; reason: 'not_sqlite' | 'integrity' | 'not_garage_desk' | 'newer_schema'; detail?: string };

/** Checks a backup before anything is replaced with it. */
export function checkBackupFile(file: string, latestSchemaVersion: number): BackupCheck {
  let sqlite: Database.Database;
  try {
    sqlite = new Database(file, { readonly: true, fileMustExist: true });
  } catch (e) {
    return { ok: false, reason: 'not_sqlite', detail: String(e) };
  }
  try {
    let integrity: string;
    try {
      integrity = (sqlite.pragma('integrity_check', { simple: true }) as string) ?? '';
    } catch (e) {
      return { ok: false, reason: 'not_sqlite', detail: String(e) };
    }
    if (integrity !== 'ok') return { ok: false, reason: 'integrity', detail: integrity };
    const hasMigrations = sqlite.prepare("SELECT 1 FROM sqlite_master WHERE type='table' AND name='__drizzle_migrations'").get();
    const hasCustomers = sqlite.prepare("SELECT 1 FROM sqlite_master WHERE type='table' AND name='customers'").get();
    if (!hasMigrations || !hasCustomers) return { ok: false, reason: 'not_garage_desk' };
    const version = (sqlite.prepare('SELECT count(*) AS n FROM __drizzle_migrations').get() as { n: number }).n;
    if (version > latestSchemaVersion) return { ok: false, reason: 'newer_schema', detail: `${version} > ${latestSchemaVersion}` };
    return { ok: true, schemaVersion: version };
  } finally {
    sqlite.close();
  }
}

/**
 * Puts a checked backup in place of the database file. The current file (and its WAL) is
 * kept beside it under a dated name, never deleted. The database must be closed.
 */
export function replaceDatabaseFile(dbFile: string, backupFile: string, now = new Date()): string | undefined {
  let kept: string | undefined;
  if (fs.existsSync(dbFile)) {
    kept = `${dbFile}.before-restore-${now.toISOString().replace(/[:.]/g, '-')}`;
    // Fold the WAL into the main file first so the kept copy is complete on its own.
    const old = new Database(dbFile);
    old.pragma('wal_checkpoint(TRUNCATE)');
    old.close();
    fs.renameSync(dbFile, kept);
    for (const suffix of ['-wal', '-shm']) if (fs.existsSync(dbFile + suffix)) fs.rmSync(dbFile + suffix);
  }
  const tmp = `${dbFile}.restoring`;
  fs.copyFileSync(backupFile, tmp);
  fs.renameSync(tmp, dbFile);
  return kept;
}
