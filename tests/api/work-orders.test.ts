import { describe, it, expect, beforeEach } from 'vitest';
import { tempBackend, snapshot } from './backend';

let b: Awaited<ReturnType<typeof tempBackend>>;
let customer: string;
let car: string;
let mech1: string;
let mech2: string;
let store: string;
let filter: string;
let oilChange: string;

beforeEach(async () => {
  b = await tempBackend();
  b.ok('legalEntities.create', { name: 'ООО "Гараж"', inn: '7707083893', kpp: '773601001', ogrn: '1027700132195', address: 'Москва, ул. Ленина, 1', bankName: 'ПАО Сбербанк', bic: '044525225', bankAccount: '40702810438000034726', corrAccount: '30101810400000000225', vatMode: 'on_top', vatRateBp: 2200 });
  customer = b.ok('customers.create', { kind: 'person', name: 'Орлов Павел', phones: ['+79161230000'] }).id;
  car = b.ok('vehicles.create', { customerId: customer, plate: 'В777ОР77', vin: 'XTA219170K0123456', make: 'Lada', model: 'Vesta', mileage: 50000 }).id;
  mech1 = b.ok('employees.create', { name: 'Смирнов Олег', role: 'mechanic' }).id;
  mech2 = b.ok('employees.create', { name: 'Кузнецов Илья', role: 'mechanic' }).id;
  store = b.ok('warehouses.list', {}).items.find((w) => w.kind === 'store')!.id;
  const supplier = b.ok('customers.create', { kind: 'company', name: 'Поставщик', phones: ['+74950000000'], isSupplier: true }).id;
  filter = b.ok('items.create', { name: 'Фильтр масляный', article: 'W 712/73', unit: 'pcs', purchasePriceMinor: 45000, salePriceMinor: 63000 }).id;
  b.ok('stockDocs.create', { kind: 'receipt', supplierId: supplier, toWarehouseId: store, lines: [{ itemId: filter, qtyX1000: 3000, priceMinor: 45000 }], post: true });
  oilChange = b.ok('operations.create', { code: 'ТО-01', name: 'Замена масла', standardHoursX100: 100 }).id;
});

const stock = () => b.ok('stock.balance', { itemId: filter });

