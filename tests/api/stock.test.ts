import { describe, it, expect, beforeEach } from 'vitest';
import { tempBackend, snapshot } from './backend';
import { pdfText } from '../support/pdf-text';

let b: Awaited<ReturnType<typeof tempBackend>>;
let store: string;
let workshop: string;
let supplier: string;
let filter: string;
let oil: string;

beforeEach(async () => {
  b = await tempBackend();
  const whs = b.ok('warehouses.list', {}).items;
  store = whs.find((w) => w.kind === 'store')!.id;
  workshop = whs.find((w) => w.kind === 'workshop')!.id;
  supplier = b.ok('customers.create', { kind: 'company', name: 'ООО "Автодеталь"', phones: ['+74951234567'], inn: '7707083893', isSupplier: true }).id;
  const group = b.ok('itemGroups.create', { name: 'Фильтры', markupBp: 4000 }).id;
  filter = b.ok('items.create', { name: 'Фильтр масляный', article: 'W 712/73', brand: 'MANN', unit: 'pcs', groupId: group, purchasePriceMinor: 45000, barcodes: ['4011558738100'], minLevels: [{ warehouseId: store, minQtyX1000: 5000 }] }).id;
  oil = b.ok('items.create', { name: 'Масло моторное 5W-30', article: 'SHELL-550046', brand: 'Shell', unit: 'l', purchasePriceMinor: 80000, salePriceMinor: 120000 }).id;
});

function receive(lines: { itemId: string; qtyX1000: number; priceMinor: number }[]) {
  return b.ok('stockDocs.create', { kind: 'receipt', supplierId: supplier, supplierDocNumber: 'УПД-77', toWarehouseId: store, lines, post: true });
}

describe('items', () => {
  it('finds by article ignoring spaces, dashes and case; by barcode; by name or brand fragment', () => {
    const find = (q: string) => b.ok('items.search', { q }).items.map((i) => i.name);
    expect(find('w71273')).toEqual(['Фильтр масляный']);
    expect(find('W-712 73')).toEqual(['Фильтр масляный']);
    expect(find('4011558738100')).toEqual(['Фильтр масляный']);
    expect(find('МАСЛЯН')).toEqual(['Фильтр масляный']);
    expect(find('shell')).toEqual(['Масло моторное 5W-30']);
    expect(find('нет такого')).toEqual([]);
    expect(find('ма')).toEqual(['Масло моторное 5W-30', 'Фильтр масляный']); // two letters: a scan
    expect(find('масл фильтр')).toEqual(['Фильтр масляный']); // words in any order
  });

  it('searches through the trigram index, not a scan of items', async () => {
    const { stockQueries } = await import('../../src-main/stock/queries.sql');
    const plan = (b.db.$client.prepare(`EXPLAIN QUERY PLAN ${stockQueries.searchIds}`).all('"mann"', 20) as { detail: string }[]).map((p) => p.detail).join('\n');
    expect(plan).toMatch(/VIRTUAL TABLE INDEX/);
    expect(plan).not.toMatch(/SCAN i\b|SCAN items/);
  });

  it('lists an item by its exact barcode, as a scanner types it', () => {
    expect(b.ok('items.list', { q: '4011558738100' }).items.map((i) => i.name)).toEqual(['Фильтр масляный']);
  });

  it('prices by the group markup unless the item has its own price', () => {
    const [f] = b.ok('items.search', { q: 'W71273' }).items;
    expect(f.effectiveSalePriceMinor).toBe(63000);
    expect(b.ok('items.get', { id: oil }).effectiveSalePriceMinor).toBe(120000);
  });

  it('refuses a barcode another item has, and fractional minimums for pieces', () => {
    const before = snapshot(b);
    expect(b.fail('items.create', { name: 'Двойник', unit: 'pcs', barcodes: ['4011558738100'] }).fields?.['barcodes.0']).toBeTruthy();
    expect(b.fail('items.create', { name: 'Полштуки', unit: 'pcs', minLevels: [{ warehouseId: store, minQtyX1000: 500 }] }).fields?.['minLevels.0.minQtyX1000']).toBeTruthy();
    expect(snapshot(b)).toBe(before);
  });

  it('links analogues both ways', () => {
    const other = b.ok('items.create', { name: 'Фильтр масляный (аналог)', article: 'OC 90', brand: 'Mahle', unit: 'pcs', analogueIds: [filter] }).id;
    expect(b.ok('items.get', { id: filter }).analogues.map((a) => a.id)).toEqual([other]);
    expect(b.ok('items.get', { id: other }).analogues.map((a) => a.id)).toEqual([filter]);
  });
});

