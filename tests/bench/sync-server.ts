// The head-office server for the sync benchmarks, in a worker thread of its own (as it would be
// in a process of its own at head office): the desks' work on the main thread does not hold up
// its requests. It answers the main thread's admin calls by message.
import { parentPort, workerData } from 'node:worker_threads';
import { threadCpuMs } from './support';
import { buildServer } from '../../src-server/app';
import { adminOps, type AdminOpName } from '../../src-server/admin';
import { openServerDb } from '../../src-server/db';
import { foldRows } from '../../src-server/fold';

type Request = { id: number; op: AdminOpName | 'close' | 'timings' | 'cpu' | 'fold'; input?: unknown };

const port = parentPort!;
const db = await openServerDb(workerData as { dataDir?: string; url?: string });
const app = buildServer({ db });
// How long the server took over each push and pull, from request to answer (fetched and reset by 'timings').
let timings: Record<string, number[]> = { push: [], pull: [] };
app.addHook('onResponse', async (req, reply) => {
  const route = req.url.split('?')[0].slice(1);
  if (route in timings) timings[route].push(reply.elapsedTime);
});
await app.listen({ port: 0, host: '127.0.0.1' });
const address = app.server.address();
if (!address || typeof address === 'string') throw new Error('the server has no TCP address');

port.on('message', async ({ id, op, input }: Request) => {
  try {
    if (op === 'close') {
      await app.close();
      await db.close();
      port.postMessage({ id, result: null });
      port.close();
      return;
    }
    if (op === 'fold') {
      port.postMessage({ id, result: await foldRows(db) });
      return;
    }
    if (op === 'cpu') {
      port.postMessage({ id, result: threadCpuMs() });
      return;
    }
    if (op === 'timings') {
      port.postMessage({ id, result: timings });
      timings = { push: [], pull: [] };
      return;
    }
    port.postMessage({ id, result: await adminOps[op](db, input, Date.now()) });
  } catch (e) {
    port.postMessage({ id, error: (e as Error).message });
  }
});
port.postMessage({ ready: true, url: `http://127.0.0.1:${address.port}`, kind: db.kind });
