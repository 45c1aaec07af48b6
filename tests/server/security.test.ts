import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { formatHlc } from '../../src-main/sync/hlc';
import { schemaVersion } from '../../src-main/sync/schema-version';
import { adminOps } from '../../src-server/admin';
import { buildServer } from '../../src-server/app';
import type { Enrolment } from '../../src-server/enrol';
import { addBranch, bearer, change, enrol, newCode, openTestDb, pushBody, snapshot } from './support';

const version = schemaVersion();
let db: Awaited<ReturnType<typeof openTestDb>>;
let app: FastifyInstance;
let north: Enrolment, south: Enrolment, office: Enrolment;
let clock = Date.now();

beforeAll(async () => {
  db = await openTestDb();
  app = buildServer({ db, now: () => clock, bodyLimit: 256 * 1024 });
  north = await enrol(app, (await addBranch(db, 'North')).code);
  south = await enrol(app, (await addBranch(db, 'South')).code);
  office = await enrol(app, (await addBranch(db, 'Head office', true)).code);
}, 60_000);
afterAll(async () => {
  await app?.close();
  await db?.drop();
});

type Change = ReturnType<typeof change>;
const push = (token: string | null, payload: unknown, headers: Record<string, string> = {}) =>
  app.inject({ method: 'POST', url: '/push', headers: { ...(token ? bearer(token) : {}), ...headers }, payload: payload as object });

/** Pushes, expects a refusal with `status` and `code`, and checks the server holds just what it held. */
async function refused(token: string | null, payload: unknown, status: number, code: string, headers?: Record<string, string>) {
  const before = await snapshot(db);
  const res = await push(token, payload, headers);
  expect({ status: res.statusCode, code: res.json().error?.code }).toEqual({ status, code });
  expect(res.json().error.message).toEqual(expect.any(String));
  expect(await snapshot(db)).toEqual(before);
  return res.json().error as { code: string; message: string };
}

