import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { openBackend, type Backend } from '../../src-main/backend';
import { buildServer } from '../../src-server/app';
import { claimBookingNow, enrol, syncNow } from '../../src-main/sync/client';
import { addBranch, openTestDb } from '../server/support';
import { injectFetch } from './support';

let server: Awaited<ReturnType<typeof openTestDb>>;
let app: FastifyInstance;
const dirs: string[] = [];
beforeAll(async () => {
  server = await openTestDb();
  app = buildServer({ db: server });
  await app.ready();
}, 60_000);
afterAll(async () => {
  await app.close();
  await server.drop();
  for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true });
});

function ok(desk: Backend, method: string, input: unknown): { id: string } {
  const r = desk.call(method, input);
  if (!r.ok) throw new Error(`${method}: ${JSON.stringify(r.error)}`);
  return r.data as { id: string };
}
const storedToken = (desk: Backend) => (JSON.parse(desk.db.$client.prepare("SELECT value FROM local_settings WHERE key = 'sync'").pluck().get() as string) as { token: string }).token;

describe('the head-office token at rest', () => {
  it('is sealed with the desktop app’s key: the data folder alone (a copy, a backup) cannot sync', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'garage-desk-token-'));
    dirs.push(dataDir);
    const key = randomBytes(32);
    const desk = await openBackend({ dataDir, tokenKey: key });
    const { code } = await addBranch(server, 'Sealed');
    const { token } = await enrol(desk.db, 'http://head-office.test', code, 'Desk', injectFetch(app));
    expect(storedToken(desk)).toMatch(/^sealed:v1:/);
    expect(storedToken(desk)).not.toContain(token);
    ok(desk, 'customers.create', { kind: 'person', name: 'Иванов', phones: ['+79001112233'] });
    expect((await syncNow(desk.db, { fetch: injectFetch(app) })).pushed).toBeGreaterThan(0);
    desk.close();

    // Opened without the key (the CLI, browser mode, another computer) or with another one.
    for (const tokenKey of [undefined, randomBytes(32)]) {
      const copy = await openBackend({ dataDir, tokenKey });
      await expect(syncNow(copy.db, { fetch: injectFetch(app) })).rejects.toThrow(/head-office key is kept by the Garage Desk desktop app/);
      // A booking made there stays unconfirmed: its slot cannot be claimed at head office.
      const bay = ok(copy, 'resources.create', { kind: 'bay', name: `Bay ${tokenKey ? 2 : 1}` });
      const booking = ok(copy, 'bookings.create', { bayId: bay.id, start: '2027-02-01T10:00:00Z', end: '2027-02-01T11:00:00Z', allowOutsideHours: true });
      expect(await claimBookingNow(copy.db, booking.id, injectFetch(app))).toEqual({ state: 'unconfirmed' });
      copy.close();
    }
    const again = await openBackend({ dataDir, tokenKey: key });
    expect((await syncNow(again.db, { fetch: injectFetch(app) })).pushed).toBeGreaterThan(0);
    again.close();
  });

  it('is stored as it is where no key is given (browser mode, scripts)', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'garage-desk-token-'));
    dirs.push(dataDir);
    const desk = await openBackend({ dataDir });
    const { token } = await enrol(desk.db, 'http://head-office.test', (await addBranch(server, 'Plain')).code, 'Desk', injectFetch(app));
    expect(storedToken(desk)).toBe(token);
    await syncNow(desk.db, { fetch: injectFetch(app) });
    desk.close();
  });
});
