// Head-office sync (issue #7), through a real HTTP server on 127.0.0.1 and the real fetch.
// The server runs in a worker thread of its own (sync-server.ts), on PGlite, or on PostgreSQL
// when DATABASE_URL (or GARAGE_DESK_TEST_PG_URL) is set: then in a fresh database of its own,
// dropped afterwards. The desks all run on this process's main thread.
//
// sync.first: a desk holding the demo database of the bench scale enrols and pushes its history
// (not timed); then a new empty desk of the same branch enrols and its first sync (pull and
// apply of everything) is timed. Compared with inserting the rows that desk ends up with into a
// fresh SQLite file of the same schema, prepared statements, one transaction (goal: within 3×).
// At garage scale (2.2M rows) this takes the better part of an hour: --scale small is the quick run.
//
// sync.roundtrip: 20 small desks in 4 branches, all enrolled in one server. Each round every
// desk changes 100 customers (not timed), then all twenty sync at once; customers are shared, so
// each desk also pulls everybody else's. p95 of one sync (goal: under 200 ms), the server's
// changes/s, and the server's own time per push and pull.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { Worker } from 'node:worker_threads';
import pg from 'pg';
import { openBackend, type Backend } from '../../src-main/backend';
import type { DemoScale } from '../../src-main/demo/fill';
import { openDatabase } from '../../src-main/db/open';
import { dataFiles } from '../../src-main/paths';
import { enrol, syncNow } from '../../src-main/sync/client';
import { branchTables, sharedTables } from '../../src-main/sync/tables';
import { demoBackend, percentile } from './support';

const pgUrl = () => process.env.DATABASE_URL || process.env.GARAGE_DESK_TEST_PG_URL || undefined;
const log = (text: string) => process.stderr.write(`${text}\n`);
const tempDir = (what: string, base = os.tmpdir()) => fs.mkdtempSync(path.join(base, `garage-desk-bench-${what}-`));

/**
 * The head-office server on a free port, in a worker thread (sync-server.ts): PGlite in a
 * temporary folder, or a fresh PostgreSQL database, dropped on close.
 */
async function startServer() {
  const url = pgUrl();
  let target: { dataDir?: string; url?: string };
  let cleanup: () => Promise<void>;
  if (url) {
    const name = `garage_desk_bench_${randomBytes(6).toString('hex')}`;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    const own = new URL(url);
    own.pathname = `/${name}`;
    target = { url: own.toString() };
    cleanup = async () => {
      const again = new pg.Client({ connectionString: url });
      await again.connect();
      await again.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await again.end();
    };
  } else {
    // On disk: the garage history does not fit PGlite's memory comfortably.
    const dir = tempDir('server');
    target = { dataDir: dir };
    cleanup = async () => fs.rmSync(dir, { recursive: true, force: true });
  }
  // The worker loads TypeScript through tsx, as this script does.
  const tsx = import.meta.resolve('tsx/esm/api');
  const entry = new URL('./sync-server.ts', import.meta.url).href;
  const worker = new Worker(`import(${JSON.stringify(tsx)}).then((t) => { t.register(); return import(${JSON.stringify(entry)}); });`, { eval: true, workerData: target });
  const waiting = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  let nextId = 0;
  const ready = new Promise<{ url: string; kind: 'pglite' | 'postgres' }>((resolve, reject) => {
    worker.once('error', reject);
    worker.on('message', (m: { ready?: true; url: string; kind: 'pglite' | 'postgres'; id: number; result?: unknown; error?: string }) => {
      if (m.ready) return resolve(m);
      const w = waiting.get(m.id);
      waiting.delete(m.id);
      if (m.error) w?.reject(new Error(m.error));
      else w?.resolve(m.result);
    });
  });
  const request = <T>(op: string, input?: unknown) =>
    new Promise<T>((resolve, reject) => {
      const id = nextId++;
      waiting.set(id, { resolve: resolve as (v: unknown) => void, reject });
      worker.postMessage({ id, op, input });
    });
  try {
    const { url: serverUrl, kind } = await ready;
    return {
      kind,
      url: serverUrl,
      newCode: async (branch: string) => (await request<{ code: string }>('code.create', { branch })).code,
      addBranch: async (name: string) => void (await request('branch.add', { name })),
      /** The server's own time for each push and pull since the last call, in ms. */
      timings: () => request<{ push: number[]; pull: number[] }>('timings'),
      async close() {
        await request('close');
        await worker.terminate();
        await cleanup();
      },
    };
  } catch (e) {
    await worker.terminate();
    await cleanup();
    throw e;
  }
}

