// customers.search through the whole HTTP transport (request → server → SQLite → JSON, the
// client in its own thread as the renderer is in its own process), the API map without the
// transport, and the same statements as raw SQL on the same file.
import type { DemoScale } from '../../src-main/demo/fill';
import { searchSql } from '../../src-main/customers/search';
import { searchStatements } from '../../src-main/customers/search.sql';
import { seededRng } from '../../src-main/demo/generate';
import { demoBackend, httpClient, percentile } from './support';

function elapsed(fn: () => unknown): number {
  const t = performance.now();
  fn();
  return performance.now() - t;
}

export async function benchCustomersSearch(scale: DemoScale, runs: number) {
  const backend = await demoBackend(scale);
  const sqlite = backend.db.$client;
  const client = await httpClient(backend);

  // What a front desk types: pieces of surnames, plates (either alphabet), phone digits, VINs.
  const rng = seededRng(7);
  const sample = sqlite.prepare('SELECT c.name, c.phones, v.plate, v.vin FROM customers c LEFT JOIN vehicles v ON v.customer_id = c.id WHERE c.rowid % 23 = 0 LIMIT 4000').all() as { name: string; phones: string; plate: string | null; vin: string | null }[];
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

  const customersById = sqlite.prepare(searchStatements.customersByIds);
  const vehiclesByCustomer = sqlite.prepare(searchStatements.vehiclesOfCustomers);
  const viaSql = (q: string) => {
    const s = searchSql(q, 20)!;
    const ids = sqlite.prepare(s.sql).pluck().all(...s.params) as string[];
    if (ids.length) {
      customersById.all(JSON.stringify(ids));
      vehiclesByCustomer.all(JSON.stringify(ids));
    }
  };

  for (const q of queries.slice(0, 30)) {
    await client.call('customers.search', { q, limit: 20 });
    viaSql(q);
  }
  // The three ways in turn for each query, the first of them rotating, so that caches and
  // whatever else the machine is doing weigh on all three alike.
  const httpMs: number[] = [];
  const apiMs: number[] = [];
  const sqlMs: number[] = [];
  const ways = [
    async (q: string) => {
      await client.call('customers.search', { q, limit: 20 });
      httpMs.push(client.lastMs);
    },
    (q: string) => apiMs.push(elapsed(() => JSON.stringify(backend.call('customers.search', { q, limit: 20 })))),
    (q: string) => sqlMs.push(elapsed(() => viaSql(q))),
  ];
  for (let i = 0; i < runs; i++) {
    for (let k = 0; k < ways.length; k++) await ways[(i + k) % ways.length](queries[i]);
  }
  client.close();
  const customers = sqlite.prepare('SELECT count(*) FROM customers').pluck().get();
  backend.close();
  const httpP95 = percentile(httpMs, 95);
  const sqlP95 = percentile(sqlMs, 95);
  return {
    name: 'customers.search',
    scale,
    customers,
    runs,
    p50_ms: percentile(httpMs, 50),
    p95_ms: httpP95,
    api_no_transport_p50_ms: percentile(apiMs, 50),
    api_no_transport_p95_ms: percentile(apiMs, 95),
    raw_sql_p50_ms: percentile(sqlMs, 50),
    raw_sql_p95_ms: sqlP95,
    // The goal: the whole API over HTTP within 2× of the raw SQL, at p95.
    http_to_raw_sql_p95: Number((httpP95 / sqlP95).toFixed(2)),
  };
}
