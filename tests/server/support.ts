import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { uuidv7 } from 'uuidv7';
import type { FastifyInstance } from 'fastify';
import { count } from 'drizzle-orm';
import { formatHlc } from '../../src-main/sync/hlc';
import type { SyncChange } from '../../src-main/sync/merge';
import { adminOps } from '../../src-server/admin';
import { openServerDb, type ServerDb } from '../../src-server/db';
import type { Enrolment } from '../../src-server/enrol';
import { foldRows } from '../../src-server/fold';
import { changes, rows, serverState } from '../../src-server/schema';

/**
 * A database of its own on the PostgreSQL server at `url`, named `<prefix>_<random>`: its
 * connection string, and `drop()` to remove it.
 */
export async function scratchPgDatabase(url: string, prefix: string): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `${prefix}_${randomBytes(6).toString('hex')}`;
  const run = async (statement: string) => {
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    try {
      await admin.query(statement);
    } finally {
      await admin.end();
    }
  };
  await run(`CREATE DATABASE ${name}`);
  const own = new URL(url);
  own.pathname = `/${name}`;
  return { url: own.toString(), drop: () => run(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
}

/**
 * A fresh server database for one test file: PGlite in memory, or, when GARAGE_DESK_TEST_PG_URL
 * is set, a database of its own on that PostgreSQL server (`url`), dropped by `drop()`.
 */
export async function openTestDb(): Promise<ServerDb & { url?: string; drop(): Promise<void> }> {
  const url = process.env.GARAGE_DESK_TEST_PG_URL;
  if (!url) {
    const db = await openServerDb();
    return { ...db, drop: () => db.close() };
  }
  const scratch = await scratchPgDatabase(url, 'garage_desk_server');
  const db = await openServerDb({ url: scratch.url });
  return {
    ...db,
    url: scratch.url,
    drop: async () => {
      await db.close();
      await scratch.drop();
    },
  };
}

export const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

/** A branch with a fresh enrolment code (what `npm run server -- branch add` does). */
export async function addBranch(db: ServerDb, name: string, headOffice = false) {
  return adminOps['branch.add'](db, { name, headOffice }, Date.now());
}

export async function newCode(db: ServerDb, branch: string) {
  return (await adminOps['code.create'](db, { branch }, Date.now())).code;
}

export async function enrol(app: FastifyInstance, code: string, deskName = 'Front desk'): Promise<Enrolment> {
  const res = await app.inject({ method: 'POST', url: '/enrol', payload: { code, deskName } });
  if (res.statusCode !== 200) throw new Error(`enrol: ${res.statusCode} ${res.body}`);
  return res.json();
}

let counter = 0;
/** A change as a desk makes it: insert of a new row unless rowId and hlc say otherwise. */
export function change(p: Partial<SyncChange> & { table: string; scope: string }): SyncChange {
  return { id: uuidv7(), rowId: uuidv7(), hlc: formatHlc(Date.now(), counter++ % 10000, 'desk1'), fields: { name: 'x' }, ...p };
}

export function pushBody(schemaVersion: string, list: unknown[]) {
  return { schemaVersion, changes: list };
}

/** How much the server holds (its merged rows folded first): a refused request must leave all three as they were. */
export async function snapshot(db: ServerDb) {
  await foldRows(db);
  const [c] = await db.orm.select({ n: count() }).from(changes);
  const [r] = await db.orm.select({ n: count() }).from(rows);
  const [s] = await db.orm.select().from(serverState);
  return { changes: c.n, rows: r.n, lastSeq: s.lastSeq, data: await db.orm.select().from(rows) };
}