/** A desk on a fresh data folder under `base`, holding a copy of `from` when given. */
async function openDesk(from?: Backend, base?: string): Promise<Backend> {
  const dataDir = tempDir('desk', base);
  // SQLite's online backup: the copy includes what is still in the write-ahead log.
  if (from) await from.db.$client.backup(dataFiles(dataDir).dbFile);
  return openBackend({ dataDir });
}

function closeDesk(desk: Backend): void {
  desk.close();
  fs.rmSync(desk.dataDir, { recursive: true, force: true });
}

/**
 * Inserts every synced row `from` holds into a fresh SQLite file of the same schema: prepared
 * statements, one transaction, the same pragmas and triggers as a sync's apply (overlap
 * triggers standing back, foreign keys checked at commit). Returns rows and milliseconds.
 */
async function rawInsert(from: Backend): Promise<{ rows: number; ms: number }> {
  const dir = tempDir('raw');
  const { dbFile, backupsDir } = dataFiles(dir);
  const raw = await openDatabase(dbFile, backupsDir);
  const sqlite = raw.$client;
  let rows = 0;
  let ms = 0;
  const time = (fn: () => void) => {
    const t = performance.now();
    fn();
    ms += performance.now() - t;
  };
  time(() => {
    sqlite.exec('BEGIN');
    sqlite.pragma('defer_foreign_keys = ON');
    sqlite.exec('INSERT INTO sync_applying VALUES (1)');
  });
  for (const table of [...sharedTables, ...branchTables]) {
    const read = from.db.$client.prepare(`SELECT * FROM "${table}"`).raw();
    const columns = read.columns().map((c) => `"${c.name}"`);
    const values = read.all() as unknown[][];
    if (!values.length) continue;
    time(() => {
      const insert = sqlite.prepare(`INSERT INTO "${table}" (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`);
      for (const row of values) insert.run(row);
    });
    rows += values.length;
  }
  time(() => {
    sqlite.exec('DELETE FROM sync_applying');
    sqlite.exec('COMMIT');
  });
  sqlite.close();
  fs.rmSync(dir, { recursive: true, force: true });
  return { rows, ms };
}

export async function benchSyncFirst(scale: DemoScale) {
  // A small database syncs in a second or two, and a shared machine's load varies more than that:
  // five new desks and five raw inserts, medians.
  const runs = scale === 'small' ? 5 : 1;
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const server = await startServer();
  const desks = new Set<Backend>();
  const close = (desk: Backend) => {
    desks.delete(desk);
    closeDesk(desk);
  };
  try {
    await server.addBranch('Bench');
    // A copy of the cached demo database: the desk whose history head office receives.
    const demo = await demoBackend(scale);
    const history = await openDesk(demo);
    desks.add(history);
    demo.close();
    let t = performance.now();
    await enrol(history.db, server.url, await server.newCode('Bench'), 'History desk');
    log(`sync.first: enrolled the ${scale} desk in ${Math.round(performance.now() - t)} ms; pushing its history…`);
    t = performance.now();
    const { pushed } = await syncNow(history.db, { onProgress: (p) => p.phase === 'push' && p.done % 100_000 === 0 && log(`  pushed ${p.done} / ${p.total}`) });
    log(`sync.first: pushed ${pushed} changes in ${Math.round(performance.now() - t)} ms`);
    close(history);

    const syncs: { ms: number; pulled: number }[] = [];
    const raws: { ms: number; rows: number }[] = [];
    for (let run = 0; run < runs; run++) {
      const fresh = await openDesk();
      desks.add(fresh);
      await enrol(fresh.db, server.url, await server.newCode('Bench'), `New desk ${run + 1}`);
      t = performance.now();
      const { pulled } = await syncNow(fresh.db);
      syncs.push({ ms: performance.now() - t, pulled });
      log(`sync.first: a new desk pulled and applied ${pulled} changes in ${Math.round(syncs[run].ms)} ms`);
      raws.push(await rawInsert(fresh));
      close(fresh);
    }
    const syncMs = median(syncs.map((s) => s.ms));
    const rawMs = median(raws.map((r) => r.ms));
    const changesPerS = syncs[0].pulled / (syncMs / 1000);
    const rawRowsPerS = raws[0].rows / (rawMs / 1000);
    return {
      name: 'sync.first',
      scale,
      db: server.kind,
      runs,
      changes: syncs[0].pulled,
      sync_ms: Math.round(syncMs),
      changes_per_s: Math.round(changesPerS),
      raw_rows: raws[0].rows,
      raw_insert_ms: Math.round(rawMs),
      raw_rows_per_s: Math.round(rawRowsPerS),
      ratio_to_raw_insert: Number((rawRowsPerS / changesPerS).toFixed(2)),
    };
  } finally {
    for (const desk of desks) closeDesk(desk);
    await server.close();
  }
}