describe('stock documents and the ledger', () => {
  it('receives, transfers, counts; balances and average cost follow the ledger', () => {
    receive([{ itemId: oil, qtyX1000: 4500, priceMinor: 80000 }, { itemId: filter, qtyX1000: 10000, priceMinor: 45000 }]);
    receive([{ itemId: oil, qtyX1000: 5500, priceMinor: 90000 }]);
    expect(b.ok('stock.balance', { itemId: oil })).toMatchObject({ onHandX1000: 10000, valueMinor: 855000, averageCostMinor: 85500 });
    b.ok('stockDocs.create', { kind: 'transfer', fromWarehouseId: store, toWarehouseId: workshop, lines: [{ itemId: oil, qtyX1000: 4200 }], post: true });
    expect(b.ok('stock.balance', { itemId: oil, warehouseId: workshop })).toMatchObject({ onHandX1000: 4200, valueMinor: 359100 });
    const count = b.ok('stockDocs.create', { kind: 'count', toWarehouseId: store, lines: [{ itemId: oil, countedX1000: 5700 }, { itemId: filter, countedX1000: 11000 }], post: true });
    expect(count.lines.map((l) => [l.qtyX1000, l.countedX1000])).toEqual([[5800, 5700], [10000, 11000]]);
    expect(b.ok('stock.balance', { itemId: oil, warehouseId: store }).onHandX1000).toBe(5700);
    expect(b.ok('stock.balance', { itemId: filter }).onHandX1000).toBe(11000);
    const history = b.ok('items.history', { id: oil }).items as { kind: string; qtyX1000: number }[];
    expect(history.map((h) => [h.kind, h.qtyX1000])).toEqual(expect.arrayContaining([['receipt', 4500], ['receipt', 5500], ['transfer', -4200], ['transfer', 4200], ['count', -100]]));
  });

  it('refuses to go negative, naming the item and the shortfall, and writes nothing', () => {
    receive([{ itemId: filter, qtyX1000: 2000, priceMinor: 45000 }]);
    const before = snapshot(b);
    const e = b.fail('stockDocs.create', { kind: 'write_off', fromWarehouseId: store, lines: [{ itemId: filter, qtyX1000: 3000 }], post: true });
    expect(e.code).toBe('insufficient_stock');
    expect(e.message).toBe('Not enough Фильтр масляный in Main store: 1 pcs short.');
    expect(b.fail('stockDocs.create', { kind: 'write_off', fromWarehouseId: store, lines: [{ itemId: filter, qtyX1000: 3000 }], post: true }, 'ru').message).toBe('Не хватает «Фильтр масляный» на складе «Main store»: недостаёт 1 шт.');
    expect(snapshot(b)).toBe(before);
    b.ok('stock.updateSettings', { allowNegativeStock: true });
    b.ok('stockDocs.create', { kind: 'write_off', fromWarehouseId: store, lines: [{ itemId: filter, qtyX1000: 3000 }], post: true });
    expect(b.ok('stock.balance', { itemId: filter }).onHandX1000).toBe(-1000);
  });

  it('never edits a posted document: it is reversed, and a corrected copy is posted', () => {
    const doc = receive([{ itemId: filter, qtyX1000: 5000, priceMinor: 45000 }]);
    expect(b.fail('stockDocs.update', { id: doc.id, note: 'исправить' }).fields?.id).toBeTruthy();
    const reversed = b.ok('stockDocs.reverse', { id: doc.id });
    expect(reversed.status).toBe('reversed');
    expect(reversed.reversal?.number).toBe(`${doc.number}-С`);
    expect(b.ok('stock.balance', { itemId: filter })).toMatchObject({ onHandX1000: 0, valueMinor: 0 });
    const copy = b.ok('stockDocs.copy', { id: doc.id });
    expect(copy.status).toBe('draft');
    b.ok('stockDocs.update', { id: copy.id, lines: [{ itemId: filter, qtyX1000: 4000, priceMinor: 46000 }], post: true });
    expect(b.ok('stock.balance', { itemId: filter })).toMatchObject({ onHandX1000: 4000, valueMinor: 184000 });
    // The ledger itself refuses edits.
    expect(() => b.db.$client.prepare('UPDATE stock_moves SET qty_x1000 = 0').run()).toThrow(/ledger_append_only/);
    expect(() => b.db.$client.prepare('DELETE FROM stock_moves').run()).toThrow(/ledger_append_only/);
  });

  it('refuses fractional pieces, a receipt without a supplier, and a transfer to the same warehouse', () => {
    expect(b.fail('stockDocs.create', { kind: 'receipt', supplierId: supplier, toWarehouseId: store, lines: [{ itemId: filter, qtyX1000: 1500 }] }).fields?.['lines.0.qtyX1000']).toBeTruthy();
    expect(b.fail('stockDocs.create', { kind: 'receipt', toWarehouseId: store, lines: [{ itemId: oil, qtyX1000: 1500 }] }).fields?.supplierId).toBeTruthy();
    expect(b.fail('stockDocs.create', { kind: 'transfer', fromWarehouseId: store, toWarehouseId: store, lines: [{ itemId: oil, qtyX1000: 1500 }] }).fields?.toWarehouseId).toBeTruthy();
    const notSupplier = b.ok('customers.create', { kind: 'person', name: 'Частник', phones: ['+79160000000'] }).id;
    expect(b.fail('stockDocs.create', { kind: 'receipt', supplierId: notSupplier, toWarehouseId: store, lines: [] }).fields?.supplierId).toBeTruthy();
  });

  it('keeps the summary equal to the ledger: rebuilt from it, it matches', () => {
    receive([{ itemId: oil, qtyX1000: 4500, priceMinor: 80000 }, { itemId: filter, qtyX1000: 7000, priceMinor: 45000 }]);
    const doc = b.ok('stockDocs.create', { kind: 'transfer', fromWarehouseId: store, toWarehouseId: workshop, lines: [{ itemId: oil, qtyX1000: 1234 }, { itemId: filter, qtyX1000: 3000 }], post: true });
    b.ok('stockDocs.reverse', { id: doc.id });
    b.ok('stockDocs.create', { kind: 'sale', fromWarehouseId: store, lines: [{ itemId: filter, qtyX1000: 1000 }], post: true });
    const before = b.db.$client.prepare('SELECT * FROM stock_balances ORDER BY item_id, warehouse_id').all();
    expect(b.ok('stock.rebuildBalances', {})).toEqual({ rows: 4, matched: true });
    expect(b.db.$client.prepare('SELECT * FROM stock_balances ORDER BY item_id, warehouse_id').all()).toEqual(before);
    // A tampered summary is caught and repaired.
    b.db.$client.prepare('UPDATE stock_balances SET qty_x1000 = qty_x1000 + 1').run();
    expect(b.ok('stock.rebuildBalances', {}).matched).toBe(false);
    expect(b.db.$client.prepare('SELECT * FROM stock_balances ORDER BY item_id, warehouse_id').all()).toEqual(before);
  });
});

