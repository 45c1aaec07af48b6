import { describe, it, expect, beforeEach } from 'vitest';
import { tempBackend, snapshot } from './backend';
import { movedReferences } from '../../src-main/customers/merge';

let b: Awaited<ReturnType<typeof tempBackend>>;
let keep: string;
let other: string;

beforeEach(async () => {
  b = await tempBackend();
  b.ok('legalEntities.create', { name: 'ООО "Гараж"', inn: '7707083893', kpp: '773601001', address: 'Москва, ул. Ленина, 1', bankName: 'ПАО Сбербанк', bic: '044525225', bankAccount: '40702810438000034726', corrAccount: '30101810400000000225', vatMode: 'none', vatRateBp: 0 });
  keep = b.ok('customers.create', { kind: 'person', name: 'Орлов Павел', phones: ['+79161230000'], notes: 'Звонить после 18' }).id;
  other = b.ok('customers.create', { kind: 'person', name: 'Павел Орлов', phones: ['+79161239999', '+79161230000'], email: 'orlov@mail.ru', inn: '500100732259', notes: 'Постоянный клиент' }).id;
});

const duplicateConflict = (phone: string) => {
  // What a pull finds when two desks entered the same person (sync/conflicts.ts).
  b.db.$client
    .prepare("INSERT INTO sync_conflicts (id, kind, subject, details, detected_at) VALUES (?, 'duplicate_phone', ?, ?, ?)")
    .run('c-' + phone, `phone:${phone}`, JSON.stringify({ phone, customerIds: [keep, other].sort() }), new Date().toISOString());
  return 'c-' + phone;
};

