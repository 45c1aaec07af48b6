import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { FastifyInstance } from 'fastify';
import { asc, eq } from 'drizzle-orm';
import { tempBackend } from '../api/backend';
import { buildServer } from '../../src-server/app';
import { foldRows } from '../../src-server/fold';
import { rows } from '../../src-server/schema';
import { openTestDb, addBranch, newCode } from '../server/support';
import { enrol, syncNow, SyncError } from '../../src-main/sync/client';
import { branchTables, sharedTables } from '../../src-main/sync/tables';
import { injectFetch, type Fault } from './support';

/**
 * Property: whatever desks do offline and however the network misbehaves (requests dropped
 * before or after the server acted, delivered twice, a stale request replayed later, the server
 * restarted), once every desk has synced cleanly, all desks of a branch and the server hold the
 * same rows, and nothing any desk wrote is missing. Desks and server live across runs, so each
 * run adds its random history on top of the previous ones.
 */
type Desk = Awaited<ReturnType<typeof tempBackend>> & { name: string; branch: string; store: string };

const RUNS = Number(process.env.SYNC_PROPERTY_RUNS ?? 250);

let server: Awaited<ReturnType<typeof openTestDb>>;
let app: FastifyInstance;
let desks: Desk[];
let item: string;
// Replies lost or requests held back, to be delivered later (stale and out of order).
let held: { fetch: typeof fetch; url: string; init: RequestInit }[] = [];
const created = { customers: new Set<string>(), receipts: new Map<string, { qty: number; branch: string }>(), payments: new Map<string, { amountMinor: number; branch: string }>() };

async function startServer() {
  app = buildServer({ db: server });
  await app.ready();
}

function deskFetch(faults: Fault[] | null): typeof fetch {
  let i = 0;
  const inner = () => injectFetch(app, () => (faults ? (faults[i++ % faults.length] ?? 'none') : 'none'));
  return (async (url: string | URL | Request, init?: RequestInit) => {
    const fault = faults ? (faults[i % faults.length] ?? 'none') : 'none';
    if (fault === ('hold' as Fault)) {
      i++;
      held.push({ fetch: inner(), url: String(url), init: init ?? {} });
      throw new TypeError('fetch failed (timed out)');
    }
    return inner()(url, init);
  }) as typeof fetch;
}

beforeAll(async () => {
  server = await openTestDb();
  await startServer();
  await addBranch(server, 'Север');
  await addBranch(server, 'Юг');
  desks = [];
  for (const [name, branch] of [['A', 'Север'], ['B', 'Север'], ['C', 'Север'], ['D', 'Юг']] as const) {
    const d = (await tempBackend()) as Desk;
    await enrol(d.db, 'http://head-office.test', await newCode(server, branch), name, injectFetch(app));
    d.name = name;
    d.branch = branch;
    desks.push(d);
  }
  // Shared reference data every desk can move stock of.
  await syncNow(desks[0].db, { fetch: injectFetch(app) });
  item = desks[0].ok('items.create', { name: 'Фильтр масляный', article: 'W712', unit: 'pcs', purchasePriceMinor: 45000 }).id;
  // Our legal entity, which invoices are issued from (shared by every branch).
  desks[0].ok('legalEntities.create', { name: 'ООО "Гараж"', inn: '7707083893', kpp: '773601001', address: 'Москва, ул. Ленина, 1', bankName: 'ПАО Сбербанк', bic: '044525225', bankAccount: '40702810438000034726', corrAccount: '30101810400000000225', vatMode: 'none', vatRateBp: 0 });
  for (const d of desks) {
    await syncNow(d.db, { fetch: injectFetch(app) });
    await syncNow(d.db, { fetch: injectFetch(app) });
  }
  for (const d of desks) d.store = d.ok('warehouses.list', {}).items.find((w) => w.kind === 'store' && w.branchId === d.ok('branches.current', {}).id)!.id;
}, 180_000);

afterAll(async () => {
  await app.close();
  await server.drop();
});

const faultArb = fc.constantFrom<Fault | 'hold'>('none', 'none', 'drop_request', 'drop_response', 'duplicate', 'hold');
const opArb = fc.oneof(
  fc.record({ op: fc.constant('create' as const), desk: fc.nat(3), name: fc.string({ minLength: 1, maxLength: 12 }), phone: fc.integer({ min: 1000000, max: 9999999 }) }),
  fc.record({ op: fc.constant('edit' as const), desk: fc.nat(3), pick: fc.nat(), field: fc.constantFrom('name', 'email', 'notes'), value: fc.string({ minLength: 1, maxLength: 12 }) }),
  fc.record({ op: fc.constant('delete' as const), desk: fc.nat(3), pick: fc.nat() }),
  fc.record({ op: fc.constant('receipt' as const), desk: fc.nat(3), qty: fc.integer({ min: 1, max: 50 }) }),
  fc.record({ op: fc.constant('payment' as const), desk: fc.nat(3), pick: fc.nat(), rubles: fc.integer({ min: 1, max: 90_000 }) }),
  fc.record({ op: fc.constant('sync' as const), desk: fc.nat(3), faults: fc.array(faultArb, { minLength: 1, maxLength: 6 }) }),
  fc.record({ op: fc.constant('replay' as const) }),
  fc.record({ op: fc.constant('restart' as const) }),
);
type Op = typeof opArb extends fc.Arbitrary<infer T> ? T : never;

function liveCustomers(d: Desk): string[] {
  return d.db.$client.prepare('SELECT id FROM customers WHERE deleted_at IS NULL ORDER BY id').pluck().all() as string[];
}

