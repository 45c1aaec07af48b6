import { it, expect } from 'vitest';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import path from 'node:path';
import { tempBackend } from './backend';
import { openBackend } from '../../src-main/backend';

const run = promisify(execFile);

// Two dispatchers on one file confirm rental items on the same two machines and drivers for
// one day, hundreds of times: no machine and no driver may end up booked twice at once.
it('two processes confirming rentals never double-book a machine or a driver', async () => {
  const b = await tempBackend();
  b.ok('customers.create', { kind: 'company', name: 'ООО Стройка', phones: ['+74950000000'] });
  const type = b.ok('machineTypes.create', { name: 'Манипулятор' }).id;
  for (const plate of ['М001ММ77', 'М002ММ77']) b.ok('machines.create', { typeId: type, model: 'КамАЗ', capacityKg: 10000, plate, ownership: 'own', hourlyRateMinor: 300000 });
  for (const name of ['Водитель 1', 'Водитель 2']) b.ok('drivers.create', { name, costPerHourMinor: 50000 });
  const dataDir = b.dataDir;
  b.close();

  const tsx = path.resolve('node_modules/.bin/tsx');
  const worker = path.resolve('tests/support/rental-worker.ts');
  const results = await Promise.all(['1', '2'].map((seed) => run(tsx, [worker, dataDir, '300', seed])));
  const errors = results.map((r) => r.stderr).join('');
  const tallies = results.map((r) => JSON.parse(r.stdout.trim().split('\n').pop()!) as Record<string, number>);
  for (const t of tallies) {
    expect(t.other, errors.slice(0, 2000)).toBe(0);
  }
  expect(tallies[0].conflict + tallies[1].conflict).toBeGreaterThan(100);
  // The day fills up (two machines, two drivers): between them they booked it many times over.
  expect(tallies[0].confirmed + tallies[1].confirmed).toBeGreaterThan(10);
  const check = await openBackend({ dataDir });
  const overlaps = (column: string) =>
    check.db.$client
      .prepare(`SELECT count(*) FROM rental_items a JOIN rental_items b ON a.${column} = b.${column} AND a.id < b.id AND a.start_at < b.end_at AND b.start_at < a.end_at
                WHERE a.status = 'confirmed' AND b.status = 'confirmed' AND a.deleted_at IS NULL AND b.deleted_at IS NULL`)
      .pluck()
      .get();
  expect(overlaps('machine_id')).toBe(0);
  expect(overlaps('driver_id')).toBe(0);
  check.close();
}, 120_000);
