import { it, expect } from 'vitest';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import path from 'node:path';
import { tempBackend } from './backend';
import { openBackend } from '../../src-main/backend';

const run = promisify(execFile);

// Two desks (two processes, two connections) fight over the last three filters thousands of
// times. At no point may more be reserved than is on hand: the final state is checked, and
// every refusal must be the clean insufficient_stock answer.
it('two processes reserving the last units never over-reserve', async () => {
  const b = await tempBackend();
  const store = b.ok('warehouses.list', {}).items.find((w) => w.kind === 'store')!.id;
  const supplier = b.ok('customers.create', { kind: 'company', name: 'Поставщик', phones: ['+74950000000'], isSupplier: true }).id;
  const item = b.ok('items.create', { name: 'Фильтр', unit: 'pcs' }).id;
  b.ok('stockDocs.create', { kind: 'receipt', supplierId: supplier, toWarehouseId: store, lines: [{ itemId: item, qtyX1000: 3000, priceMinor: 100 }], post: true });
  const dataDir = b.dataDir;
  b.close();

  const tsx = path.resolve('node_modules/.bin/tsx');
  const worker = path.resolve('tests/support/reserve-worker.ts');
  const results = await Promise.all(['1', '2'].map((seed) => run(tsx, [worker, dataDir, item, store, '2000', seed])));
  const tallies = results.map((r) => JSON.parse(r.stdout.trim().split('\n').pop()!) as Record<string, number>);
  const errors = results.map((r) => r.stderr).join('');
  for (const t of tallies) {
    expect(t.other, errors.slice(0, 2000)).toBe(0);
    expect(t.overReserved).toBe(0);
  }
  // Between them (one desk may be starved of the lock for a while on a busy machine, so the
  // counts are not split evenly) they reserved and were refused many times.
  const sum = (k: string) => tallies[0][k] + tallies[1][k];
  expect(sum('reserved')).toBeGreaterThan(100);
  expect(sum('refused')).toBeGreaterThan(100);

  const check = await openBackend({ dataDir });
  const active = check.db.$client.prepare("SELECT coalesce(sum(qty_x1000), 0) FROM reservations WHERE status = 'active'").pluck().get() as number;
  expect(active).toBeLessThanOrEqual(3000);
  const balance = check.call('stock.balance', { itemId: item }) as { ok: true; data: { availableX1000: number; onHandX1000: number } };
  expect(balance.data.onHandX1000).toBe(3000);
  expect(balance.data.availableX1000).toBeGreaterThanOrEqual(0);
  check.close();
}, 120_000);
