import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { tempBackend } from '../api/backend';
import { buildServer } from '../../src-server/app';
import { openTestDb, addBranch, newCode } from '../server/support';
import { claimBookingNow, enrol, syncNow, syncStatus } from '../../src-main/sync/client';
import { injectFetch } from './support';
import { startBackgroundSync } from '../../src-main/sync/background';

type Desk = Awaited<ReturnType<typeof tempBackend>>;

let server: Awaited<ReturnType<typeof openTestDb>>;
let app: FastifyInstance;
const fetchFn = () => injectFetch(app);

beforeAll(async () => {
  server = await openTestDb();
  app = buildServer({ db: server });
  await app.ready();
}, 120_000);
afterAll(async () => {
  await app.close();
  await server.drop();
});

async function desk(branch: string, name: string): Promise<Desk> {
  const d = await tempBackend();
  await enrol(d.db, 'http://head-office.test', await newCode(server, branch), name, fetchFn());
  return d;
}
const sync = (d: Desk) => syncNow(d.db, { fetch: fetchFn() });
const customerByName = (d: Desk, q: string) => d.ok('customers.search', { q }).items;

describe('two desks of one branch through head office', () => {
  let a: Desk;
  let b: Desk;
  beforeAll(async () => {
    await addBranch(server, 'Север');
    a = await desk('Север', 'Desk A');
    b = await desk('Север', 'Desk B');
    await sync(a);
    await sync(b);
    await sync(a);
  }, 120_000);

  it('takes the server branch and a distinct desk code on each desk', () => {
    const ba = a.ok('branches.current', {});
    expect(ba.id).toBe(b.ok('branches.current', {}).id);
    expect(ba.name).toBe('Север');
    // Each desk made the branch's two default warehouses; after sync there is still one pair.
    const warehouses = (d: Desk) => d.ok('warehouses.list', {}).items.map((w) => `${w.kind} ${w.name}`);
    expect(warehouses(a)).toEqual(['store Main store', 'workshop Workshop']);
    expect(warehouses(b)).toEqual(warehouses(a));
    expect(syncStatus(a.db).deskCode).toMatch(/^[0-9A-Z]{2}$/);
    expect(a.db.$client.prepare("SELECT value FROM local_settings WHERE key = 'deskCode'").pluck().get()).not.toBe(
      b.db.$client.prepare("SELECT value FROM local_settings WHERE key = 'deskCode'").pluck().get(),
    );
  });

  it('brings a customer made on one desk to the other, search included', async () => {
    const c = a.ok('customers.create', { kind: 'person', name: 'Журавлёв Пётр', phones: ['+79160001122'] });
    expect(syncStatus(a.db).pendingChanges).toBeGreaterThan(0);
    await sync(a);
    expect(syncStatus(a.db).pendingChanges).toBe(0);
    const progress: { phase: string; done: number; total: number }[] = [];
    await syncNow(b.db, { fetch: fetchFn(), onProgress: (p) => progress.push(p) });
    expect(customerByName(b, 'Журавлёв').map((x) => x.id)).toEqual([c.id]);
    // The bar fills from where the desk stood to the head of head office's log.
    const pulled = progress.filter((p) => p.phase === 'pull');
    expect(pulled.length).toBeGreaterThan(0);
    expect(pulled.at(-1)!.done).toBe(pulled.at(-1)!.total);
    expect(pulled.at(-1)!.total).toBeGreaterThan(0);
  });

  it('keeps the later edit of a field and both edits of different fields', async () => {
    const c = a.ok('customers.create', { kind: 'person', name: 'Соколова Анна', phones: ['+79160003344'] });
    await sync(a);
    await sync(b);
    a.ok('customers.update', { id: c.id, name: 'Соколова Анна Сергеевна' });
    b.ok('customers.update', { id: c.id, email: 'anna@example.ru' });
    b.ok('customers.update', { id: c.id, name: 'Соколова А. С.' });
    await sync(a);
    await sync(b);
    await sync(a);
    for (const d of [a, b]) expect(d.ok('customers.get', { id: c.id })).toMatchObject({ name: 'Соколова А. С.', email: 'anna@example.ru' });
  });

  it('lists overlapping bookings made offline on two desks as a conflict', async () => {
    const bay = a.ok('resources.create', { kind: 'bay', name: 'Подъёмник С' }).id;
    await sync(a);
    await sync(b);
    const x = a.ok('bookings.create', { bayId: bay, start: '2026-12-02T10:00:00+03:00', end: '2026-12-02T11:00:00+03:00' });
    const y = b.ok('bookings.create', { bayId: bay, start: '2026-12-02T10:30:00+03:00', end: '2026-12-02T11:30:00+03:00' });
    await sync(a);
    await sync(b);
    await sync(a);
    for (const d of [a, b]) {
      const { items } = d.ok('sync.conflicts', {});
      expect(items.find((i) => i.kind === 'booking_overlap')?.details).toEqual({ bookingIds: [x.id, y.id].sort() });
    }
    const conflict = a.ok('sync.conflicts', {}).items.find((i) => i.kind === 'booking_overlap')!;
    a.ok('bookings.cancel', { id: y.id });
    a.ok('sync.resolveConflict', { id: conflict.id });
    expect(a.ok('sync.conflicts', {}).items.filter((i) => i.kind === 'booking_overlap')).toEqual([]);
  });

  it('confirms a booking at head office first while online; offline it stays unconfirmed until a sync', async () => {
    const bay = a.ok('resources.create', { kind: 'bay', name: 'Подъёмник Д' }).id;
    await sync(a);
    await sync(b);
    const day = (h: string) => `2026-12-03T${h}:00+03:00`;
    const x = a.ok('bookings.create', { bayId: bay, start: day('10:00'), end: day('11:00') });
    expect(await claimBookingNow(a.db, x.id, fetchFn())).toEqual({ state: 'claimed' });
    expect(a.ok('bookings.get', { id: x.id }).unconfirmed).toBeUndefined();
    // Desk B has not pulled x yet: its own check passes, head office refuses and names x.
    const y = b.ok('bookings.create', { bayId: bay, start: day('10:30'), end: day('11:30') });
    expect(await claimBookingNow(b.db, y.id, fetchFn())).toEqual({ state: 'refused', holderId: x.id });
    expect(b.ok('bookings.get', { id: y.id }).unconfirmed).toBe(true);
    expect(b.ok('sync.conflicts', {}).items.find((i) => i.subject.includes(y.id))?.details).toEqual({ bookingIds: [x.id, y.id].sort() });
    // Offline: saved, unconfirmed; the next sync claims it.
    const z = b.ok('bookings.create', { bayId: bay, start: day('14:00'), end: day('15:00') });
    const offline = injectFetch(app, () => 'drop_request');
    expect(await claimBookingNow(b.db, z.id, offline)).toEqual({ state: 'unconfirmed' });
    expect(b.ok('bookings.get', { id: z.id }).unconfirmed).toBe(true);
    await sync(b);
    expect(b.ok('bookings.get', { id: z.id }).unconfirmed).toBeUndefined();
  });

  it('claims the mechanics as well as the bay: one mechanic at one time on two desks is refused at head office', async () => {
    const [bay1, bay2] = ['Подъёмник Е', 'Подъёмник Ж'].map((name) => a.ok('resources.create', { kind: 'bay', name }).id);
    const sidorov = a.ok('employees.create', { name: 'Сидоров', role: 'mechanic' }).id;
    await sync(a);
    await sync(b);
    const day = (h: string) => `2026-12-04T${h}:00+03:00`;
    const x = a.ok('bookings.create', { bayId: bay1, mechanicIds: [sidorov], start: day('10:00'), end: day('11:00'), allowOutsideHours: true });
    expect(await claimBookingNow(a.db, x.id, fetchFn())).toEqual({ state: 'claimed' });
    // Another bay, but Sidorov is already taken then.
    const y = b.ok('bookings.create', { bayId: bay2, mechanicIds: [sidorov], start: day('10:30'), end: day('11:30'), allowOutsideHours: true });
    expect(await claimBookingNow(b.db, y.id, fetchFn())).toEqual({ state: 'refused', holderId: x.id });
    // Taking him off the booking makes it pending again, and the next claim succeeds.
    b.ok('bookings.move', { id: y.id, start: day('10:30'), end: day('11:30'), mechanicIds: [], allowOutsideHours: true });
    expect(b.ok('bookings.get', { id: y.id }).unconfirmed).toBe(true);
    expect(await claimBookingNow(b.db, y.id, fetchFn())).toEqual({ state: 'claimed' });
  });

  it('syncs by itself soon after a local change', async () => {
    const stop = startBackgroundSync(a.db, { everyMs: 60_000, afterChangeMs: 50, fetch: fetchFn() });
    try {
      a.ok('customers.create', { kind: 'person', name: 'Фоновый Клиент', phones: ['+79160009988'] });
      await expect.poll(() => syncStatus(a.db).pendingChanges, { timeout: 10_000 }).toBe(0);
      expect(syncStatus(a.db).lastSyncAt).not.toBeNull();
    } finally {
      stop();
    }
  });

  it('offers a merge when two desks enter the same phone', async () => {
    a.ok('customers.create', { kind: 'person', name: 'Морозов Иван', phones: ['+79165550011'] });
    b.ok('customers.create', { kind: 'person', name: 'Морозов И.', phones: ['+79165550011'] });
    await sync(a);
    await sync(b);
    expect(b.ok('sync.conflicts', {}).items.find((i) => i.kind === 'duplicate_phone')?.details).toMatchObject({ phone: '+79165550011' });
  });

  it('merges the two on one desk: the other desk gets the merge, and its conflict is resolved too', async () => {
    const open = (d: Desk) => d.ok('sync.conflicts', {}).items.filter((i) => i.kind === 'duplicate_phone' && i.details.phone === '+79165550011');
    await sync(a);
    expect(open(a)).toHaveLength(1);
    const [keepId, mergeId] = open(b)[0].details.customerIds as string[];
    const car = a.ok('vehicles.create', { customerId: mergeId, plate: 'М001ОР77', make: 'Lada', model: 'Granta' }).id;
    await sync(a);
    await sync(b);
    b.ok('customers.merge', { keepId, mergeId });
    expect(open(b)).toEqual([]);
    // Meanwhile desk A, not yet told, books the merged card in.
    const bay = a.ok('resources.create', { kind: 'bay', name: 'Подъёмник З' }).id;
    const booking = a.ok('bookings.create', { bayId: bay, customerId: mergeId, start: '2026-12-07T10:00:00+03:00', end: '2026-12-07T11:00:00+03:00', allowOutsideHours: true }).id;
    await sync(b);
    await sync(a);
    expect(open(a)).toEqual([]);
    // A's booking followed the merge to the kept card, there and (after a sync) on B.
    expect(a.ok('bookings.get', { id: booking }).customerId).toBe(keepId);
    await sync(a);
    await sync(b);
    expect(b.ok('bookings.get', { id: booking }).customerId).toBe(keepId);
    expect(a.ok('sync.conflicts', { includeResolved: true }).items.find((i) => i.details.phone === '+79165550011')?.resolvedAt).toBeTruthy();
    for (const d of [a, b]) {
      expect(d.ok('customers.get', { id: keepId }).vehicles.map((v) => v.id)).toEqual([car]);
      expect(d.fail('customers.get', { id: mergeId }).code).toBe('not_found');
      expect(customerByName(d, 'Морозов').map((c) => c.id)).toEqual([keepId]);
      expect(d.db.$client.prepare('SELECT merged_into_id FROM customers WHERE id = ?').pluck().get(mergeId)).toBe(keepId);
    }
  });
});

