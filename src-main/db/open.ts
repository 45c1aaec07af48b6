import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import fs from 'node:fs';
import path from 'node:path';
import * as schema from './schema';
import { migrationsDir } from '../paths';
import { onlineBackup, backupFileName } from './backup';

export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

export type OpenOptions = {
  // Electron loads its own build of better-sqlite3 (a Node build cannot load there).
  nativeBinding?: string;
  readonly?: boolean;
};

export function connect(file: string, opts: OpenOptions = {}): Db {
  const sqlite = new Database(file, { nativeBinding: opts.nativeBinding, readonly: opts.readonly ?? false });
  // First, so that everything after it (even switching to WAL) waits for another desk's
  // write instead of failing at once.
  sqlite.pragma('busy_timeout = 5000');
  if (!opts.readonly) sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('foreign_keys = ON');
  // FULL, not NORMAL: with WAL, NORMAL can lose the last transactions on a power cut, and a
  // garage's payment or work order must survive one. The cost (an fsync per commit) is
  // invisible at front-desk write rates.
  sqlite.pragma('synchronous = FULL');
  // 64 MB of page cache (the default is 2 MB): reports over years of trips stay in memory.
  sqlite.pragma('cache_size = -65536');
  return drizzle(sqlite, { schema }) as Db;
}

type Journal = { entries: { idx: number; when: number; tag: string }[] };

export function readJournal(): Journal {
  return JSON.parse(fs.readFileSync(path.join(migrationsDir(), 'meta', '_journal.json'), 'utf8')) as Journal;
}

/** How many migrations have been applied to this database (0 for a new file). */
export function appliedMigrations(sqlite: Database.Database): number {
  const table = sqlite.prepare("SELECT 1 FROM sqlite_master WHERE type='table' AND name='__drizzle_migrations'").get();
  if (!table) return 0;
  return (sqlite.prepare('SELECT count(*) AS n FROM __drizzle_migrations').get() as { n: number }).n;
}

export function latestSchemaVersion(): number {
  return readJournal().entries.length;
}

/**
 * Brings the database up to the schema this build expects. When a database that already
 * holds data is about to be migrated, a backup is written first.
 */
export async function migrateWithBackup(db: Db, backupsDir: string): Promise<{ applied: number; backup?: string }> {
  const before = appliedMigrations(db.$client);
  const pending = latestSchemaVersion() - before;
  let backup: string | undefined;
  if (pending > 0 && before > 0) {
    backup = path.join(backupsDir, backupFileName(`pre-migrate-v${before}`));
    await onlineBackup(db.$client, backup);
  }
  if (pending > 0) migrate(db, { migrationsFolder: migrationsDir() });
  return { applied: Math.max(pending, 0), backup };
}

export async function openDatabase(file: string, backupsDir: string, opts: OpenOptions = {}): Promise<Db> {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const db = connect(file, opts);
  await migrateWithBackup(db, backupsDir);
  return db;
}
