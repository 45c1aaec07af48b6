import { describe, it, expect, beforeEach } from 'vitest';
import { tempBackend, snapshot } from './backend';

let b: Awaited<ReturnType<typeof tempBackend>>;
let ownerId: string;
beforeEach(async () => {
  b = await tempBackend();
  ownerId = b.ok('customers.create', { kind: 'person', name: 'Петров Пётр', phones: ['+79161112233'] }).id;
});

describe('vehicles', () => {
  it('normalises plate and VIN, and warns (not refuses) on a VIN check digit', () => {
    const v = b.ok('vehicles.create', { customerId: ownerId, plate: 'o 777 oo 199', vin: ' xta219170k0123456 ', make: 'Lada', model: 'Vesta', year: 2019 });
    expect(v).toMatchObject({ plate: 'О777ОО199', vin: 'XTA219170K0123456', year: 2019, vinCheckDigitOk: false });
    const us = b.ok('vehicles.create', { customerId: ownerId, vin: '1HGCM82633A004352', make: 'Honda', model: 'Accord' });
    expect(us.vinCheckDigitOk).toBe(true);
  });

  it.each([
    ['a VIN with O', { vin: 'XTA21917OK0123456' }, 'vin'],
    ['a short VIN', { vin: 'XTA2191' }, 'vin'],
    ['a plate with symbols', { plate: 'A1!' }, 'plate'],
    ['a year in the future', { year: 2100 }, 'year'],
    ['no make', { make: '' }, 'make'],
    ['negative mileage', { mileage: -5 }, 'mileage'],
  ])('refuses %s', (_l, patch, field) => {
    const before = snapshot(b);
    const e = b.fail('vehicles.create', { customerId: ownerId, make: 'Kia', model: 'Rio', ...patch });
    expect(e.code).toBe('invalid_input');
    expect(e.fields?.[field]).toBeTruthy();
    expect(snapshot(b)).toBe(before);
  });

  it('refuses an owner that does not exist, and a second card with the same VIN', () => {
    expect(b.fail('vehicles.create', { customerId: 'nobody', make: 'Kia', model: 'Rio' }).code).toBe('not_found');
    b.ok('vehicles.create', { customerId: ownerId, vin: 'XTA219170K0123456', make: 'Lada', model: 'Vesta' });
    const e = b.fail('vehicles.create', { customerId: ownerId, vin: 'XTA219170K0123456', make: 'Lada', model: 'Vesta' });
    expect(e.code).toBe('conflict');
    expect(e.fields?.vin).toBeTruthy();
  });

  it('keeps mileage as readings that never go down, and rolls back the whole command when refused', () => {
    const v = b.ok('vehicles.create', { customerId: ownerId, make: 'Kia', model: 'Rio', mileage: 50000 });
    b.ok('vehicles.update', { id: v.id, mileage: 61000 });
    const before = snapshot(b);
    // The colour change comes first in the handler; the refused mileage must undo it too.
    const e = b.fail('vehicles.update', { id: v.id, colour: 'красный', mileage: 60000 });
    expect(e.fields?.mileage).toMatch(/61000/);
    expect(snapshot(b)).toBe(before);
    const got = b.ok('vehicles.get', { id: v.id });
    expect(got.mileage).toBe(61000);
    expect(got.mileageReadings.map((r) => r.km)).toEqual([50000, 61000]);
  });

  it('changes owner and keeps the history on both sides', () => {
    const v = b.ok('vehicles.create', { customerId: ownerId, plate: 'А001АА77', make: 'Toyota', model: 'Camry' });
    const buyer = b.ok('customers.create', { kind: 'person', name: 'Сидоров Иван', phones: ['+79035550000'] });
    expect(b.fail('vehicles.transfer', { id: v.id, customerId: ownerId }).code).toBe('invalid_input');
    b.ok('vehicles.transfer', { id: v.id, customerId: buyer.id });
    const got = b.ok('vehicles.get', { id: v.id });
    expect(got.customerId).toBe(buyer.id);
    expect(got.owners.map((o) => [o.name, o.toAt === null])).toEqual([
      ['Петров Пётр', false],
      ['Сидоров Иван', true],
    ]);
    expect(b.ok('customers.get', { id: ownerId }).pastVehicles.map((p) => p.plate)).toEqual(['А001АА77']);
    expect(b.ok('customers.get', { id: buyer.id }).vehicles.map((p) => p.plate)).toEqual(['А001АА77']);
    expect(b.ok('customers.search', { q: 'а001аа' }).items.map((i) => i.name)).toEqual(['Сидоров Иван']);
  });

  it('removes a vehicle as a tombstone', () => {
    const v = b.ok('vehicles.create', { customerId: ownerId, make: 'Kia', model: 'Rio' });
    b.ok('vehicles.remove', { id: v.id });
    expect(b.fail('vehicles.get', { id: v.id }).code).toBe('not_found');
    expect(b.ok('customers.get', { id: ownerId }).vehicles).toEqual([]);
    expect(b.db.$client.prepare('SELECT count(*) AS n FROM vehicles').get()).toEqual({ n: 1 });
  });
});
