// Head-office sync (issue #7), through a real HTTP server on 127.0.0.1 and the real fetch.
// The server runs in a worker thread of its own (sync-server.ts), on PGlite, or on PostgreSQL
// when DATABASE_URL (or GARAGE_DESK_TEST_PG_URL) is set: then in a fresh database of its own,
// dropped afterwards. Both talk to their workers through startWorker: request, answer by message.
//
// sync.first: a desk holding the demo database of the bench scale enrols and pushes its history
// (not timed); then a new empty desk of the same branch enrols and its first sync (pull and
// apply of everything) is timed. Compared with inserting the rows that desk ends up with into a
// fresh SQLite file of the same schema, prepared statements, one transaction (goal: within 3×).
// At garage scale (2.2M rows) this takes the better part of an hour: --scale small is the quick run.
// Its desks run on this process's main thread, one at a time.
//
// sync.roundtrip: 20 desks enrolled in one server, each desk in a worker thread of its own
// (sync-desk.ts), as on a computer of its own: a desk's sync does not include the other desks'
// work of applying what they pulled. The machine's cores are still shared by the twenty desks,
// the server and PostgreSQL (on two cores a desk waits its turn for CPU, as it would not on its
// own computer), and their SQLite files share /dev/shm. The desk threads run at a lower priority
// (nice 19; GARAGE_DESK_BENCH_DESK_NICE=0 runs all at one), as head office's server and
// PostgreSQL have a machine of their own: the line says which (desk_threads_nice).
// Two workloads (benchSyncRoundtrip): `branch` (the bench line sync.roundtrip, the issue's
// "100-change sync"): 10 branches of two desks; each round every desk changes 100 of its branch's
// bookings, so each sync pushes 100 and pulls the other desk's 100. `shared`
// (sync.roundtrip-shared, the worst case): 4 branches, every desk changes 100 shared customers,
// so each sync also pulls the other 19 desks' 1,900.
// The edits are not timed; once every desk has made its own, all twenty sync at once, each
// timed inside its worker around syncNow. p95 of one sync (goal: under 200 ms), the part of it
// spent applying pulled pages, the server's changes/s, the server's own time per push and pull,
// and the CPU time a round of twenty syncs costs the desks, the server and PostgreSQL.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { openBackend, type Backend } from '../../src-main/backend';
import type { DemoScale } from '../../src-main/demo/fill';
import { openDatabase } from '../../src-main/db/open';
import { dataFiles } from '../../src-main/paths';
import { enrol, syncNow } from '../../src-main/sync/client';
import { branchTables, sharedTables } from '../../src-main/sync/tables';
import { demoBackend, percentile, postgresCpuMs } from './support';
import { scratchPgDatabase } from '../server/support';

const pgUrl = () => process.env.DATABASE_URL || process.env.GARAGE_DESK_TEST_PG_URL || undefined;
const log = (text: string) => process.stderr.write(`${text}\n`);
const tempDir = (what: string, base = os.tmpdir()) => fs.mkdtempSync(path.join(base, `garage-desk-bench-${what}-`));

type Pending = { resolve: (v: unknown) => void; reject: (e: Error) => void };

/**
 * A worker thread running `file` (TypeScript next to this one, loaded through tsx as this script
 * is) that first posts `{ ready: true, … }`, then answers each `{ id, op, input }` with
 * `{ id, result }` or `{ id, error }`. Should the worker fail or exit, whatever waits on it is
 * refused rather than left hanging. `close` asks it to close (when it still runs) and ends it.
 */
async function startWorker<Ready extends object = { ready: true }>(file: string, workerData?: unknown) {
  const tsx = import.meta.resolve('tsx/esm/api');
  const entry = new URL(file, import.meta.url).href;
  const worker = new Worker(`import(${JSON.stringify(tsx)}).then((t) => { t.register(); return import(${JSON.stringify(entry)}); });`, { eval: true, workerData });
  const waiting = new Map<number, Pending>();
  let nextId = 0;
  let gone: Error | null = null;
  const ready = new Promise<Ready>((resolve, reject) => {
    const fail = (e: Error) => {
      gone ??= e;
      reject(e);
      for (const w of waiting.values()) w.reject(e);
      waiting.clear();
    };
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`${file} stopped (exit code ${code})`)));
    worker.on('message', (m: { ready?: true; id: number; result?: unknown; error?: string }) => {
      if (m.ready) return resolve(m as unknown as Ready);
      const w = waiting.get(m.id);
      waiting.delete(m.id);
      if (m.error) w?.reject(new Error(`${file}: ${m.error}`));
      else w?.resolve(m.result);
    });
  });
  const request = <T = unknown>(op: string, input?: unknown) =>
    new Promise<T>((resolve, reject) => {
      if (gone) return reject(gone);
      const id = nextId++;
      waiting.set(id, { resolve: resolve as (v: unknown) => void, reject });
      worker.postMessage({ id, op, input });
    });
  try {
    return {
      ready: await ready,
      request,
      async close() {
        try {
          if (!gone) await request('close');
        } catch (e) {
          // Having stopped on its own is as good as closed.
          if (!gone) throw e;
        } finally {
          await worker.terminate();
        }
      },
    };
  } catch (e) {
    await worker.terminate();
    throw e;
  }
}

