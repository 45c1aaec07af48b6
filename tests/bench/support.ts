import fs from 'node:fs';
import path from 'node:path';
import http from 'node:http';
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

/** The HTTP transport on a free port, and a plain keep-alive client, as a script would use. */
export async function httpClient(backend: Backend) {
  const token = 'bench';
  const server = createHttpServer({ backend, token, host: '127.0.0.1', port: 0 });
  const port = await listen(server, 0, '127.0.0.1');
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const call = (method: string, input: unknown): Promise<unknown> => {
    const body = JSON.stringify(input);
    return new Promise((resolve, reject) => {
      const req = http.request(
        { host: '127.0.0.1', port, path: `/api/${method}`, method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), authorization: `Bearer ${token}` } },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => {
            const answer = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { ok: boolean; data?: unknown };
            if (answer.ok) resolve(answer.data);
            else reject(new Error(`${method} failed: ${JSON.stringify(answer)}`));
          });
        },
      );
      req.on('error', reject);
      req.end(body);
    });
  };
  return {
    call,
    close: () => {
      agent.destroy();
      server.close();
    },
  };
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