describe('work order', () => {
  it('from a booking to a request to a work order: everything carries over', () => {
    const bay = b.ok('resources.create', { kind: 'bay', name: 'Пост 1' }).id;
    const booking = b.ok('bookings.create', { bayId: bay, start: '2026-12-01T10:00:00+03:00', end: '2026-12-01T12:00:00+03:00' });
    const request = b.ok('requests.create', { bookingId: booking.id, customerId: customer, vehicleId: car, complaint: 'Стук спереди', operations: [{ operationId: oilChange }] });
    const wo = b.ok('workOrders.create', { requestId: request.id, mileageKm: 51000 });
    expect(wo).toMatchObject({ status: 'draft', customerId: customer, payerId: customer, vehicleId: car, bookingId: booking.id, complaint: 'Стук спереди', mileageKm: 51000 });
    expect(wo.number).toMatch(/^A-[0-9A-Z]{2}-000001$/);
    expect(wo.labour.map((l) => [l.name, l.amountMinor])).toEqual([['Замена масла', 250000]]);
    expect(b.ok('requests.get', { id: request.id }).status).toBe('converted');
    expect(b.fail('workOrders.create', { requestId: request.id }).message).toBe(`This request already has work order ${wo.number}.`);
    expect(b.ok('requests.list', { customerId: customer }).items.map((r) => r.id)).toEqual([request.id]);
    expect(b.ok('vehicles.get', { id: car }).mileage).toBe(51000);
    expect(b.ok('workOrders.list', {}).items[0]).toMatchObject({ id: wo.id, number: wo.number, status: 'draft', customerId: customer, vehicleId: car, total: 305000, paid: 0, due: 305000 });
  });

  it('reserves a part when added, issues it on completion, and reopening puts it back to reserved', () => {
    let wo = b.ok('workOrders.create', { customerId: customer, vehicleId: car });
    wo = b.ok('workOrders.addPart', { workOrderId: wo.id, itemId: filter, quantityX1000: 2000 });
    expect(stock()).toMatchObject({ onHandX1000: 3000, reservedX1000: 2000, availableX1000: 1000 });
    expect(b.fail('workOrders.addPart', { workOrderId: wo.id, itemId: filter, quantityX1000: 2000 }).code).toBe('insufficient_stock');
    wo = b.ok('workOrders.updatePart', { id: wo.parts[0].id, quantityX1000: 3000 });
    expect(stock()).toMatchObject({ reservedX1000: 3000, availableX1000: 0 });
    wo = b.ok('workOrders.addPart', { workOrderId: wo.id, name: 'Масло клиента 4 л', unit: 'l', quantityX1000: 4000, customerSupplied: true });
    expect(wo.parts[1]).toMatchObject({ customerSupplied: true, amountMinor: 0, reservationId: null });
    wo = b.ok('workOrders.addLabour', { workOrderId: wo.id, operationId: oilChange, mechanics: [{ employeeId: mech1, shareBp: 7000 }, { employeeId: mech2, shareBp: 3000 }] });
    b.ok('workOrders.setStatus', { id: wo.id, status: 'in_progress' });
    wo = b.ok('workOrders.setStatus', { id: wo.id, status: 'completed' });
    expect(wo.completedAt).toBeTruthy();
    expect(stock()).toMatchObject({ onHandX1000: 0, reservedX1000: 0 });
    // Locked now.
    const before = snapshot(b);
    expect(b.fail('workOrders.addLabour', { workOrderId: wo.id, name: 'Ещё', hoursX100: 10 }).message).toMatch(/reopen/);
    expect(snapshot(b)).toBe(before);
    wo = b.ok('workOrders.reopen', { id: wo.id, reason: 'Клиент попросил добавить работу' });
    expect(wo.status).toBe('in_progress');
    expect(wo.events.map((e) => [e.kind, e.toStatus])).toEqual([['status', 'draft'], ['status', 'in_progress'], ['status', 'completed'], ['reopen', 'in_progress']]);
    expect(wo.events[3].note).toBe('Клиент попросил добавить работу');
    expect(stock()).toMatchObject({ onHandX1000: 3000, reservedX1000: 3000 });
    wo = b.ok('workOrders.removePart', { id: wo.parts[0].id });
    expect(stock()).toMatchObject({ reservedX1000: 0, availableX1000: 3000 });
  });

  it('releases reservations on cancel', () => {
    const wo = b.ok('workOrders.create', { customerId: customer });
    b.ok('workOrders.addPart', { workOrderId: wo.id, itemId: filter, quantityX1000: 1000 });
    b.ok('workOrders.setStatus', { id: wo.id, status: 'cancelled' });
    expect(stock()).toMatchObject({ reservedX1000: 0, availableX1000: 3000 });
    expect(b.fail('workOrders.setStatus', { id: wo.id, status: 'completed' }).code).toBe('conflict');
  });

  it('refuses shares that do not add up, and completing without mechanics', () => {
    const wo = b.ok('workOrders.create', { customerId: customer });
    expect(b.fail('workOrders.addLabour', { workOrderId: wo.id, operationId: oilChange, mechanics: [{ employeeId: mech1, shareBp: 6000 }, { employeeId: mech2, shareBp: 3000 }] }).fields?.mechanics).toMatch(/100/);
    b.ok('workOrders.addLabour', { workOrderId: wo.id, operationId: oilChange });
    b.ok('workOrders.setStatus', { id: wo.id, status: 'in_progress' });
    expect(b.fail('workOrders.setStatus', { id: wo.id, status: 'completed' }).fields?.['labour.0.mechanics']).toBeTruthy();
  });

  it('keeps recommendations on the vehicle, and its history one call away', () => {
    const wo = b.ok('workOrders.create', { customerId: customer, vehicleId: car, mileageKm: 52000 });
    b.ok('workOrders.setRecommendations', { workOrderId: wo.id, items: ['Заменить передние колодки в течение 2 000 км'] });
    const history = b.ok('vehicles.history', { id: car });
    expect(history.recommendations).toEqual([expect.objectContaining({ text: 'Заменить передние колодки в течение 2 000 км', workOrderNumber: wo.number })]);
    expect(history.orders).toEqual([expect.objectContaining({ number: wo.number, mileageKm: 52000 })]);
  });

  it('saves the inspection act with marks, fuel and a photo', () => {
    const wo = b.ok('workOrders.create', { customerId: customer, vehicleId: car });
    const photo = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';
    const act = b.ok('inspections.save', { workOrderId: wo.id, marks: [{ view: 'left', x: 0.3, y: 0.5, kind: 'scratch', note: 'Задняя дверь' }], fuelEighths: 3, mileageKm: 51000, itemsLeft: 'Детское кресло', addPhotos: [{ name: 'left.png', dataUrl: photo }] });
    expect(act).toMatchObject({ fuelEighths: 3, itemsLeft: 'Детское кресло', marks: [{ kind: 'scratch' }] });
    expect(act?.photos).toHaveLength(1);
    expect(b.fail('inspections.save', { workOrderId: wo.id, marks: [], fuelEighths: 9 }).fields?.fuelEighths).toBeTruthy();
    expect(b.fail('inspections.save', { workOrderId: wo.id, marks: [], fuelEighths: 1, addPhotos: [{ name: 'x', dataUrl: 'data:text/html;base64,PGI+' }] }).fields?.['addPhotos.0.dataUrl']).toBeTruthy();
  });
});

