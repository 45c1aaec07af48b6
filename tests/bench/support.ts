import fs from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { openBackend, type Backend } from '../../src-main/backend';
import { fillDemo, type DemoScale } from '../../src-main/demo/fill';
import { createHttpServer, listen } from '../../src-main/transport/http';

// Bump when the demo data changes shape, so cached benchmark databases are remade.
const demoVersion = 'v5';

/** A demo database of the given scale, made once and kept in .data/ between runs. */
export async function demoBackend(scale: DemoScale): Promise<Backend> {
  const dataDir = path.resolve('.data', `bench-${scale}`);
  const marker = path.join(dataDir, `filled-${demoVersion}`);
  if (!fs.existsSync(marker)) {
    fs.rmSync(dataDir, { recursive: true, force: true });
    const backend = await openBackend({ dataDir });
    process.stderr.write(`Making the ${scale} demo database in ${dataDir}…\n`);
    fillDemo(backend.db, scale, (done, total, what) => process.stderr.write(`\r  ${done} / ${total} ${what}    `));
    process.stderr.write('\n');
    backend.db.$client.pragma('optimize');
    backend.close();
    fs.writeFileSync(marker, new Date().toISOString());
  }
  return openBackend({ dataDir });
}

export function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return Number(sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))].toFixed(3));
}

// The client half of httpClient, as plain JavaScript for a worker thread: HTTP/1.1 requests one
// at a time on one keep-alive connection, each timed from writing the request to the parsed
// answer on the client's own clock. Written on a bare socket, as a load tester's client is
// (our server always sends Content-Length): Node's http.request costs about 0.3 ms a call of
// its own, more than the transport being measured.
const clientThread = `
const net = require('node:net');
const { parentPort, workerData: { port, token } } = require('node:worker_threads');
const socket = net.connect(port, '127.0.0.1');
socket.setNoDelay(true);
let answered = null;
let received = Buffer.alloc(0);
socket.on('data', (chunk) => {
  received = received.length ? Buffer.concat([received, chunk]) : chunk;
  const headEnd = received.indexOf('\\r\\n\\r\\n');
  if (headEnd < 0) return;
  const length = Number(/\\r\\ncontent-length: *(\\d+)/i.exec(received.subarray(0, headEnd).toString('latin1'))[1]);
  if (received.length < headEnd + 4 + length) return;
  const body = received.subarray(headEnd + 4, headEnd + 4 + length).toString('utf8');
  received = Buffer.alloc(0);
  answered(JSON.parse(body));
});
socket.on('error', (e) => answered?.({ ok: false, error: String(e) }));
parentPort.on('message', ({ id, method, input }) => {
  const body = JSON.stringify(input);
  const started = performance.now();
  answered = (answer) => parentPort.postMessage({ id, answer, ms: performance.now() - started });
  socket.write('POST /api/' + method + ' HTTP/1.1\\r\\nHost: 127.0.0.1\\r\\nContent-Type: application/json\\r\\nAuthorization: Bearer ' + token + '\\r\\nContent-Length: ' + Buffer.byteLength(body) + '\\r\\n\\r\\n' + body);
});
`;

/**
 * The HTTP transport on a free port, and a plain keep-alive client in its own thread, as the
 * renderer or a script is its own process: the server's event loop serves requests and nothing
 * else. `call` answers the data; `lastMs` is how long the client waited for it.
 */
export async function httpClient(backend: Backend) {
  const token = 'bench';
  const server = createHttpServer({ backend, token, host: '127.0.0.1', port: 0 });
  const port = await listen(server, 0, '127.0.0.1');
  const worker = new Worker(clientThread, { eval: true, workerData: { port, token } });
  const waiting = new Map<number, (reply: { answer: { ok: boolean; data?: unknown }; ms: number }) => void>();
  worker.on('message', (reply: { id: number; answer: { ok: boolean; data?: unknown }; ms: number }) => {
    waiting.get(reply.id)?.(reply);
    waiting.delete(reply.id);
  });
  let nextId = 0;
  const client = {
    /** How long the client thread waited for the answer to the latest call, in ms. */
    lastMs: 0,
    call: (method: string, input: unknown) =>
      new Promise<unknown>((resolve, reject) => {
        const id = nextId++;
        waiting.set(id, ({ answer, ms }) => {
          client.lastMs = ms;
          if (answer.ok) resolve(answer.data);
          else reject(new Error(`${method} failed: ${JSON.stringify(answer)}`));
        });
        worker.postMessage({ id, method, input });
      }),
    close: () => {
      void worker.terminate();
      server.close();
    },
  };
  return client;
}

/** Like timed, but each sample is the time the HTTP client's thread measured for the one call `fn` makes. */
export async function timedHttp(client: { lastMs: number }, runs: number, fn: (i: number) => Promise<unknown>): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    await fn(i);
    samples.push(client.lastMs);
  }
  return samples;
}

export async function timed(runs: number, fn: (i: number) => unknown | Promise<unknown>): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn(i);
    samples.push(performance.now() - t);
  }
  return samples;
}

/** CPU ms (user + system) in a /proc stat line's fields; clock ticks are 10 ms on Linux. */
function statCpuMs(stat: string): number {
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

/** CPU time used so far by the calling thread, in ms (0 where /proc cannot tell). */
export function threadCpuMs(): number {
  try {
    return statCpuMs(fs.readFileSync('/proc/thread-self/stat', 'utf8'));
  } catch {
    return 0;
  }
}

/** CPU time used so far by the PostgreSQL processes on this machine, in ms (0 where /proc cannot tell). */
export function postgresCpuMs(): number {
  let ms = 0;
  for (const pid of fs.existsSync('/proc') ? fs.readdirSync('/proc') : []) {
    if (!/^\d+$/.test(pid)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
      if (stat.includes('(postgres)')) ms += statCpuMs(stat);
    } catch {
      // The process ended meanwhile.
    }
  }
  return ms;
}