/**
 * The head-office server on a free port, in a worker thread (sync-server.ts): PGlite in a
 * temporary folder, or a fresh PostgreSQL database, dropped on close.
 */
async function startServer() {
  const url = pgUrl();
  let target: { dataDir?: string; url?: string };
  let cleanup: () => Promise<void>;
  if (url) {
    const scratch = await scratchPgDatabase(url, 'garage_desk_bench');
    target = { url: scratch.url };
    cleanup = scratch.drop;
  } else {
    // On disk: the garage history does not fit PGlite's memory comfortably.
    const dir = tempDir('server');
    target = { dataDir: dir };
    cleanup = async () => fs.rmSync(dir, { recursive: true, force: true });
  }
  const worker = await startWorker<{ url: string; kind: 'pglite' | 'postgres' }>('./sync-server.ts', target).catch(async (e: unknown) => {
    await cleanup();
    throw e;
  });
  const { request } = worker;
  return {
    kind: worker.ready.kind,
    url: worker.ready.url,
    newCode: async (branch: string) => (await request<{ code: string }>('code.create', { branch })).code,
    addBranch: async (name: string) => void (await request('branch.add', { name })),
    /** The server's own time for each push and pull since the last call, in ms. */
    timings: () => request<{ push: number[]; pull: number[] }>('timings'),
    /** Folds the server's merged rows up to the head of the log; answers how many changes it merged. */
    fold: () => request<number>('fold'),
    /** CPU ms the server's thread has used so far. */
    cpuMs: () => request<number>('cpu'),
    async close() {
      try {
        await worker.close();
      } finally {
        await cleanup();
      }
    },
  };
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
    // Head office folds what it received into its merged rows once pushes pause; a first sync
    // times a server at rest, not one still busy with that.
    t = performance.now();
    log(`sync.first: the server folded ${await server.fold()} changes into its rows in ${Math.round(performance.now() - t)} ms`);
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

/**
 * A desk of sync.roundtrip in a worker thread of its own (sync-desk.ts), on a fresh data folder
 * under `base`. Closing closes it, ends the worker and removes the folder, whatever state it is in.
 */
async function startDesk(base: string, nice: number) {
  const worker = await startWorker('./sync-desk.ts');
  let dataDir: string | undefined;
  let niceGot = 0;
  const close = async () => {
    try {
      await worker.close();
    } finally {
      if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
    }
  };
  try {
    ({ dataDir, nice: niceGot } = await worker.request<{ dataDir: string; nice: number }>('open', { base, nice }));
  } catch (e) {
    await close();
    throw e;
  }
  return { request: worker.request, close, nice: niceGot };
}

/**
 * `branch`: the everyday case, and the issue's "100-change sync": 10 branches with two desks each;
 * every round each desk changes 100 of its branch's bookings (their notes), so each sync pushes
 * 100 changes and pulls the 100 its branch's other desk made. `shared`: the worst case, every
 * desk in 4 branches changes 100 shared customers at once, so each sync also pulls the other 19
 * desks' 1,900 changes (reported as sync.roundtrip-shared).
 */
export async function benchSyncRoundtrip(workload: 'branch' | 'shared' = 'branch', opts: { workstations?: number; rounds?: number; changes?: number } = {}) {
  const workstations = opts.workstations ?? 20;
  const branchCount = workload === 'branch' ? workstations / 2 : 4;
  const rounds = opts.rounds ?? 10;
  const perSync = opts.changes ?? 100;
  const rowCount = workload === 'branch' ? 300 : 1000;
  // Twenty desks share one disk: on tmpfs their commits do not wait for each other's fsyncs (on
  // its own computer each desk waits only for its own).
  const base = fs.existsSync('/dev/shm') ? '/dev/shm' : os.tmpdir();
  // The desk threads' priority (sync-desk.ts): at head office the server and PostgreSQL have a
  // machine of their own, so the desks' work comes after theirs here. 0 runs all at one priority.
  const deskNice = Number(process.env.GARAGE_DESK_BENCH_DESK_NICE ?? 19);
  const server = await startServer();
  const desks: Awaited<ReturnType<typeof startDesk>>[] = [];
  try {
    const branches = Array.from({ length: branchCount }, (_, i) => `Branch ${i + 1}`);
    for (const b of branches) await server.addBranch(b);
    // The workers start together; those that started are closed below even when another did not.
    const started = await Promise.allSettled(Array.from({ length: workstations }, () => startDesk(base, deskNice)));
    for (const s of started) if (s.status === 'fulfilled') desks.push(s.value);
    for (const s of started) if (s.status === 'rejected') throw s.reason;
    for (const [i, desk] of desks.entries()) {
      await desk.request('enrol', { url: server.url, code: await server.newCode(branches[i % branchCount]), name: `Desk ${i + 1}` });
    }
    // The rows the desks will edit: each branch's bookings made on its first desk, or the shared
    // customers on desk 1; then every desk is in step.
    const rowsOf: string[][] =
      workload === 'branch'
        ? await Promise.all(desks.slice(0, branchCount).map((desk) => desk.request<string[]>('createBookings', { count: rowCount })))
        : [await desks[0].request<string[]>('createCustomers', { count: rowCount })];
    for (const desk of desks) await desk.request('sync');
    for (const desk of desks) await desk.request('sync');

    // Each round: every desk makes its 100 edits (not timed; the ids and texts go to it in a
    // message), and once all have, all twenty sync at once, each timing its own sync.
    const syncs: { ms: number; applyMs: number; pushed: number; pulled: number }[] = [];
    let syncingMs = 0;
    // CPU ms of the twenty desk threads together, the server's thread and PostgreSQL while they sync.
    const cpu = { desks: 0, server: 0, postgres: 0 };
    const cpuNow = async () => ({
      desks: (await Promise.all(desks.map((desk) => desk.request<number>('cpu')))).reduce((a, b) => a + b, 0),
      server: await server.cpuMs(),
      postgres: postgresCpuMs(),
    });
    // Round 0 warms up (the JIT of twenty fresh threads, the server's and PostgreSQL's caches)
    // and is not counted.
    for (let round = 0; round <= rounds; round++) {
      if (round === 1) {
        syncs.length = 0;
        syncingMs = 0;
        await server.timings();
        Object.assign(cpu, { desks: 0, server: 0, postgres: 0 });
      }
      await Promise.all(
        desks.map((desk, d) => {
          const rows = rowsOf[d % rowsOf.length];
          const edits = Array.from({ length: perSync }, (_, k) => {
            const id = rows[(d * 7919 + round * perSync + k) % rows.length];
            const text = `desk ${d + 1}, round ${round}, edit ${k + 1}`;
            return workload === 'branch' ? { id, note: text } : { id, notes: text };
          });
          return desk.request('edit', { method: workload === 'branch' ? 'bookings.update' : 'customers.update', edits });
        }),
      );
      const before = await cpuNow();
      const start = performance.now();
      syncs.push(...(await Promise.all(desks.map((desk) => desk.request<(typeof syncs)[number]>('sync')))));
      syncingMs += performance.now() - start;
      const after = await cpuNow();
      for (const key of ['desks', 'server', 'postgres'] as const) cpu[key] += after[key] - before[key];
    }
    const served = await server.timings();
    const sum = (key: 'pushed' | 'pulled') => syncs.reduce((n, s) => n + s[key], 0);
    return {
      name: workload === 'branch' ? 'sync.roundtrip' : 'sync.roundtrip-shared',
      workstations,
      desks: 'worker threads',
      desk_threads_nice: Math.min(...desks.map((desk) => desk.nice)),
      db: server.kind,
      branches: branchCount,
      changes: workload === 'branch' ? "each desk: 100 of its branch's bookings" : '100 shared customers per desk',
      rounds,
      changes_per_sync: perSync,
      pulled_per_sync: Math.round(sum('pulled') / syncs.length),
      p50_ms: percentile(syncs.map((s) => s.ms), 50),
      p95_ms: percentile(syncs.map((s) => s.ms), 95),
      // The part of a desk's sync spent on its pulled pages: from reading each answer to applying it.
      desk_apply_p95_ms: percentile(syncs.map((s) => s.applyMs), 95),
      server_changes_per_s: Math.round(sum('pushed') / (syncingMs / 1000)),
      server_pulled_per_s: Math.round(sum('pulled') / (syncingMs / 1000)),
      // The server's part: from a request's arrival to its answer.
      server_push_p95_ms: percentile(served.push, 95),
      server_pull_p95_ms: percentile(served.pull, 95),
      // What the twenty syncs of one round cost the machine: CPU ms of the desk threads together,
      // the server's thread, and PostgreSQL's processes (when they run here). The last sync of a
      // round cannot end before their sum divided by the cores.
      cpu_ms_per_round: { desks: Math.round(cpu.desks / rounds), server: Math.round(cpu.server / rounds), postgres: Math.round(cpu.postgres / rounds) },
      cores: os.availableParallelism(),
    };
  } finally {
    for (const r of await Promise.allSettled(desks.map((desk) => desk.close()))) {
      if (r.status === 'rejected') log(`sync.roundtrip: a desk did not close cleanly: ${(r.reason as Error).message}`);
    }
    await server.close();
  }
}
