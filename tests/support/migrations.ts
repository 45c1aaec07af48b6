import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { connect, readJournal, type Db } from '../../src-main/db/open';
import { migrationsDir } from '../../src-main/paths';

/**
 * A database file migrated only up to `version` (the first N migrations), as an older build
 * of the app would have left it. Migration tests fill it with data at that version, then open
 * it with the current build and check the data came through.
 */
export function databaseAtVersion(version: number): { db: Db; dataDir: string; file: string } {
  const journal = readJournal();
  const partial = fs.mkdtempSync(path.join(os.tmpdir(), 'garage-desk-migrations-'));
  fs.mkdirSync(path.join(partial, 'meta'));
  const entries = journal.entries.slice(0, version);
  fs.writeFileSync(path.join(partial, 'meta', '_journal.json'), JSON.stringify({ ...journal, entries }));
  for (const e of entries) fs.copyFileSync(path.join(migrationsDir(), `${e.tag}.sql`), path.join(partial, `${e.tag}.sql`));
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'garage-desk-old-'));
  const file = path.join(dataDir, 'garage-desk.sqlite');
  const db = connect(file);
  migrate(db, { migrationsFolder: partial });
  return { db, dataDir, file };
}
