import { describe, it, expect, beforeEach } from 'vitest';
import { tempBackend, snapshot } from './backend';

let b: Awaited<ReturnType<typeof tempBackend>>;
let oilId: string;
let brakesId: string;
let bayId: string;

beforeEach(async () => {
  b = await tempBackend();
  b.ok('branches.update', {});
  oilId = b.ok('operations.create', { code: 'ТО-01', name: 'Замена масла ДВС', standardHoursX100: 50 }).id;
  brakesId = b.ok('operations.create', {
    code: 'ТОР-12',
    name: 'Замена передних тормозных колодок',
    standardHoursX100: 100,
    rateMinor: 300000,
    norms: [{ make: 'Toyota', model: 'Land Cruiser Prado', standardHoursX100: 150 }],
  }).id;
  bayId = b.ok('resources.create', { kind: 'bay', name: 'Пост 1' }).id;
});

describe('operations and templates', () => {
  it('searches by code or name and shows the effective rate', () => {
    const { items } = b.ok('operations.search', { q: 'колод' });
    expect(items.map((i) => i.code)).toEqual(['ТОР-12']);
    expect(items[0].effectiveRateMinor).toBe(300000);
    expect(b.ok('operations.search', { q: 'то-01' }).items[0].effectiveRateMinor).toBe(250000); // the branch's rate
    expect(b.ok('operations.get', { id: brakesId }).norms).toHaveLength(1);
  });

  it('keeps templates as ordered operations and refuses an empty one', () => {
    const t = b.ok('templates.create', { name: 'ТО-15000', operations: [{ operationId: oilId }, { operationId: brakesId, quantityX1000: 2000 }] });
    expect(t.operations.map((o) => [o.code, o.quantityX1000])).toEqual([['ТО-01', 1000], ['ТОР-12', 2000]]);
    expect(b.fail('templates.create', { name: 'Пустой', operations: [] }).fields?.operations).toBeTruthy();
    expect(b.fail('templates.create', { name: 'Битый', operations: [{ operationId: 'nope' }] }).code).toBe('not_found');
  });
});

describe('repair requests', () => {
  it('is made from a booking, with a new customer and car created in place, priced for that car', () => {
    const booking = b.ok('bookings.create', { bayId, start: '2026-12-01T10:00:00+03:00', end: '2026-12-01T12:00:00+03:00' });
    const t = b.ok('templates.create', { name: 'Колодки', operations: [{ operationId: brakesId }] });
    const r = b.ok('requests.create', {
      bookingId: booking.id,
      newCustomer: { kind: 'person', name: 'Волков Денис', phones: ['+79265554433'] },
      newVehicle: { plate: 'К101КК77', make: 'Toyota', model: 'Land Cruiser Prado' },
      complaint: 'Скрип при торможении',
      templateId: t.id,
      operations: [{ operationId: oilId }, { name: 'Диагностика подвески', standardHoursX100: 30, rateMinor: 200000 }],
    });
    expect(r.number).toBe('A-000001');
    expect(r.status).toBe('new');
    expect(r.customer?.name).toBe('Волков Денис');
    expect(r.vehicle?.plate).toBe('К101КК77');
    expect(r.operations.map((o) => [o.name, o.standardHoursX100, o.amountMinor])).toEqual([
      ['Замена передних тормозных колодок', 150, 450000], // the Prado norm, 1.5 h × 3 000 ₽
      ['Замена масла ДВС', 50, 125000],
      ['Диагностика подвески', 30, 60000],
    ]);
    expect(r.estimatedMinutes).toBe(90 + 30 + 18);
    expect(r.preliminaryCostMinor).toBe(635000);
    // The booking now shows who is coming, and finds its request.
    expect(b.ok('bookings.get', { id: booking.id })).toMatchObject({ customerName: 'Волков Денис', vehiclePlate: 'К101КК77', requestNumber: 'A-000001' });
    expect(b.ok('requests.forBooking', { bookingId: booking.id })?.id).toBe(r.id);
  });

  it('numbers requests in sequence and refuses a car of another customer, changing nothing', () => {
    const c1 = b.ok('customers.create', { kind: 'person', name: 'Один', phones: ['+79160000001'] });
    const c2 = b.ok('customers.create', { kind: 'person', name: 'Два', phones: ['+79160000002'] });
    const car2 = b.ok('vehicles.create', { customerId: c2.id, make: 'Kia', model: 'Rio' });
    expect(b.ok('requests.create', { customerId: c1.id, operations: [{ operationId: oilId }] }).number).toBe('A-000001');
    const before = snapshot(b);
    expect(b.fail('requests.create', { customerId: c1.id, vehicleId: car2.id, operations: [{ operationId: oilId }] }).fields?.vehicleId).toBeTruthy();
    expect(b.fail('requests.create', { customerId: c1.id, newCustomer: { kind: 'person', name: '', phones: [] } }).code).toBe('invalid_input');
    expect(snapshot(b)).toBe(before);
    expect(b.ok('requests.create', { customerId: c1.id }).number).toBe('A-000002');
  });

  it('moves the booking along with its status', () => {
    const booking = b.ok('bookings.create', { bayId, start: '2026-12-01T10:00:00+03:00', end: '2026-12-01T11:00:00+03:00' });
    const r = b.ok('requests.create', { bookingId: booking.id, newCustomer: { kind: 'person', name: 'Клиент', phones: ['+79160000009'] } });
    b.ok('requests.setStatus', { id: r.id, status: 'arrived' });
    expect(b.ok('bookings.get', { id: booking.id }).status).toBe('arrived');
    b.ok('requests.setStatus', { id: r.id, status: 'cancelled' });
    expect(b.ok('bookings.get', { id: booking.id }).status).toBe('cancelled');
    // The slot is free again.
    b.ok('bookings.create', { bayId, start: '2026-12-01T10:00:00+03:00', end: '2026-12-01T11:00:00+03:00' });
  });
});
