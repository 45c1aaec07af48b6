import { it, expect } from 'vitest';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import path from 'node:path';
import { tempBackend } from './backend';

const run = promisify(execFile);

// Two desks — two processes with their own connections to one file — book, move and cancel
// the same few hours thousands of times. The database must end with no overlap anywhere.
it('two processes racing for the same slots never double-book a bay or a mechanic', async () => {
  const b = await tempBackend();
  for (const name of ['Пост 1', 'Пост 2', 'Пост 3']) b.ok('resources.create', { kind: 'bay', name });
  for (const name of ['Механик А', 'Механик Б']) b.ok('employees.create', { name, role: 'mechanic' });
  const dataDir = b.dataDir;
  b.close();

  const tsx = path.resolve('node_modules/.bin/tsx');
  const worker = path.resolve('tests/support/book-worker.ts');
  const rounds = '1500';
  const results = await Promise.all([run(tsx, [worker, dataDir, rounds, '1']), run(tsx, [worker, dataDir, rounds, '2'])]);
  const tallies = results.map((r) => JSON.parse(r.stdout.trim().split('\n').pop()!) as { ok: number; conflict: number; other: number });
  const errors = results.map((r) => r.stderr).join('');
  for (const t of tallies) {
    expect(t.other, errors.slice(0, 2000)).toBe(0);
  }
  // Between them; on a busy machine one desk may wait for the lock more than the other.
  expect(tallies[0].ok + tallies[1].ok).toBeGreaterThan(200);
  expect(tallies[0].conflict + tallies[1].conflict).toBeGreaterThan(200);

  const check = await tempBackendAt(dataDir);
  const sqlite = check.db.$client;
  const active = "deleted_at IS NULL AND status NOT IN ('cancelled', 'no_show')";
  const bayOverlaps = sqlite
    .prepare(
      `SELECT count(*) FROM bookings a JOIN bookings b ON a.bay_id = b.bay_id AND a.id < b.id AND a.start_at < b.end_at AND b.start_at < a.end_at
       WHERE a.deleted_at IS NULL AND a.status NOT IN ('cancelled', 'no_show') AND b.deleted_at IS NULL AND b.status NOT IN ('cancelled', 'no_show')`,
    )
    .pluck()
    .get();
  const mechanicOverlaps = sqlite
    .prepare(
      `SELECT count(*) FROM booking_mechanics ma JOIN booking_mechanics mb ON ma.employee_id = mb.employee_id AND ma.booking_id < mb.booking_id
        JOIN bookings a ON a.id = ma.booking_id JOIN bookings b ON b.id = mb.booking_id
       WHERE ma.deleted_at IS NULL AND mb.deleted_at IS NULL AND a.start_at < b.end_at AND b.start_at < a.end_at
         AND a.deleted_at IS NULL AND a.status NOT IN ('cancelled', 'no_show') AND b.deleted_at IS NULL AND b.status NOT IN ('cancelled', 'no_show')`,
    )
    .pluck()
    .get();
  const live = sqlite.prepare(`SELECT count(*) FROM bookings WHERE ${active}`).pluck().get() as number;
  expect(live).toBeGreaterThan(10);
  expect(bayOverlaps).toBe(0);
  expect(mechanicOverlaps).toBe(0);
  check.close();
}, 120_000);

async function tempBackendAt(dataDir: string) {
  const { openBackend } = await import('../../src-main/backend');
  return openBackend({ dataDir });
}
