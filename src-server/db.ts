import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { btree_gist } from '@electric-sql/pglite/contrib/btree_gist';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import pg from 'pg';
import * as schema from './schema';

export type Orm = PgDatabase<PgQueryResultHKT, typeof schema>;
export type Tx = Parameters<Parameters<Orm['transaction']>[0]>[0];

/** The server's database, migrated: embedded PGlite, or a real PostgreSQL server. */
export interface ServerDb {
  orm: Orm;
  kind: 'pglite' | 'postgres';
  close(): Promise<void>;
}

/**
 * One `T` per server database, made on first use: a prepared statement (PostgreSQL plans it once
 * per connection), the group committer, the log's tail, the background folder.
 */
export function perDatabase<T>(make: (db: ServerDb) => T): (db: ServerDb) => T {
  const made = new WeakMap<ServerDb, T>();
  return (db) => {
    let value = made.get(db);
    if (value === undefined) made.set(db, (value = make(db)));
    return value;
  };
}

export const serverMigrationsDir = fileURLToPath(new URL('./migrations', import.meta.url));

/**
 * `url` (a postgres:// connection string) opens a real server; otherwise PGlite in
 * `<dataDir>/pglite`, or in memory when neither is given (tests). Migrations run before this
 * returns.
 */
export async function openServerDb(opts: { dataDir?: string; url?: string } = {}): Promise<ServerDb> {
  const { migrate, ...db } = opts.url ? connectPostgres(opts.url) : await openPglite(opts.dataDir);
  try {
    await migrate();
  } catch (e) {
    await db.close();
    throw e;
  }
  return db;
}

function connectPostgres(url: string): ServerDb & { migrate(): Promise<void> } {
  // Twenty desks syncing at once each hold a connection for a moment (sign-in, push, pull):
  // with fewer, a desk's requests queue behind the others' even when PostgreSQL is idle.
  const pool = new pg.Pool({ connectionString: url, max: 20 });
  // An idle connection that PostgreSQL ends (a restart, an administrator, a dropped database)
  // reports it here; unheard, the error would stop the whole server. The pool opens a new one.
  let closing = false;
  pool.on('error', (e) => {
    if (!closing) console.error('[db] a PostgreSQL connection was closed by the server; the next request opens another:', e.message);
  });
  const orm = drizzlePg(pool, { schema });
  const close = () => {
    closing = true;
    return pool.end();
  };
  return { orm: orm as unknown as Orm, kind: 'postgres', close, migrate: () => migratePg(orm, { migrationsFolder: serverMigrationsDir }) };
}

async function openPglite(dataDir: string | undefined): Promise<ServerDb & { migrate(): Promise<void> }> {
  const pgDir = dataDir && path.join(dataDir, 'pglite');
  if (pgDir) fs.mkdirSync(pgDir, { recursive: true });
  const client = await PGlite.create(pgDir, { extensions: { btree_gist } });
  const orm = drizzlePglite(client, { schema });
  return { orm: orm as unknown as Orm, kind: 'pglite', close: () => client.close(), migrate: () => migratePglite(orm, { migrationsFolder: serverMigrationsDir }) };
}