describe('payments and invoices', () => {
  function readyOrder() {
    let wo = b.ok('workOrders.create', { customerId: customer, vehicleId: car });
    wo = b.ok('workOrders.addLabour', { workOrderId: wo.id, operationId: oilChange, mechanics: [{ employeeId: mech1, shareBp: 10000 }] });
    wo = b.ok('workOrders.addPart', { workOrderId: wo.id, itemId: filter, quantityX1000: 1000 });
    return wo; // 2 500 + 630 = 3 130 ₽ + 22 % = 3 818,60 ₽
  }

  it('takes a prepayment, partial and final payments; the balance is always total − payments', () => {
    const wo = readyOrder();
    expect(wo.totals).toMatchObject({ labourMinor: 250000, partsMinor: 63000, vatMinor: 68860, totalMinor: 381860, dueMinor: 381860 });
    b.ok('payments.create', { workOrderId: wo.id, method: 'sbp', amountMinor: 100000, note: 'Предоплата' });
    b.ok('payments.create', { workOrderId: wo.id, method: 'card', amountMinor: 200000 });
    expect(b.ok('workOrders.get', { id: wo.id }).totals).toMatchObject({ paidMinor: 300000, dueMinor: 81860 });
    b.ok('payments.create', { workOrderId: wo.id, method: 'cash', amountMinor: 81860 });
    expect(b.ok('workOrders.list', { unpaid: true }).items).toEqual([]);
    b.ok('payments.create', { workOrderId: wo.id, method: 'cash', amountMinor: 1860, kind: 'refund', note: 'Скидка' });
    expect(b.ok('workOrders.get', { id: wo.id }).totals.dueMinor).toBe(1860);
    expect(b.fail('payments.create', { workOrderId: wo.id, method: 'cash', amountMinor: 999999, kind: 'refund' }).fields?.amountMinor).toBeTruthy();
    expect(b.fail('payments.create', { workOrderId: wo.id, method: 'cash', amountMinor: 0 }).fields?.amountMinor).toBeTruthy();
    expect(() => b.db.$client.prepare('UPDATE payments SET amount_minor = 1').run()).toThrow(/ledger_append_only/);
  });

  it('issues a prepayment invoice and a post-payment one; invoice payments count for the order', () => {
    const wo = readyOrder();
    const pre = b.ok('invoices.create', { workOrderId: wo.id, kind: 'prepayment', amountMinor: 100000 });
    expect(pre).toMatchObject({ kind: 'prepayment', totalMinor: 100000, vatMinor: 18033, status: 'issued' });
    expect(pre.lines[0].name).toBe(`Предоплата по заказ-наряду № ${wo.number}`);
    b.ok('payments.create', { invoiceId: pre.id, method: 'bank_transfer', amountMinor: 50000 });
    expect(b.ok('invoices.get', { id: pre.id }).status).toBe('partly_paid');
    b.ok('payments.create', { invoiceId: pre.id, method: 'bank_transfer', amountMinor: 50000 });
    expect(b.ok('invoices.get', { id: pre.id }).status).toBe('paid');
    expect(b.ok('workOrders.get', { id: wo.id }).totals.paidMinor).toBe(100000);
    const post = b.ok('invoices.create', { workOrderId: wo.id, kind: 'postpayment' });
    expect(post.totalMinor).toBe(381860);
    expect(post.lines.map((l) => l.name)).toEqual(['Замена масла', 'Фильтр масляный']);
    expect(b.fail('invoices.cancel', { id: pre.id }).code).toBe('conflict');
    expect(b.ok('invoices.cancel', { id: post.id }).status).toBe('cancelled');
  });

  it('keeps the paid summary equal to the payments ledger', async () => {
    const { paidSql, paidFromLedgerSql } = await import('../../src-main/payments/balances');
    const wo = readyOrder();
    const inv = b.ok('invoices.create', { workOrderId: wo.id, kind: 'prepayment', amountMinor: 50000 });
    b.ok('payments.create', { invoiceId: inv.id, method: 'sbp', amountMinor: 50000 });
    b.ok('payments.create', { workOrderId: wo.id, method: 'cash', amountMinor: 12345 });
    b.ok('payments.create', { workOrderId: wo.id, method: 'cash', amountMinor: 345, kind: 'refund' });
    const row = b.db.$client.prepare(`SELECT ${paidSql} AS summary, ${paidFromLedgerSql} AS ledger FROM work_orders wo WHERE wo.id = ?`).get(wo.id);
    expect(row).toEqual({ summary: 62000, ledger: 62000 });
  });

  it('lists receivables per payer, oldest first', () => {
    const wo = readyOrder();
    b.ok('workOrders.setStatus', { id: wo.id, status: 'in_progress' });
    b.ok('workOrders.setStatus', { id: wo.id, status: 'completed' });
    b.ok('payments.create', { workOrderId: wo.id, method: 'cash', amountMinor: 81860 });
    expect(b.ok('receivables.list', {}).items).toEqual([expect.objectContaining({ payerId: customer, name: 'Орлов Павел', dueMinor: 300000 })]);
  });
});
