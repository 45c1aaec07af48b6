// One desk of the sync.roundtrip benchmark, in a worker thread of its own (as it would be on a
// computer of its own): applying what it pulls does not wait for the other desks' work, only for
// a share of the machine's cores. Its thread runs at a lower priority (`nice`, see open), so that
// the desks' own work does not take the cores from the server and PostgreSQL, which at head
// office have a machine of their own. It answers the main thread's requests by message, as
// sync-server.ts does: { id, op, input } in, { id, result } or { id, error } out.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parentPort } from 'node:worker_threads';
import { threadCpuMs } from './support';
import { openBackend, type Backend } from '../../src-main/backend';
import { enrol, syncNow } from '../../src-main/sync/client';

const port = parentPort!;
let desk: Backend | undefined;

/** On Linux a thread has a priority of its own: /proc/thread-self names its id. */
function lowerPriority(nice: number): number {
  if (!nice) return 0;
  try {
    os.setPriority(Number(fs.readlinkSync('/proc/thread-self').split('/').pop()), nice);
    return nice;
  } catch {
    return 0;
  }
}

const opened = () => {
  if (!desk) throw new Error('the desk is not open');
  return desk;
};

const call = (method: string, input: unknown) => {
  const r = opened().call(method, input);
  if (!r.ok) throw new Error(`${method}: ${JSON.stringify(r.error)}`);
  return r.data as { id: string };
};

// When the body of the desk's latest answer from the server was read: a pulled page is applied
// from then until its progress is reported.
let answered = 0;
const timedFetch: typeof fetch = async (input, init) => {
  const res = await fetch(input, init);
  const json = res.json.bind(res);
  res.json = async () => {
    const body: unknown = await json();
    answered = performance.now();
    return body;
  };
  return res;
};

const ops = {
  /**
   * Opens a desk on a fresh data folder under `base`, this thread at priority `nice` (0: as the
   * server's); answers the folder and the nice value this thread got (0 where Linux's
   * per-thread priority is not available).
   */
  async open({ base, nice }: { base: string; nice: number }) {
    const dataDir = fs.mkdtempSync(path.join(base, 'garage-desk-bench-desk-'));
    desk = await openBackend({ dataDir });
    return { dataDir, nice: lowerPriority(nice) };
  },
  async enrol({ url, code, name }: { url: string; code: string; name: string }) {
    await enrol(opened().db, url, code, name);
    return null;
  },
  /** Makes `count` customers (each with a phone of its own); answers their ids. */
  createCustomers: ({ count }: { count: number }) =>
    Array.from({ length: count }, (_, i) => call('customers.create', { kind: 'person', name: `Клиент ${i}`, phones: [`+7916${String(1_000_000 + i).padStart(7, '0')}`] }).id),
  /** A bay of this desk's branch and `count` one-hour bookings on it, a day apart; answers their ids. */
  createBookings({ count }: { count: number }) {
    const bayId = call('resources.create', { kind: 'bay', name: 'Bench bay' }).id;
    const start = Date.parse('2027-01-04T08:00:00Z');
    return Array.from({ length: count }, (_, i) => call('bookings.create', { bayId, start: new Date(start + i * 86_400_000).toISOString(), end: new Date(start + i * 86_400_000 + 3_600_000).toISOString(), allowOutsideHours: true }).id);
  },
  /** One API call per edit: `customers.update` or `bookings.update`, say. */
  edit({ method, edits }: { method: string; edits: unknown[] }) {
    for (const e of edits) call(method, e);
    return null;
  },
  /**
   * One sync, timed here around syncNow. `applyMs`: the part spent on pulled pages, from the
   * read of each page's answer to its progress report (applying it, and asking for the next).
   */
  async sync() {
    let applyMs = 0;
    const t = performance.now();
    const { pushed, pulled } = await syncNow(opened().db, {
      fetch: timedFetch,
      onProgress: (p) => {
        if (p.phase === 'pull') applyMs += performance.now() - answered;
      },
    });
    return { ms: performance.now() - t, applyMs, pushed, pulled };
  },
  /** CPU ms this desk's thread has used so far. */
  cpu: () => threadCpuMs(),
  /** Closes the desk and removes its data folder. */
  close() {
    if (desk) {
      desk.close();
      fs.rmSync(desk.dataDir, { recursive: true, force: true });
      desk = undefined;
    }
    return null;
  },
};
export type DeskOp = keyof typeof ops;

port.on('message', async ({ id, op, input }: { id: number; op: DeskOp; input?: unknown }) => {
  try {
    port.postMessage({ id, result: await (ops[op] as (input: unknown) => unknown)(input) });
    if (op === 'close') port.close();
  } catch (e) {
    port.postMessage({ id, error: (e as Error).message });
  }
});
port.postMessage({ ready: true });