export async function benchSyncRoundtrip(opts: { workstations?: number; branches?: number; rounds?: number; changes?: number } = {}) {
  const workstations = opts.workstations ?? 20;
  const branchCount = opts.branches ?? 4;
  const rounds = opts.rounds ?? 10;
  const perSync = opts.changes ?? 100;
  const customerCount = 1000;
  // Twenty desks share this one thread and one disk: on tmpfs their commits do not wait for
  // each other's fsyncs (on its own computer each desk waits only for its own).
  const base = fs.existsSync('/dev/shm') ? '/dev/shm' : os.tmpdir();
  const server = await startServer();
  const desks: Backend[] = [];
  try {
    const branches = Array.from({ length: branchCount }, (_, i) => `Branch ${i + 1}`);
    for (const b of branches) await server.addBranch(b);
    for (let i = 0; i < workstations; i++) {
      const desk = await openDesk(undefined, base);
      await enrol(desk.db, server.url, await server.newCode(branches[i % branchCount]), `Desk ${i + 1}`);
      desks.push(desk);
    }
    const call = (desk: Backend, method: string, input: unknown) => {
      const r = desk.call(method, input);
      if (!r.ok) throw new Error(`${method}: ${JSON.stringify(r.error)}`);
      return r.data as { id: string };
    };
    // Customers every desk will edit: made on the first desk, then every desk is in step.
    const customers = Array.from({ length: customerCount }, (_, i) => call(desks[0], 'customers.create', { kind: 'person', name: `Клиент ${i}`, phones: [`+7916${String(1_000_000 + i).padStart(7, '0')}`] }).id);
    for (const desk of desks) await syncNow(desk.db);
    await syncNow(desks[0].db);

    // Each round: every desk edits 100 customers (not timed), then all twenty sync at once.
    await server.timings();
    const latencies: number[] = [];
    let pushedTotal = 0;
    let pulledTotal = 0;
    let syncingMs = 0;
    for (let round = 0; round < rounds; round++) {
      desks.forEach((desk, d) => {
        for (let k = 0; k < perSync; k++) {
          const id = customers[(d * 7919 + round * perSync + k) % customerCount];
          call(desk, 'customers.update', { id, notes: `desk ${d + 1}, round ${round + 1}, edit ${k + 1}` });
        }
      });
      const start = performance.now();
      await Promise.all(
        desks.map(async (desk) => {
          const t = performance.now();
          const { pushed, pulled } = await syncNow(desk.db);
          latencies.push(performance.now() - t);
          pushedTotal += pushed;
          pulledTotal += pulled;
        }),
      );
      syncingMs += performance.now() - start;
    }
    const served = await server.timings();
    return {
      name: 'sync.roundtrip',
      workstations,
      db: server.kind,
      branches: branchCount,
      rounds,
      changes_per_sync: perSync,
      pulled_per_sync: Math.round(pulledTotal / latencies.length),
      p50_ms: percentile(latencies, 50),
      p95_ms: percentile(latencies, 95),
      server_changes_per_s: Math.round(pushedTotal / (syncingMs / 1000)),
      server_pulled_per_s: Math.round(pulledTotal / (syncingMs / 1000)),
      // The server's part: from a request's arrival to its answer.
      server_push_p95_ms: percentile(served.push, 95),
      server_pull_p95_ms: percentile(served.pull, 95),
    };
  } finally {
    for (const desk of desks) closeDesk(desk);
    await server.close();
  }
}
