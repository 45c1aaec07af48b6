// Parts at garage scale (20k items, ~500k ledger rows), through the HTTP transport:
// items.search (what the storekeeper types or scans), stock.balance of one item, and a page
// of the items list with 50 rows and their balances.
import type { DemoScale } from '../../src-main/demo/fill';
import { seededRng } from '../../src-main/demo/generate';
import { demoBackend, httpClient, percentile, timedHttp } from './support';

export async function benchStock(scale: DemoScale, runs: number) {
  const backend = await demoBackend(scale);
  const sqlite = backend.db.$client;
  const client = await httpClient(backend);
  const rng = seededRng(11);
  const sample = sqlite.prepare('SELECT i.id, i.name, i.article, i.brand, b.code FROM items i LEFT JOIN item_barcodes b ON b.item_id = i.id WHERE i.rowid % 37 = 0 LIMIT 300').all() as { id: string; name: string; article: string; brand: string; code: string | null }[];
  const queries = Array.from({ length: runs }, (_, i) => {
    const s = sample[i % sample.length];
    const kind = Math.floor(rng() * 4);
    if (kind === 0 && s.code) return s.code;
    if (kind === 1) return s.article.replace(/\s/g, '-').toLowerCase();
    if (kind === 2) return s.name.split(' ')[1]?.slice(0, 5) ?? s.name;
    return s.brand.slice(0, 4);
  });
  const groups = sqlite.prepare('SELECT id FROM item_groups').pluck().all() as string[];
  const total = sqlite.prepare('SELECT count(*) FROM items').pluck().get() as number;
  const moves = sqlite.prepare('SELECT count(*) FROM stock_moves').pluck().get() as number;
  for (const q of queries.slice(0, 20)) await client.call('items.search', { q, limit: 20 });

  const search = await timedHttp(client, runs, (i) => client.call('items.search', { q: queries[i], limit: 20 }));
  const balance = await timedHttp(client, runs, (i) => client.call('stock.balance', { itemId: sample[i % sample.length].id }));
  const pages = Math.floor(total / 50);
  const list = await timedHttp(client, runs, (i) =>
    client.call('items.list', { offset: ((i * 7919) % Math.max(pages, 1)) * 50, limit: 50, ...(i % 3 === 0 ? { groupId: groups[i % groups.length] } : {}), ...(i % 5 === 0 ? { belowMin: true } : {}) }),
  );
  client.close();
  backend.close();
  const line = (name: string, ms: number[]) => ({ name, scale, items: total, ledger_rows: moves, runs, p50_ms: percentile(ms, 50), p95_ms: percentile(ms, 95) });
  return [line('items.search', search), line('stock.balance', balance), line('items.list', list)];
}