describe('sync server security', () => {
  it('refuses a missing, wrong or revoked token', async () => {
    const list = [change({ table: 'customers', scope: 'shared' })];
    await refused(null, pushBody(version, list), 401, 'unauthorized');
    await refused('not-a-token', pushBody(version, list), 401, 'unauthorized');
    expect((await app.inject({ method: 'GET', url: '/pull?after=0', headers: bearer('x') })).statusCode).toBe(401);
    const victim = await enrol(app, await newCode(db, 'North'), 'Stolen laptop');
    expect((await push(victim.token, pushBody(version, list))).statusCode).toBe(200);
    await adminOps['workstation.revoke'](db, { workstationId: victim.workstationId }, Date.now());
    await refused(victim.token, pushBody(version, [change({ table: 'customers', scope: 'shared' })]), 401, 'unauthorized');
    expect((await app.inject({ method: 'GET', url: '/pull?after=0', headers: bearer(victim.token) })).statusCode).toBe(401);
    const listed = await adminOps['workstation.list'](db);
    expect(listed.workstations.find((w) => w.id === victim.workstationId)?.revokedAt).toEqual(expect.any(String));
  });

  it("refuses writes to another branch's rows, by scope or by an existing row, and tables that do not sync", async () => {
    const southRow = change({ table: 'bookings', scope: south.branchId });
    expect((await push(south.token, pushBody(version, [southRow]))).statusCode).toBe(200);
    const ok = change({ table: 'customers', scope: 'shared' });
    // A North desk sending South's scope, in a batch with a change that alone would pass.
    await refused(north.token, pushBody(version, [ok, change({ table: 'bookings', scope: south.branchId })]), 403, 'forbidden');
    // The same row id under its own scope: the row belongs to South.
    await refused(north.token, pushBody(version, [ok, { ...change({ table: 'bookings', scope: north.branchId }), rowId: southRow.rowId }]), 403, 'forbidden');
    await refused(north.token, pushBody(version, [change({ table: 'local_settings', scope: north.branchId })]), 403, 'forbidden');
    await refused(north.token, pushBody(version, [change({ table: 'customers', scope: north.branchId })]), 403, 'forbidden');
    await refused(north.token, pushBody(version, [change({ table: 'bookings', scope: 'shared' })]), 403, 'forbidden');
    expect((await push(north.token, pushBody(version, [ok]))).statusCode).toBe(200);
  });

  it('refuses a second write to a ledger row', async () => {
    const move = change({ table: 'stock_moves', scope: north.branchId, fields: { qty: 5 } });
    expect((await push(north.token, pushBody(version, [move]))).json()).toMatchObject({ accepted: 1 });
    expect((await push(north.token, pushBody(version, [move]))).json()).toMatchObject({ accepted: 0 });
    const edit = change({ table: 'stock_moves', scope: north.branchId, rowId: move.rowId, fields: { qty: 50 } });
    const e = await refused(north.token, pushBody(version, [edit]), 403, 'forbidden');
    expect(e.message).toMatch(/never changed/);
  });

  it('lets head office see every branch but write only its own', async () => {
    const refusal = await refused(office.token, pushBody(version, [change({ table: 'work_orders', scope: north.branchId })]), 403, 'forbidden');
    expect(refusal.message).toMatch(/head-office/);
    expect((await push(office.token, pushBody(version, [change({ table: 'work_orders', scope: office.branchId })]))).statusCode).toBe(200);
    const seen = (await app.inject({ method: 'GET', url: '/pull?after=0&limit=5000', headers: bearer(office.token) })).json() as { changes: Change[] };
    expect(new Set(seen.changes.map((c) => c.scope))).toEqual(new Set(['shared', north.branchId, south.branchId]));
  });

  it('refuses a change stamped more than 5 minutes ahead of the server clock', async () => {
    const ahead = change({ table: 'customers', scope: 'shared', hlc: formatHlc(clock + 6 * 60_000, 0, 'd') });
    const e = await refused(north.token, pushBody(version, [change({ table: 'customers', scope: 'shared' }), ahead]), 400, 'clock_ahead');
    expect(e.message).toMatch(/date, time/);
    const slightly = change({ table: 'customers', scope: 'shared', hlc: formatHlc(clock + 4 * 60_000, 0, 'd') });
    expect((await push(north.token, pushBody(version, [slightly]))).statusCode).toBe(200);
  });

  it('refuses another schema version with a message telling the desk to update', async () => {
    const e = await refused(north.token, pushBody('0001_customer_search_fts', [change({ table: 'customers', scope: 'shared' })]), 409, 'schema_mismatch');
    expect(e.message).toBe(`This computer runs a different version of Garage Desk than head office (0001_customer_search_fts vs ${version}). Update Garage Desk and sync again.`);
  });

  it('refuses oversized and malformed requests', async () => {
    const big = Array.from({ length: 300 }, () => change({ table: 'customers', scope: 'shared', fields: { note: 'x'.repeat(1000) } }));
    await refused(north.token, pushBody(version, big), 413, 'too_large');
    const tooMany = Array.from({ length: 1001 }, () => ({ id: '0', table: 't', rowId: 'r', hlc: 'h', scope: 's', fields: {} }));
    await refused(north.token, pushBody(version, tooMany), 400, 'invalid');
    await refused(north.token, pushBody(version, []), 400, 'invalid');
    await refused(north.token, '{"schemaVersion": "x", "changes": [', 400, 'invalid', { 'content-type': 'application/json' });
    await refused(north.token, 'hello', 400, 'invalid', { 'content-type': 'text/plain' });
    await refused(north.token, [], 400, 'invalid');
    const good = change({ table: 'customers', scope: 'shared' });
    for (const bad of [{ ...good, id: 'not-a-uuid' }, { ...good, hlc: 'yesterday' }, { ...good, fields: [1, 2] }, { ...good, rowId: '' }, { ...good, table: undefined }, { ...good, fields: { note: 'a\u0000b' } }, { ...good, rowId: 'r\u0000' }])
      await refused(north.token, pushBody(version, [change({ table: 'customers', scope: 'shared' }), bad]), 400, 'invalid');
    const pullBad = await app.inject({ method: 'GET', url: '/pull?after=-1', headers: bearer(north.token) });
    expect(pullBad.statusCode).toBe(400);
    expect((await app.inject({ method: 'GET', url: '/pull?after=0&limit=5001', headers: bearer(north.token) })).json().error.code).toBe('invalid');
  });

  it('takes an enrolment code once, and never after it expires', async () => {
    const code = await newCode(db, 'South');
    const typedLoosely = ` ${code.toLowerCase().replace(/-/g, ' ')} `;
    expect((await app.inject({ method: 'POST', url: '/enrol', payload: { code: typedLoosely, deskName: 'Till' } })).statusCode).toBe(200);
    const again = await app.inject({ method: 'POST', url: '/enrol', payload: { code, deskName: 'Till 2' } });
    expect(again.statusCode).toBe(400);
    expect(again.json().error.code).toBe('bad_code');
    expect((await app.inject({ method: 'POST', url: '/enrol', payload: { code: 'AAAA-BBBB-CCCC', deskName: 'x' } })).json().error.code).toBe('bad_code');

    const old = await newCode(db, 'South');
    clock += 8 * 86_400_000;
    try {
      expect((await app.inject({ method: 'POST', url: '/enrol', payload: { code: old, deskName: 'Late' } })).json().error.code).toBe('bad_code');
    } finally {
      clock -= 8 * 86_400_000;
    }
    expect((await app.inject({ method: 'POST', url: '/enrol', payload: { code: old, deskName: 'In time' } })).statusCode).toBe(200);
  });
});