describe('reservations', () => {
  beforeEach(() => {
    receive([{ itemId: filter, qtyX1000: 3000, priceMinor: 45000 }]);
  });

  it('available = on hand − reserved; never over-reserves; issue and release', () => {
    const r1 = b.ok('reservations.create', { itemId: filter, warehouseId: store, qtyX1000: 2000, forKind: 'work_order', forId: 'WO-1' });
    expect(b.ok('stock.balance', { itemId: filter })).toMatchObject({ onHandX1000: 3000, reservedX1000: 2000, availableX1000: 1000 });
    const e = b.fail('reservations.create', { itemId: filter, warehouseId: store, qtyX1000: 2000, forKind: 'customer_order', forId: 'CO-1' });
    expect(e.code).toBe('insufficient_stock');
    expect(e.message).toMatch(/1 pcs short/);
    // Reserved stock cannot be sold to someone else either.
    expect(b.fail('stockDocs.create', { kind: 'sale', fromWarehouseId: store, lines: [{ itemId: filter, qtyX1000: 2000 }], post: true }).code).toBe('insufficient_stock');
    const issued = b.ok('reservations.issue', { id: r1.id });
    expect(issued.status).toBe('issued');
    expect(b.ok('stock.balance', { itemId: filter })).toMatchObject({ onHandX1000: 1000, reservedX1000: 0, availableX1000: 1000 });
    const r2 = b.ok('reservations.create', { itemId: filter, warehouseId: store, qtyX1000: 1000, forKind: 'customer_order', forId: 'CO-1' });
    b.ok('reservations.release', { id: r2.id });
    expect(b.fail('reservations.issue', { id: r2.id }).fields?.id).toBeTruthy();
    expect(b.ok('stock.balance', { itemId: filter }).availableX1000).toBe(1000);
  });

  it('lists items below their minimum as "to order"', () => {
    expect(b.ok('stock.toOrder', {}).items.map((i) => i.id)).toEqual([filter]); // 3 < 5
    receive([{ itemId: filter, qtyX1000: 3000, priceMinor: 45000 }]);
    expect(b.ok('stock.toOrder', {}).items).toEqual([]);
    b.ok('reservations.create', { itemId: filter, warehouseId: store, qtyX1000: 2000, forKind: 'work_order', forId: 'WO-2' });
    expect(b.ok('items.list', { belowMin: true }).items.map((i) => i.id)).toEqual([filter]); // available 4 < 5
  });
});

describe('labels', () => {
  it('prints shelf labels with name, price and a barcode as a PDF', async () => {
    const r = await b.callAsync('items.labels', { items: [{ itemId: filter, copies: 2 }, { itemId: oil }] }, 'ru');
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    const { pdfBase64, fileName } = r.data as { pdfBase64: string; fileName: string };
    expect(fileName).toBe('labels.pdf');
    const text = await pdfText(Buffer.from(pdfBase64, 'base64'));
    expect(text.match(/Фильтр масляный/g)).toHaveLength(2);
    expect(text).toContain('Масло моторное 5W-30');
    expect(text).toMatch(/630,00\s*₽/); // 450 ₽ + 40 % group markup
    expect(text).toContain('/ л');
  });

  it('draws EAN-13 for a valid EAN and Code 128 for anything else', async () => {
    const { barcodeSvg } = await import('../../src-main/print/labels');
    const ean = barcodeSvg('4006381333931');
    const code128 = barcodeSvg('SHELL-550046');
    expect(ean).toMatch(/^<svg/);
    expect(code128).toMatch(/^<svg/);
    expect(ean).not.toBe(barcodeSvg('4006381333932'));
  });

  it('refuses an unknown item', async () => {
    const r = await b.callAsync('items.labels', { items: [{ itemId: 'nope' }] });
    expect(r).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });
});