async function run(op: Op): Promise<void> {
  if (op.op === 'restart') {
    await app.close();
    await startServer();
    return;
  }
  if (op.op === 'replay') {
    const stale = held;
    held = [];
    for (const h of stale.reverse()) await h.fetch(h.url, h.init).catch(() => undefined);
    return;
  }
  const d = desks[op.desk];
  switch (op.op) {
    case 'create': {
      const c = d.call('customers.create', { kind: 'person', name: op.name.trim() || 'X', phones: [`+7916${op.phone}`] });
      if (c.ok) created.customers.add((c.data as { id: string }).id);
      return;
    }
    case 'edit': {
      const ids = liveCustomers(d);
      if (ids.length) d.call('customers.update', { id: ids[op.pick % ids.length], [op.field]: op.field === 'email' ? `x${op.value.length}@example.ru` : op.value.trim() || 'Y' });
      return;
    }
    case 'delete': {
      const ids = liveCustomers(d);
      if (ids.length) d.call('customers.remove', { id: ids[op.pick % ids.length] });
      return;
    }
    case 'receipt': {
      const r = d.call('stockDocs.create', { kind: 'receipt', toWarehouseId: d.store, lines: [{ itemId: item, qtyX1000: op.qty * 1000, priceMinor: 45000 }], post: true });
      if (r.ok) created.receipts.set((r.data as { id: string }).id, { qty: op.qty * 1000, branch: d.branch });
      return;
    }
    case 'payment': {
      // A prepayment invoice for a customer, paid in cash at once: a ledger row in the branch.
      const ids = liveCustomers(d);
      if (!ids.length) return;
      const amountMinor = op.rubles * 100;
      const invoice = d.ok('invoices.create', { payerId: ids[op.pick % ids.length], kind: 'prepayment', amountMinor });
      const p = d.ok('payments.create', { invoiceId: invoice.id, method: 'cash', amountMinor });
      created.payments.set(p.id, { amountMinor, branch: d.branch });
      return;
    }
    case 'sync':
      await syncNow(d.db, { fetch: deskFetch(op.faults as Fault[]) }).catch((e: unknown) => {
        if (!(e instanceof SyncError)) throw e;
      });
  }
}

function table(d: Desk, name: string): unknown[] {
  return d.db.$client.prepare(`SELECT * FROM "${name}" ORDER BY id`).all();
}

async function serverTable(name: string, scopes: string[]): Promise<unknown[]> {
  await foldRows(server);
  const all = await server.orm.select().from(rows).where(eq(rows.table, name)).orderBy(asc(rows.rowId));
  return all.filter((r) => scopes.includes(r.scope)).map((r) => r.data);
}

describe('sync convergence (property)', () => {
  it(`all desks and the server agree after random work and a misbehaving network (${RUNS} runs)`, async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(opArb, { minLength: 1, maxLength: 14 }), async (ops) => {
        for (const op of ops) await run(op);
        // Then the network heals: stale requests arrive, and everyone syncs twice round.
        await run({ op: 'replay' });
        for (let round = 0; round < 2; round++) for (const d of desks) await syncNow(d.db, { fetch: injectFetch(app) });

        const [a, ...others] = desks;
        const branchOf = (d: Desk) => d.ok('branches.current', {}).id;
        for (const name of sharedTables) {
          const mine = table(a, name);
          for (const d of others) expect(table(d, name), `${name} on desk ${d.name}`).toEqual(mine);
          expect(await serverTable(name, ['shared']), `${name} on the server`).toEqual(mine);
        }
        for (const name of branchTables) {
          for (const group of [desks.filter((d) => d.branch === 'Север'), desks.filter((d) => d.branch === 'Юг')]) {
            const mine = table(group[0], name);
            for (const d of group.slice(1)) expect(table(d, name), `${name} on desk ${d.name}`).toEqual(mine);
            expect(await serverTable(name, [branchOf(group[0])]), `${name} on the server`).toEqual(mine);
          }
        }
        // Nothing written is missing: every customer, and every receipt's stock in its branch.
        const customers = new Set(table(a, 'customers').map((c) => (c as { id: string }).id));
        for (const id of created.customers) expect(customers.has(id)).toBe(true);
        for (const d of desks) {
          const docs = d.db.$client.prepare('SELECT id FROM stock_documents').pluck().all() as string[];
          const ours = [...created.receipts].filter(([, r]) => r.branch === d.branch);
          for (const [id] of ours) expect(docs).toContain(id);
          const onHand = d.db.$client.prepare('SELECT coalesce(sum(qty_x1000), 0) FROM stock_balances WHERE item_id = ? AND warehouse_id IN (SELECT id FROM warehouses WHERE branch_id = ?)').pluck().get(item, branchOf(d));
          expect(onHand, `stock on desk ${d.name}`).toBe(ours.reduce((sum, [, r]) => sum + r.qty, 0));
        }
        // And every payment, once, for its amount, on every desk of its branch.
        for (const d of desks) {
          const paid = new Map((d.db.$client.prepare('SELECT id, amount_minor FROM payments').raw().all() as [string, number][]).map(([id, amount]) => [id, amount]));
          for (const [id, p] of created.payments) if (p.branch === d.branch) expect(paid.get(id), `payment on desk ${d.name}`).toBe(p.amountMinor);
        }
        for (const d of desks) expect(d.ok('sync.status', {}).pendingChanges).toBe(0);
      }),
      { numRuns: RUNS },
    );
  }, 1_200_000);
});
