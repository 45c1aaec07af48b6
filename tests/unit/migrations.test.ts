import { describe, it, expect } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { openBackend } from '../../src-main/backend';
import { latestSchemaVersion, appliedMigrations } from '../../src-main/db/open';
import { databaseAtVersion } from '../support/migrations';

describe('migrations', () => {
  it('bring an empty database to the latest schema, with the pragmas we rely on', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'garage-desk-empty-'));
    const backend = await openBackend({ dataDir });
    const sqlite = backend.db.$client;
    expect(appliedMigrations(sqlite)).toBe(latestSchemaVersion());
    const tables = sqlite.prepare("SELECT name FROM sqlite_master WHERE type IN ('table') ORDER BY name").pluck().all();
    expect(tables).toEqual(expect.arrayContaining(['customers', 'vehicles', 'vehicle_owners', 'mileage_readings', 'legal_entities', 'branches', 'customer_search']));
    expect(sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(sqlite.pragma('synchronous', { simple: true })).toBe(2); // FULL
    expect(sqlite.pragma('busy_timeout', { simple: true })).toBeGreaterThan(0);
    // No backup for a brand-new file: there is nothing to lose.
    expect(fs.existsSync(path.join(dataDir, 'backups'))).toBe(false);
    backend.close();
  });

  // The pattern every later migration follows: make data at the previous version the way that
  // build wrote it, migrate with the current build, check the data (and a backup) came through.
  it('v1 → latest: customers made before the search index are searchable afterwards, and a backup was taken', async () => {
    const old = databaseAtVersion(1);
    const at = '2020-01-01T00:00:00.000Z';
    old.db.$client
      .prepare(`INSERT INTO customers (id, created_at, updated_at, kind, name, phones, messengers, consent_to_messages, discount_pct) VALUES ('c1', ?, ?, 'person', 'Старый Клиент', '["+79161234567"]', '[]', 0, 5)`)
      .run(at, at);
    old.db.$client.prepare(`INSERT INTO vehicles (id, created_at, updated_at, customer_id, plate, make, model) VALUES ('v1', ?, ?, 'c1', 'Е001КХ77', 'Lada', 'Niva')`).run(at, at);
    old.db.$client.close();

    const backend = await openBackend({ dataDir: old.dataDir });
    expect(backend.schemaVersion()).toBe(latestSchemaVersion());
    const got = backend.call('customers.get', { id: 'c1' });
    expect(got.ok && got.data).toMatchObject({ name: 'Старый Клиент', discountPct: 5, phones: ['+79161234567'] });
    const found = backend.call('customers.search', { q: 'e001kx' }) as { ok: true; data: { items: { id: string }[] } };
    expect(found.data.items.map((i) => i.id)).toEqual(['c1']);
    backend.close();

    const backups = fs.readdirSync(path.join(old.dataDir, 'backups'));
    expect(backups).toHaveLength(1);
    expect(backups[0]).toMatch(/^garage-desk-pre-migrate-v1-/);
    const copy = new Database(path.join(old.dataDir, 'backups', backups[0]), { readonly: true });
    expect(copy.prepare('SELECT name FROM customers').pluck().all()).toEqual(['Старый Клиент']);
    expect(copy.prepare('SELECT count(*) FROM __drizzle_migrations').pluck().get()).toBe(1);
    copy.close();
  });

  it('v2 → latest: a branch and its vehicles come through; the branch gets the default labour rate', async () => {
    const old = databaseAtVersion(2);
    const at = '2024-05-01T00:00:00.000Z';
    const sqlite = old.db.$client;
    sqlite.prepare(`INSERT INTO branches (id, created_at, updated_at, name, doc_prefix, time_zone) VALUES ('b1', ?, ?, 'Север', 'SV', 'Europe/Moscow')`).run(at, at);
    sqlite.prepare(`INSERT INTO local_settings (key, value) VALUES ('branchId', '"b1"')`).run();
    sqlite.prepare(`INSERT INTO customers (id, created_at, updated_at, kind, name, phones, messengers, consent_to_messages, discount_pct) VALUES ('c1', ?, ?, 'company', 'ООО Парк', '[]', '[]', 1, 0)`).run(at, at);
    sqlite.prepare(`INSERT INTO vehicles (id, created_at, updated_at, customer_id, plate, make, model) VALUES ('v1', ?, ?, 'c1', 'А555АА55', 'GAZ', 'Gazelle Next')`).run(at, at);
    sqlite.close();

    const backend = await openBackend({ dataDir: old.dataDir });
    const branch = backend.call('branches.current', {}) as { ok: true; data: { id: string; docPrefix: string; labourRateMinor: number } };
    expect(branch.data).toMatchObject({ id: 'b1', docPrefix: 'SV', labourRateMinor: 250000 });
    const car = backend.call('vehicles.get', { id: 'v1' }) as { ok: true; data: { plate: string; vehicleClass: string | null } };
    expect(car.data).toMatchObject({ plate: 'А555АА55', vehicleClass: null });
    // The new tables work on the migrated file, triggers included.
    const bay = backend.call('resources.create', { kind: 'bay', name: 'Пост' }) as { ok: true; data: { id: string } };
    const slot = { bayId: bay.data.id, start: '2026-12-01T10:00:00Z', end: '2026-12-01T11:00:00Z' };
    expect(backend.call('bookings.create', slot).ok).toBe(true);
    expect(backend.call('bookings.create', slot)).toMatchObject({ ok: false, error: { code: 'booking_conflict' } });
    backend.close();
  });

  it('v4 → latest: customers are not suppliers until marked; the branch gets its two warehouses', async () => {
    const old = databaseAtVersion(4);
    const at = '2025-01-01T00:00:00.000Z';
    old.db.$client.prepare(`INSERT INTO customers (id, created_at, updated_at, kind, name, phones, messengers, consent_to_messages, discount_pct) VALUES ('c1', ?, ?, 'company', 'ООО Деталь', '[]', '[]', 0, 0)`).run(at, at);
    old.db.$client.close();
    const backend = await openBackend({ dataDir: old.dataDir });
    const c = backend.call('customers.get', { id: 'c1' }) as { ok: true; data: { isSupplier: boolean } };
    expect(c.data.isSupplier).toBe(false);
    const whs = backend.call('warehouses.list', {}) as { ok: true; data: { items: { kind: string }[] } };
    expect(whs.data.items.map((w) => w.kind).sort()).toEqual(['store', 'workshop']);
    backend.close();
  });

  it('v6 → latest: stock posted before work orders existed can be reserved by a work order', async () => {
    const old = databaseAtVersion(6);
    const sqlite = old.db.$client;
    const at = '2025-06-01T00:00:00.000Z';
    sqlite.prepare(`INSERT INTO branches (id, created_at, updated_at, name, doc_prefix, time_zone) VALUES ('b1', ?, ?, 'Север', 'SV', 'Europe/Moscow')`).run(at, at);
    sqlite.prepare(`INSERT INTO local_settings (key, value) VALUES ('branchId', '"b1"')`).run();
    sqlite.prepare(`INSERT INTO warehouses (id, created_at, updated_at, branch_id, name, kind, active) VALUES ('w1', ?, ?, 'b1', 'Склад', 'store', 1)`).run(at, at);
    sqlite.prepare(`INSERT INTO customers (id, created_at, updated_at, kind, name, phones, messengers, consent_to_messages, discount_pct, is_supplier) VALUES ('c1', ?, ?, 'person', 'Клиент', '[]', '[]', 0, 0, 0)`).run(at, at);
    sqlite.prepare(`INSERT INTO items (id, created_at, updated_at, name, unit, purchase_price_minor, vat_rate_bp, active, search_text) VALUES ('i1', ?, ?, 'Фильтр', 'pcs', 100, 2200, 1, 'фильтр')`).run(at, at);
    sqlite.prepare(`INSERT INTO stock_documents (id, created_at, updated_at, branch_id, number, kind, status, date, to_warehouse_id) VALUES ('d1', ?, ?, 'b1', 'SV-ПН-1', 'receipt', 'posted', '2025-06-01', 'w1')`).run(at, at);
    sqlite.prepare(`INSERT INTO stock_moves (id, created_at, updated_at, document_id, kind, item_id, warehouse_id, qty_x1000, value_minor, at) VALUES ('m1', ?, ?, 'd1', 'receipt', 'i1', 'w1', 2000, 200, ?)`).run(at, at, at);
    sqlite.close();

    const backend = await openBackend({ dataDir: old.dataDir });
    expect(backend.call('stock.balance', { itemId: 'i1' })).toMatchObject({ ok: true, data: { onHandX1000: 2000 } });
    const wo = backend.call('workOrders.create', { customerId: 'c1' }) as { ok: true; data: { id: string; number: string } };
    expect(wo.data.number).toMatch(/^SV-/);
    expect(backend.call('workOrders.addPart', { workOrderId: wo.data.id, itemId: 'i1', quantityX1000: 2000 }).ok).toBe(true);
    expect(backend.call('stock.balance', { itemId: 'i1' })).toMatchObject({ ok: true, data: { reservedX1000: 2000, availableX1000: 0 } });
    backend.close();
  });

  it('v8 → latest: payments taken before the paid summary existed are counted', async () => {
    const old = databaseAtVersion(8);
    const sqlite = old.db.$client;
    const at = '2025-07-01T00:00:00.000Z';
    sqlite.prepare(`INSERT INTO branches (id, created_at, updated_at, name, doc_prefix, time_zone) VALUES ('b1', ?, ?, 'Север', 'SV', 'Europe/Moscow')`).run(at, at);
    sqlite.prepare(`INSERT INTO local_settings (key, value) VALUES ('branchId', '"b1"')`).run();
    sqlite.prepare(`INSERT INTO customers (id, created_at, updated_at, kind, name, phones, messengers, consent_to_messages, discount_pct, is_supplier) VALUES ('c1', ?, ?, 'person', 'Клиент', '[]', '[]', 0, 0, 0)`).run(at, at);
    sqlite.prepare(`INSERT INTO legal_entities (id, created_at, updated_at, name, inn, address, vat_mode, vat_rate_bp, is_default) VALUES ('e1', ?, ?, 'ООО', '7707083893', 'Москва', 'none', 0, 1)`).run(at, at);
    sqlite.prepare(`INSERT INTO work_orders (id, created_at, updated_at, branch_id, number, status, customer_id, payer_id, total_minor) VALUES ('wo1', ?, ?, 'b1', 'SV-1', 'issued', 'c1', 'c1', 100000)`).run(at, at);
    sqlite.prepare(`INSERT INTO invoices (id, created_at, updated_at, branch_id, number, kind, legal_entity_id, payer_id, work_order_id, date, total_minor, vat_mode, vat_rate_bp, vat_minor) VALUES ('i1', ?, ?, 'b1', 'SV-И-1', 'prepayment', 'e1', 'c1', 'wo1', '2025-07-01', 30000, 'none', 0, 0)`).run(at, at);
    const pay = sqlite.prepare(`INSERT INTO payments (id, created_at, updated_at, branch_id, kind, method, amount_minor, payer_id, work_order_id, invoice_id, at) VALUES (?, ?, ?, 'b1', ?, 'cash', ?, 'c1', ?, ?, ?)`);
    pay.run('p1', at, at, 'payment', 30000, null, 'i1', at);
    pay.run('p2', at, at, 'payment', 50000, 'wo1', null, at);
    pay.run('p3', at, at, 'refund', 5000, 'wo1', null, at);
    sqlite.close();
    const backend = await openBackend({ dataDir: old.dataDir });
    const list = backend.call('workOrders.list', {}) as { ok: true; data: { items: { paid: number; due: number }[] } };
    expect(list.data.items[0]).toMatchObject({ paid: 75000, due: 25000 });
    backend.close();
  });
});