describe('customers.merge', () => {
  it('moves vehicles, bookings, requests and work orders to the kept customer, unites phones and removes the other card', () => {
    const car = b.ok('vehicles.create', { customerId: other, plate: 'В777ОР77', make: 'Lada', model: 'Vesta' }).id;
    const bay = b.ok('resources.create', { kind: 'bay', name: 'Пост 1' }).id;
    const booking = b.ok('bookings.create', { bayId: bay, start: '2026-12-01T10:00:00+03:00', end: '2026-12-01T12:00:00+03:00', customerId: other, vehicleId: car });
    const request = b.ok('requests.create', { bookingId: booking.id, customerId: other, vehicleId: car, complaint: 'Стук', operations: [{ name: 'Диагностика', standardHoursX100: 50 }] });
    const wo = b.ok('workOrders.create', { customerId: other, vehicleId: car });
    const conflict = duplicateConflict('+79161230000');

    const kept = b.ok('customers.merge', { keepId: keep, mergeId: other });
    expect(kept).toMatchObject({ id: keep, name: 'Орлов Павел', phones: ['+79161230000', '+79161239999'], email: 'orlov@mail.ru', inn: '500100732259', notes: 'Звонить после 18\nПостоянный клиент' });
    expect(kept.vehicles.map((v) => v.id)).toEqual([car]);
    expect(b.ok('requests.get', { id: request.id }).customerId).toBe(keep);
    expect(b.ok('workOrders.get', { id: wo.id })).toMatchObject({ customerId: keep, payerId: keep });
    expect(b.db.$client.prepare('SELECT customer_id FROM bookings WHERE id = ?').pluck().get(booking.id)).toBe(keep);
    expect(b.fail('customers.get', { id: other }).code).toBe('not_found');
    expect(b.db.$client.prepare('SELECT merged_into_id FROM customers WHERE id = ?').pluck().get(other)).toBe(keep);
    // Search finds one card, by either phone and by the plate.
    for (const q of ['9161239999', 'В777ОР', 'Орлов']) expect(b.ok('customers.search', { q }).items.map((c) => c.id)).toEqual([keep]);
    // The open same-phone conflict between them is settled by the merge.
    expect(b.ok('sync.conflicts', {}).items.map((c) => c.id)).not.toContain(conflict);
    expect(b.ok('sync.conflicts', { includeResolved: true }).items.find((c) => c.id === conflict)?.resolvedAt).toBeTruthy();
  });

  it('leaves payments as posted, yet the kept customer’s payments and receivables include them', () => {
    const mechanic = b.ok('employees.create', { name: 'Смирнов Олег', role: 'mechanic' }).id;
    const wo = b.ok('workOrders.create', { customerId: other });
    b.ok('workOrders.addLabour', { workOrderId: wo.id, name: 'Диагностика', hoursX100: 100, rateMinor: 200000, mechanics: [{ employeeId: mechanic, shareBp: 10000 }] });
    b.ok('workOrders.setStatus', { id: wo.id, status: 'in_progress' });
    b.ok('workOrders.setStatus', { id: wo.id, status: 'completed' });
    const payment = b.ok('payments.create', { workOrderId: wo.id, method: 'cash', amountMinor: 50000 });
    const invoice = b.ok('invoices.create', { workOrderId: wo.id, kind: 'postpayment' });
    const ledger = () => b.db.$client.prepare('SELECT * FROM payments ORDER BY id').all();
    const before = JSON.stringify(ledger());

    b.ok('customers.merge', { keepId: keep, mergeId: other });
    expect(JSON.stringify(ledger())).toBe(before);
    expect(b.db.$client.prepare('SELECT payer_id FROM payments WHERE id = ?').pluck().get(payment.id)).toBe(other);
    expect(b.ok('payments.list', { payerId: keep }).items.map((p) => p.id)).toEqual([payment.id]);
    expect(b.ok('invoices.list', { payerId: keep }).items.map((i) => i.id)).toEqual([invoice.id]);
    const [debt] = b.ok('receivables.list', {}).items;
    expect(debt).toMatchObject({ payerId: keep, name: 'Орлов Павел', dueMinor: 150000 });
  });

  it('lists under the kept customer the orders and requests that still name the merged card (another branch’s, read-only on a head-office desk)', () => {
    const wo = b.ok('workOrders.create', { customerId: keep });
    const request = b.ok('requests.create', { customerId: keep, complaint: 'Стук' });
    b.ok('customers.merge', { keepId: keep, mergeId: other });
    // As pulled from a branch that had not heard of the merge: its rows keep naming the other card.
    b.db.$client.prepare('UPDATE work_orders SET customer_id = ? WHERE id = ?').run(other, wo.id);
    b.db.$client.prepare('UPDATE repair_requests SET customer_id = ? WHERE id = ?').run(other, request.id);
    expect(b.ok('workOrders.list', { customerId: keep }).items).toMatchObject([{ id: wo.id }]);
    expect(b.ok('requests.list', { customerId: keep }).items.map((r) => r.id)).toEqual([request.id]);
    // The merged card's own id still finds only what names it.
    expect(b.ok('workOrders.list', { customerId: other }).items).toMatchObject([{ id: wo.id }]);
  });

  it('a customer merged into one that is merged later still counts for the last one', () => {
    const third = b.ok('customers.create', { kind: 'person', name: 'Орлов П.', phones: ['+79161238888'] }).id;
    const wo = b.ok('workOrders.create', { customerId: third });
    b.ok('workOrders.addLabour', { workOrderId: wo.id, name: 'Диагностика', hoursX100: 100, rateMinor: 100000 });
    const payment = b.ok('payments.create', { workOrderId: wo.id, method: 'card', amountMinor: 100000 });
    b.ok('customers.merge', { keepId: other, mergeId: third });
    b.ok('customers.merge', { keepId: keep, mergeId: other });
    expect(b.ok('payments.list', { payerId: keep }).items.map((p) => p.id)).toEqual([payment.id]);
    expect(b.ok('customers.get', { id: keep }).phones).toEqual(['+79161230000', '+79161239999', '+79161238888']);
    // Either merged card leads to the last one; a card never merged leads nowhere.
    for (const id of [third, other]) expect(b.ok('customers.mergedInto', { id }).item).toEqual({ id: keep, name: 'Орлов Павел' });
    expect(b.ok('customers.mergedInto', { id: keep }).item).toBeNull();
  });

  it('keeps ten phones on the card and writes any more into the notes, so the card can still be edited', () => {
    const phones = (from: number) => Array.from({ length: 6 }, (_, i) => `+7916777${String(from + i).padStart(4, '0')}`);
    const first = b.ok('customers.create', { kind: 'person', name: 'Семёнов', phones: phones(0) }).id;
    const second = b.ok('customers.create', { kind: 'person', name: 'Семёнов И.', phones: phones(10), notes: 'Звонить утром' }).id;
    b.ok('customers.merge', { keepId: first, mergeId: second });
    const kept = b.ok('customers.get', { id: first });
    expect(kept.phones).toEqual([...phones(0), ...phones(10).slice(0, 4)]);
    expect(kept.notes).toBe(`Звонить утром\n${phones(10).slice(4).join(', ')}`);
    expect(b.ok('customers.update', { id: first, email: 'semenov@mail.ru' }).phones).toHaveLength(10);
  });

  it('keeps a company’s kind and does not give it a person’s ИНН', () => {
    const company = b.ok('customers.create', { kind: 'company', name: 'ООО "Ромашка"', phones: ['+74950000001'] }).id;
    const kept = b.ok('customers.merge', { keepId: company, mergeId: other });
    expect(kept).toMatchObject({ kind: 'company', inn: null, kpp: null, email: 'orlov@mail.ru' });
  });

  it.each([
    ['the same customer twice', () => ({ keepId: keep, mergeId: keep }), 'invalid_input'],
    ['a customer that does not exist', () => ({ keepId: keep, mergeId: 'nope' }), 'not_found'],
    ['into a customer that does not exist', () => ({ keepId: 'nope', mergeId: other }), 'not_found'],
    ['a removed customer', () => (b.ok('customers.remove', { id: other }), { keepId: keep, mergeId: other }), 'not_found'],
    ['no ids', () => ({ keepId: keep }), 'invalid_input'],
  ])('refuses %s and changes nothing', (_label, input, code) => {
    const args = input();
    const before = snapshot(b);
    const error = b.fail('customers.merge', args);
    expect(error.code).toBe(code);
    expect(snapshot(b)).toBe(before);
  });

  it('explains a refusal in Russian', () => {
    expect(b.fail('customers.merge', { keepId: keep, mergeId: keep }, 'ru').fields?.mergeId).toBe('Для объединения выберите двух разных клиентов.');
    expect(b.fail('customers.merge', { keepId: keep, mergeId: 'nope' }, 'ru').message).toMatch(/клиент/);
  });

  it('moves every reference to a customer except the payments ledger', () => {
    const fks = (b.db.$client.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all() as string[]).flatMap((t) =>
      (b.db.$client.prepare(`PRAGMA foreign_key_list("${t}")`).all() as { table: string; from: string }[]).filter((fk) => fk.table === 'customers').map((fk) => `${t}.${fk.from}`),
    );
    expect(fks.filter((r) => !movedReferences.includes(r)).sort()).toEqual(['customers.merged_into_id', 'payments.payer_id']);
  });
});
