import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { asc, eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { formatHlc } from '../../src-main/sync/hlc';
import { schemaVersion } from '../../src-main/sync/schema-version';
import { buildServer } from '../../src-server/app';
import { openServerDb } from '../../src-server/db';
import type { Enrolment } from '../../src-server/enrol';
import { push as handlePush } from '../../src-server/push';
import { foldRows } from '../../src-server/fold';
import { changes, rows } from '../../src-server/schema';
import { tailOf } from '../../src-server/tail';
import { addBranch, bearer, change, enrol, newCode, openTestDb, pushBody } from './support';

const version = schemaVersion();
let db: Awaited<ReturnType<typeof openTestDb>>;
let app: FastifyInstance;
let north: Enrolment, north2: Enrolment, south: Enrolment, office: Enrolment;

beforeAll(async () => {
  db = await openTestDb();
  app = buildServer({ db });
  const n = await addBranch(db, 'North');
  const s = await addBranch(db, 'South');
  const h = await addBranch(db, 'Head office', true);
  north = await enrol(app, n.code, 'North desk 1');
  north2 = await enrol(app, await newCode(db, 'North'), 'North desk 2');
  south = await enrol(app, s.code, 'South desk');
  office = await enrol(app, h.code, 'Owner');
}, 60_000);
afterAll(async () => {
  await app?.close();
  await db?.drop();
});

const push = (desk: Enrolment, list: ReturnType<typeof change>[], v = version) => app.inject({ method: 'POST', url: '/push', headers: bearer(desk.token), payload: pushBody(v, list) });
const pull = async (desk: Enrolment, after: number, limit?: number) => {
  const res = await app.inject({ method: 'GET', url: `/pull?after=${after}${limit ? `&limit=${limit}` : ''}`, headers: bearer(desk.token) });
  expect(res.statusCode).toBe(200);
  return res.json() as { changes: (ReturnType<typeof change> & { seq: number })[]; after: number; lastSeq: number; more: boolean; head: number };
};
/** Everything a desk receives, page by page from the start, as its client would. */
async function pullAll(desk: Enrolment, limit: number) {
  const got = [];
  let after = 0;
  for (let pages = 0; pages < 1000; pages++) {
    const page = await pull(desk, after, limit);
    expect(page.lastSeq).toBeGreaterThanOrEqual(after);
    got.push(...page.changes);
    after = page.lastSeq;
    if (!page.more) return { got, after };
  }
  throw new Error('paging did not end');
}

describe('sync server', () => {
  it('answers health and enrols desks with distinct desk codes and the branch prefix', async () => {
    const health = await app.inject({ method: 'GET', url: '/health' });
    expect(health.json()).toEqual({ ok: true, schemaVersion: version });
    expect(north.deskCode).toMatch(/^[0-9A-HJKMNP-TV-Z]{2}$/);
    expect(north2.deskCode).not.toBe(north.deskCode);
    expect(north).toMatchObject({ branchName: 'North', docPrefix: 'N', headOffice: false, branchId: north2.branchId });
    expect(office.headOffice).toBe(true);
    expect(north.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const status = await app.inject({ method: 'GET', url: '/status', headers: bearer(office.token) });
    expect(status.json()).toMatchObject({ branchId: office.branchId, headOffice: true });
  });

  it('round trip: a push is pulled by the desks that may see it, once, and a repeated push is a no-op', async () => {
    const customer = change({ table: 'customers', scope: 'shared', fields: { name: 'Ivanov', phone: '+79001234567' } });
    const booking = change({ table: 'bookings', scope: north.branchId, fields: { bay_id: 'b1', starts_at: '2025-01-01T10:00:00Z' } });
    const before = (await pull(north2, 0)).lastSeq;
    const first = await push(north, [customer, booking]);
    expect(first.statusCode).toBe(200);
    expect(first.json()).toEqual({ accepted: 2, lastSeq: expect.any(Number) });
    const again = await push(north, [customer, booking]);
    expect(again.json()).toEqual({ accepted: 0, lastSeq: first.json().lastSeq });

    const mate = await pull(north2, before);
    expect(mate.changes.map((c) => c.id)).toEqual([customer.id, booking.id]);
    expect(mate.changes[0]).toEqual({ ...customer, seq: expect.any(Number) });
    expect(mate.lastSeq).toBe(first.json().lastSeq);
    expect(mate.more).toBe(false);
    // The desk that pushed does not get its own changes back; the other branch gets only shared data.
    expect((await pull(north, before)).changes).toEqual([]);
    expect((await pull(north, before)).lastSeq).toBe(first.json().lastSeq);
    expect((await pull(south, before)).changes.map((c) => c.id)).toEqual([customer.id]);
    expect((await pull(office, before)).changes.map((c) => c.id)).toEqual([customer.id, booking.id]);
  });

  it("knows a pushed row's branch at once, and folds its data into the merged rows in the background once pushes pause", async () => {
    const rowId = 'row-fold-1';
    expect((await push(north, [change({ table: 'customers', scope: 'shared', rowId, fields: { name: 'Sidorov' } })])).statusCode).toBe(200);
    const stored = async () => (await db.orm.select().from(rows).where(eq(rows.rowId, rowId)))[0];
    expect(await stored()).toMatchObject({ table: 'customers', scope: 'shared' });
    await vi.waitFor(async () => expect((await stored()).data).toEqual({ name: 'Sidorov' }), { timeout: 5000, interval: 100 });
  });

  it('merges into the server rows by last writer per field, whatever order the changes come in', async () => {
    const rowId = 'row-merge-1';
    const t = Date.now() - 60_000;
    const insert = change({ table: 'customers', scope: 'shared', rowId, hlc: formatHlc(t, 0, 'a'), fields: { name: 'Petrov', phone: '1', note: 'n' } });
    const laterName = change({ table: 'customers', scope: 'shared', rowId, hlc: formatHlc(t + 2000, 0, 'b'), fields: { name: 'Petrova' } });
    const earlierEdit = change({ table: 'customers', scope: 'shared', rowId, hlc: formatHlc(t + 1000, 0, 'a'), fields: { name: 'Petrov A.', phone: '2' } });
    expect((await push(north, [insert])).statusCode).toBe(200);
    expect((await push(south, [laterName])).statusCode).toBe(200);
    expect((await push(north2, [earlierEdit])).statusCode).toBe(200);
    // Pushes leave merging to the fold, which runs once they pause; here it is run at once.
    await foldRows(db);
    const [row] = await db.orm.select().from(rows).where(eq(rows.rowId, rowId));
    expect(row.data).toEqual({ name: 'Petrova', phone: '2', note: 'n' });
    expect(row.scope).toBe('shared');
    expect(row.clocks).toEqual({ '*': insert.hlc, name: laterName.hlc, phone: earlierEdit.hlc });
  });

  it('numbers changes gap-free and in order under concurrent pushes from several desks, duplicates included', async () => {
    const desks = [north, north2, south, office];
    const batches = Array.from({ length: 12 }, (_, i) => {
      const desk = desks[i % desks.length];
      return { desk, list: Array.from({ length: 5 }, () => change({ table: 'vehicles', scope: 'shared' })) };
    });
    const results = await Promise.all([...batches, ...batches.slice(0, 4)].map((b) => push(b.desk, b.list)));
    expect(results.every((r) => r.statusCode === 200)).toBe(true);
    expect(results.reduce((n, r) => n + (r.json() as { accepted: number }).accepted, 0)).toBe(60);
    const all = await db.orm.select({ seq: changes.seq, id: changes.id }).from(changes).orderBy(asc(changes.seq));
    expect(all.map((c) => c.seq)).toEqual(all.map((_, i) => i + 1));
    expect(new Set(all.map((c) => c.id)).size).toBe(all.length);
    // Each batch got consecutive numbers: a push is numbered as a whole.
    for (const b of batches) {
      const seqs = b.list.map((c) => all.find((x) => x.id === c.id)!.seq);
      expect(seqs).toEqual(seqs.map((_, i) => seqs[0] + i));
    }
  });

  it('commits pushes that arrive together as one, yet refuses one of them alone and changes nothing of it', async () => {
    const paymentId = 'payment-group-1';
    expect((await push(north, [change({ table: 'payments', scope: north.branchId, rowId: paymentId, fields: { amount_minor: 100 } })])).statusCode).toBe(200);
    const before = await db.orm.select({ id: changes.id }).from(changes);
    // Straight to the handler, all in one tick: the first push commits alone, the other eight
    // wait for it and are committed together, the refused one among them.
    const direct = (desk: Enrolment, list: ReturnType<typeof change>[]) =>
      handlePush({ db, now: Date.now, schemaVersion: version, body: pushBody(version, list), query: {}, desk: { workstationId: desk.workstationId, branchId: desk.branchId, headOffice: desk.headOffice }, head: 0 });
    const good = Array.from({ length: 8 }, (_, i) => ({ desk: [north, north2, south, office][i % 4], list: [change({ table: 'items', scope: 'shared' }), change({ table: 'items', scope: 'shared' })] }));
    const rewrite = change({ table: 'payments', scope: north.branchId, rowId: paymentId, fields: { amount_minor: 1 } });
    const alsoInRefused = change({ table: 'items', scope: 'shared' });
    const results = await Promise.allSettled([...good.slice(0, 4), { desk: north2, list: [alsoInRefused, rewrite] }, ...good.slice(4)].map((b) => direct(b.desk, b.list)));
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'fulfilled', 'fulfilled', 'fulfilled', 'rejected', 'fulfilled', 'fulfilled', 'fulfilled', 'fulfilled']);
    expect((results[4] as PromiseRejectedResult).reason).toMatchObject({ code: 'forbidden' });
    const after = await db.orm.select({ seq: changes.seq, id: changes.id }).from(changes).orderBy(asc(changes.seq));
    expect(after).toHaveLength(before.length + 16);
    expect(after.map((c) => c.seq)).toEqual(after.map((_, i) => i + 1));
    expect(after.some((c) => c.id === alsoInRefused.id || c.id === rewrite.id)).toBe(false);
    await foldRows(db);
    const [payment] = await db.orm.select().from(rows).where(eq(rows.rowId, paymentId));
    expect(payment.data).toEqual({ amount_minor: 100 });
    // The eight after the first were one commit: they all answer the head of the log after it.
    const lastSeqs = results.flatMap((r) => (r.status === 'fulfilled' ? [r.value.lastSeq] : []));
    expect(lastSeqs.slice(1)).toEqual(lastSeqs.slice(1).map(() => after.at(-1)!.seq));
    expect(lastSeqs[0]).toBeLessThan(after.at(-1)!.seq);
  });

  it('pages a large pull; lastSeq moves past changes the desk may not see, so paging ends', async () => {
    const southOnly = Array.from({ length: 30 }, () => change({ table: 'bookings', scope: south.branchId }));
    expect((await push(south, southOnly)).statusCode).toBe(200);
    const shared = Array.from({ length: 7 }, () => change({ table: 'items', scope: 'shared' }));
    expect((await push(office, shared)).statusCode).toBe(200);

    const head = (await (await app.inject({ method: 'GET', url: '/status', headers: bearer(north.token) })).json()).lastSeq as number;
    const paged = await pullAll(north, 4);
    const whole = await pullAll(north, 5000);
    expect(paged.after).toBe(head);
    expect(whole.after).toBe(head);
    expect(paged.got).toEqual(whole.got);
    expect(paged.got.map((c) => c.seq)).toEqual([...paged.got.map((c) => c.seq)].sort((a, b) => a - b));
    expect(paged.got.some((c) => c.scope === south.branchId)).toBe(false);
    expect(paged.got.slice(-7).map((c) => c.id)).toEqual(shared.map((c) => c.id));
    // Nothing new: an empty page at the head.
    expect(await pull(north, head)).toEqual({ changes: [], after: head, lastSeq: head, more: false, head });
    // Head office sees all of South's bookings.
    expect((await pullAll(office, 7)).got.filter((c) => c.scope === south.branchId)).toHaveLength(30);
  });

  it('answers a pull from the log in memory exactly as the database would, and from the database what another server process numbered', async () => {
    // Two more server processes on the same database, each with a log tail of its own: one that
    // pushes too, one that only ever reads the database (nothing it numbered is in its memory).
    const other = buildServer({ db: { ...db } });
    const fromDatabase = buildServer({ db: { ...db } });
    const on = (server: FastifyInstance, desk: Enrolment, list: ReturnType<typeof change>[]) =>
      server.inject({ method: 'POST', url: '/push', headers: bearer(desk.token), payload: pushBody(version, list) });
    const pullOn = async (server: FastifyInstance, desk: Enrolment, after: number, limit: number) => (await server.inject({ method: 'GET', url: `/pull?after=${after}&limit=${limit}`, headers: bearer(desk.token) })).json();
    try {
      const start = (await pull(office, 0, 1)).head;
      const some = (desk: Enrolment, n: number, table = 'bookings') =>
        Array.from({ length: n }, (_, i) => change({ table, scope: table === 'bookings' ? desk.branchId : 'shared', fields: { note: `${desk.deskCode} ${i}`, n: i, nested: { ok: true, list: [1, 'двa'] } } }));
      expect((await on(app, north, some(north, 5))).statusCode).toBe(200);
      expect((await on(app, south, some(south, 4, 'customers'))).statusCode).toBe(200);
      expect((await on(other, north2, some(north2, 3))).statusCode).toBe(200);
      expect((await on(app, office, some(office, 2, 'items'))).statusCode).toBe(200);
      expect((await on(app, south, some(south, 6))).statusCode).toBe(200);
      expect((await on(app, north, some(north, 2, 'vehicles'))).statusCode).toBe(200);
      const head = (await pull(office, 0, 1)).head;
      expect(head).toBe(start + 22);
      expect(tailOf(db).lastSeq).toBe(head);

      // The newest pushes through `app` are held in its memory: pulls from there read no page.
      const execute = vi.spyOn(db.orm, 'execute');
      await pull(north2, head - 8, 1000);
      expect(execute).not.toHaveBeenCalled();
      execute.mockRestore();

      for (const desk of [north, north2, south, office])
        for (const limit of [2, 1000])
          for (let after = start - 2; after <= head + 1; after++) {
            const expected = await pullOn(fromDatabase, desk, after, limit);
            expect(await pullOn(app, desk, after, limit), `${desk.deskCode} after ${after} limit ${limit}`).toEqual(expected);
            expect(await pullOn(other, desk, after, limit)).toEqual(expected);
          }
    } finally {
      await other.close();
      await fromDatabase.close();
    }
  });

  it.skipIf(!process.env.GARAGE_DESK_TEST_PG_URL)('two server processes on one PostgreSQL database: numbers stay gap-free, a change is stored once, a row keeps its branch', async () => {
    const db2 = await openServerDb({ url: db.url });
    const app2 = buildServer({ db: db2 });
    try {
      const on = (server: FastifyInstance, desk: Enrolment, list: ReturnType<typeof change>[]) =>
        server.inject({ method: 'POST', url: '/push', headers: bearer(desk.token), payload: pushBody(version, list) });
      const disputed: string[] = [];
      for (let round = 0; round < 30; round++) {
        // The same batch through both processes at once, another batch each, and one row that
        // North makes through one process while South claims it through the other.
        const same = Array.from({ length: 20 }, () => change({ table: 'items', scope: 'shared' }));
        const rowId = `disputed-${round}`;
        disputed.push(rowId);
        const answers = await Promise.all([
          on(app, north, same),
          on(app2, north2, same),
          on(app, south, Array.from({ length: 20 }, () => change({ table: 'customers', scope: 'shared' }))),
          on(app2, office, Array.from({ length: 20 }, () => change({ table: 'vehicles', scope: 'shared' }))),
          on(round % 2 ? app : app2, north, [change({ table: 'bookings', scope: north.branchId, rowId })]),
          on(round % 2 ? app2 : app, south, [change({ table: 'bookings', scope: south.branchId, rowId })]),
        ]);
        expect(answers.slice(0, 4).map((a) => a.statusCode)).toEqual([200, 200, 200, 200]);
        expect(answers.slice(0, 2).reduce((n, a) => n + (a.json() as { accepted: number }).accepted, 0)).toBe(20);
        // One of the two claims on the row wins; the other is refused as another branch's row.
        expect(answers.slice(4).map((a) => a.statusCode).sort()).toEqual([200, 403]);
      }
      const all = await db.orm.select({ seq: changes.seq, id: changes.id, rowId: changes.rowId, scope: changes.scope }).from(changes).orderBy(asc(changes.seq));
      expect(all.map((c) => c.seq)).toEqual(all.map((_, i) => i + 1));
      expect(new Set(all.map((c) => c.id)).size).toBe(all.length);
      for (const rowId of disputed) expect(all.filter((c) => c.rowId === rowId)).toHaveLength(1);
    } finally {
      await app2.close();
      await db2.close();
    }
  });
});