describe('head office', () => {
  it('sees every branch, read-only, with a branch filter in lists', async () => {
    await addBranch(server, 'Центр', true);
    await addBranch(server, 'Запад');
    const west = await desk('Запад', 'West desk');
    const office = await desk('Центр', 'Office desk');
    const customer = west.ok('customers.create', { kind: 'company', name: 'ООО Западстрой', phones: ['+79167770000'] }).id;
    const order = west.ok('workOrders.create', { customerId: customer });
    const deal = west.ok('deals.create', { customerId: customer, siteAddress: 'Можайск' });
    await sync(west);
    await sync(office);
    const branches = office.ok('branches.list', {}).items.map((b) => b.name);
    expect(branches).toEqual(expect.arrayContaining(['Центр', 'Запад']));
    const westId = west.ok('branches.current', {}).id;
    const officeId = office.ok('branches.current', {}).id;
    expect(office.ok('workOrders.list', { branchId: westId }).items.map((o) => (o as unknown as { id: string }).id)).toEqual([order.id]);
    expect(office.ok('workOrders.list', { branchId: officeId }).items).toEqual([]);
    expect(office.ok('deals.list', { branchId: westId }).items.map((d) => d.id)).toEqual([deal.id]);
    // Another branch's rows are read-only at head office; shared data (customers) is not.
    expect(office.fail('deals.update', { id: deal.id, notes: 'из офиса' }).message).toMatch(/another branch/);
    office.ok('customers.update', { id: customer, email: 'office@zapad.ru' });
    // A branch desk does not see the head office's own rows.
    office.ok('deals.create', { customerId: customer, siteAddress: 'Офис' });
    await sync(office);
    await sync(west);
    expect(west.ok('deals.list', {}).items.map((d) => d.id)).toEqual([deal.id]);
    expect(west.ok('customers.get', { id: customer }).email).toBe('office@zapad.ru');
  });
});

