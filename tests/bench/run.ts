// `npm run bench [-- --scale small|garage|large]`: one JSON object per line.
// customers.search is timed through the whole HTTP transport (fetch → server → SQLite → JSON)
// and, for comparison, as raw SQL on the same file.
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import { openBackend } from '../../src-main/backend';
import { fillDemo, demoScales, type DemoScale } from '../../src-main/demo/fill';
import { createHttpServer, listen } from '../../src-main/transport/http';
import { searchSql } from '../../src-main/customers/search';
import { searchStatements } from '../../src-main/customers/search.sql';
import http from 'node:http';
import { seededRng } from '../../src-main/demo/generate';

const { values } = parseArgs({ options: { scale: { type: 'string', default: 'large' }, runs: { type: 'string', default: '300' } } });
const scale = values.scale as DemoScale;
if (!demoScales.includes(scale)) throw new Error(`--scale must be one of ${demoScales.join(', ')}`);
const runs = Number(values.runs);

function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return Number(sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))].toFixed(3));
}

// The demo database is kept between runs (it takes a while to make at `large`).
const dataDir = path.resolve('.data', `bench-${scale}`);
const marker = path.join(dataDir, 'filled');
if (!fs.existsSync(marker)) {
  fs.rmSync(dataDir, { recursive: true, force: true });
  const backend = await openBackend({ dataDir });
  process.stderr.write(`Making the ${scale} demo database in ${dataDir}…\n`);
  fillDemo(backend.db, scale, (done, total) => process.stderr.write(`\r  ${done} / ${total}`));
  process.stderr.write('\n');
  backend.db.$client.pragma('optimize');
  backend.close();
  fs.writeFileSync(marker, new Date().toISOString());
}

const backend = await openBackend({ dataDir });
const sqlite = backend.db.$client;
const token = 'bench';
const server = createHttpServer({ backend, token, host: '127.0.0.1', port: 0 });
const port = await listen(server, 0, '127.0.0.1');

// What a front desk types: pieces of surnames, plates (either alphabet), phone digits, VINs.
const rng = seededRng(7);
const sample = sqlite.prepare('SELECT c.name, c.phones, v.plate, v.vin FROM customers c LEFT JOIN vehicles v ON v.customer_id = c.id WHERE c.rowid % 97 = 0 LIMIT 400').all() as { name: string; phones: string; plate: string | null; vin: string | null }[];
const toLatin: Record<string, string> = { А: 'A', В: 'B', Е: 'E', К: 'K', М: 'M', Н: 'H', О: 'O', Р: 'P', С: 'C', Т: 'T', У: 'Y', Х: 'X' };
const queries: string[] = [];
for (let i = 0; queries.length < runs; i++) {
  const row = sample[i % sample.length];
  const kind = Math.floor(rng() * 5);
  const word = row.name.replace(/[«»"]/g, '').split(' ').find((w) => w.length >= 4) ?? row.name;
  if (kind === 0) queries.push(word.slice(0, 4 + Math.floor(rng() * 3)).toLowerCase());
  else if (kind === 1 && row.plate) queries.push(row.plate.slice(0, 6));
  else if (kind === 2 && row.plate) queries.push([...row.plate.slice(0, 6)].map((c) => toLatin[c] ?? c).join('').toLowerCase());
  else if (kind === 3) queries.push((JSON.parse(row.phones) as string[])[0].slice(-7));
  else if (row.vin) queries.push(row.vin.slice(-6));
  else queries.push(word.slice(0, 5));
}

// A plain keep-alive client, as a script or integration would use.
const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
function viaHttp(q: string): Promise<void> {
  const body = JSON.stringify({ q, limit: 20 });
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: '127.0.0.1', port, path: '/api/customers.search', method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), authorization: `Bearer ${token}` } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const answer = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { ok: boolean };
          if (answer.ok) resolve();
          else reject(new Error(`search failed for ${q}`));
        });
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

// The same work as raw SQL: the matching statement, then the customers and their vehicles.
const customersById = sqlite.prepare(searchStatements.customersByIds);
const vehiclesByCustomer = sqlite.prepare(searchStatements.vehiclesOfCustomers);
function viaSql(q: string) {
  const s = searchSql(q, 20)!;
  const ids = sqlite.prepare(s.sql).pluck().all(...s.params) as string[];
  if (ids.length) {
    customersById.all(JSON.stringify(ids));
    vehiclesByCustomer.all(JSON.stringify(ids));
  }
}

for (const q of queries.slice(0, 30)) {
  await viaHttp(q);
  viaSql(q);
}
const httpMs: number[] = [];
const apiMs: number[] = [];
const sqlMs: number[] = [];
for (const q of queries) {
  let t = performance.now();
  await viaHttp(q);
  httpMs.push(performance.now() - t);
  // The API map without the transport: validation, handler, JSON of the answer.
  t = performance.now();
  JSON.stringify(backend.call('customers.search', { q, limit: 20 }));
  apiMs.push(performance.now() - t);
  t = performance.now();
  viaSql(q);
  sqlMs.push(performance.now() - t);
}
const customers = sqlite.prepare('SELECT count(*) FROM customers').pluck().get();
console.log(
  JSON.stringify({
    name: 'customers.search',
    scale,
    customers,
    runs,
    p50_ms: percentile(httpMs, 50),
    p95_ms: percentile(httpMs, 95),
    api_no_transport_p50_ms: percentile(apiMs, 50),
    api_no_transport_p95_ms: percentile(apiMs, 95),
    raw_sql_p50_ms: percentile(sqlMs, 50),
    raw_sql_p95_ms: percentile(sqlMs, 95),
  }),
);
agent.destroy();
server.close();
backend.close();
