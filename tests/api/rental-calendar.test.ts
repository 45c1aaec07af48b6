import { describe, it, expect, beforeEach } from 'vitest';
import { tempBackend } from './backend';

let b: Awaited<ReturnType<typeof tempBackend>>;
let crane: string;
let craneA: string;
let craneB: string;
let excavator: string;
let digger: string;
let petrov: string;
let sidorov: string;
let kuznetsov: string;
let customer: string;
let supplier: string;

const t = (day: string, hhmm: string, month = '12') => `2026-${month}-${day}T${hhmm}:00+03:00`;
const iso = (s: string) => new Date(s).toISOString();
// 1 December 2026 on the branch's (Moscow) clock.
const day = { from: t('01', '00:00'), to: t('02', '00:00') };

beforeEach(async () => {
  b = await tempBackend();
  customer = b.ok('customers.create', { kind: 'company', name: 'ООО "СтройДом"', phones: ['+74950001122'] }).id;
  supplier = b.ok('customers.create', { kind: 'company', name: 'ИП Краны-Аренда', phones: ['+74950003344'], isSupplier: true }).id;
  crane = b.ok('machineTypes.create', { name: 'Автокран' }).id;
  excavator = b.ok('machineTypes.create', { name: 'Экскаватор' }).id;
  const base = { typeId: crane, model: 'КС-45717', capacityKg: 25000, ownership: 'own' as const, hourlyRateMinor: 350000, minHoursX100: 400 };
  craneB = b.ok('machines.create', { ...base, plate: 'В002ВВ77' }).id;
  craneA = b.ok('machines.create', { ...base, plate: 'А001АА77' }).id;
  digger = b.ok('machines.create', { ...base, typeId: excavator, model: 'JCB 3CX', plate: 'К005КК77' }).id;
  b.ok('machines.create', { ...base, plate: 'М009ММ77', active: false });
  petrov = b.ok('drivers.create', { name: 'Петров Иван', phone: '+79160000001', costPerHourMinor: 60000 }).id;
  sidorov = b.ok('drivers.create', { name: 'Сидоров Олег', costPerHourMinor: 75000, thirdParty: true }).id;
  kuznetsov = b.ok('drivers.create', { name: 'Кузнецов Пётр', costPerHourMinor: 60000 }).id;
});

function deal() {
  return b.ok('deals.create', { customerId: customer, siteAddress: 'Москва, ул. Стройки, 5' });
}

/** Adds an item to a deal and returns its id (the newest item of the deal). */
function item(dealId: string, fields: { machineId?: string; driverId?: string; typeId?: string; start: string; end: string }) {
  const v = b.ok('deals.addItem', { dealId, machineTypeId: fields.typeId ?? crane, machineId: fields.machineId, driverId: fields.driverId, start: fields.start, end: fields.end, orderedHoursX100: 800 });
  return v.items.find((i) => i.startAt === iso(fields.start) && i.machineId === (fields.machineId ?? null))!.id;
}

describe('rentals.calendar', () => {
  it('shows confirmed, done and draft items of the range on their machines; never cancelled ones', () => {
    const d = deal();
    const confirmed = item(d.id, { machineId: craneA, driverId: petrov, start: t('01', '08:00'), end: t('01', '17:00') });
    b.ok('rentals.confirmItem', { id: confirmed });
    const draft = item(d.id, { machineId: craneB, driverId: sidorov, start: t('01', '10:00'), end: t('01', '14:00') });
    const cancelled = item(d.id, { machineId: craneA, driverId: petrov, start: t('01', '18:00'), end: t('01', '20:00') });
    b.ok('rentals.confirmItem', { id: cancelled });
    b.ok('rentals.cancelItem', { id: cancelled });
    // A night trip that began the evening before, with its waybill recorded.
    const done = item(d.id, { machineId: craneB, driverId: petrov, start: t('30', '20:00', '11'), end: t('01', '02:00') });
    b.ok('rentals.confirmItem', { id: done });
    b.ok('rentals.recordWaybill', { itemId: done, actualStart: t('30', '20:00', '11'), actualEnd: t('01', '02:00'), km: 0 });
    // A long rental that started eight weeks earlier and runs through the day.
    const long = item(d.id, { typeId: excavator, machineId: digger, driverId: kuznetsov, start: t('06', '08:00', '10'), end: t('01', '12:00') });
    b.ok('rentals.confirmItem', { id: long });
    // Outside the day, and a draft of a lost deal: not shown.
    item(d.id, { machineId: craneA, driverId: petrov, start: t('02', '08:00'), end: t('02', '12:00') });
    const lost = deal();
    item(lost.id, { machineId: craneA, start: t('01', '12:00'), end: t('01', '13:00') });
    b.ok('deals.update', { id: lost.id, stage: 'lost', lostReason: 'Дорого' });
    // Supply equipment: on a row of its own plate.
    const s = b.ok('deals.addSupplyItem', { dealId: d.id, machineTypeId: crane, supplierId: supplier, supplierCostPerHourMinor: 280000, supplyPlate: 'Е003ЕЕ50', supplyDriverName: 'Водитель поставщика', start: t('01', '09:00'), end: t('01', '12:00'), rateMinor: 350000, orderedHoursX100: 300 });
    const supply = s.items.find((i) => i.supply)!.id;
    b.ok('rentals.confirmItem', { id: supply });

    const cal = b.ok('rentals.calendar', day);
    expect(cal.resources.map((r) => [r.group, r.title, r.kind])).toEqual([
      ['Автокран', 'А001АА77', 'machine'],
      ['Автокран', 'В002ВВ77', 'machine'],
      ['Экскаватор', 'К005КК77', 'machine'],
      [null, 'Е003ЕЕ50', 'supply'],
    ]);
    expect(cal.resources[3]).toMatchObject({ id: 'supply:Е003ЕЕ50', detail: 'ИП Краны-Аренда' });
    expect(cal.events.map((e) => [e.id, e.resourceId, e.status])).toEqual([
      [long, digger, 'confirmed'],
      [done, craneB, 'done'],
      [confirmed, craneA, 'confirmed'],
      [supply, 'supply:Е003ЕЕ50', 'confirmed'],
      [draft, craneB, 'draft'],
    ]);
    expect(cal.events.some((e) => e.id === cancelled)).toBe(false);
    expect(cal.events[2]).toEqual({
      id: confirmed,
      resourceId: craneA,
      start: iso(t('01', '08:00')),
      end: iso(t('01', '17:00')),
      dealId: d.id,
      dealNumber: d.number,
      customerName: 'ООО "СтройДом"',
      typeId: crane,
      service: 'Автокран КС-45717',
      machineLabel: 'Автокран КС-45717 А001АА77',
      driverName: 'Петров Иван',
      status: 'confirmed',
      supply: false,
    });
    expect(cal.events[3]).toMatchObject({ machineLabel: 'Автокран Е003ЕЕ50', driverName: 'Водитель поставщика', supply: true });
  });

  it('groups by drivers: supply items on their driver’s row, items with no driver on one row', () => {
    const d = deal();
    const confirmed = item(d.id, { machineId: craneA, driverId: petrov, start: t('01', '08:00'), end: t('01', '17:00') });
    b.ok('rentals.confirmItem', { id: confirmed });
    const noDriver = item(d.id, { machineId: craneB, start: t('01', '08:00'), end: t('01', '10:00') });
    b.ok('deals.addSupplyItem', { dealId: d.id, machineTypeId: crane, supplierId: supplier, supplierCostPerHourMinor: 280000, supplyPlate: 'Е003ЕЕ50', supplyDriverName: 'Водитель поставщика', start: t('01', '09:00'), end: t('01', '12:00'), rateMinor: 350000, orderedHoursX100: 300 });

    const cal = b.ok('rentals.calendar', { ...day, groupBy: 'driver' });
    expect(cal.resources.map((r) => [r.id, r.title, r.kind])).toEqual([
      [kuznetsov, 'Кузнецов Пётр', 'driver'],
      [petrov, 'Петров Иван', 'driver'],
      [sidorov, 'Сидоров Олег', 'driver'],
      ['unassigned', '', 'unassigned'],
      ['supply:Водитель поставщика', 'Водитель поставщика', 'supply'],
    ]);
    expect(cal.resources[1].detail).toBe('+79160000001');
    expect(cal.resources[4].detail).toBe('Е003ЕЕ50, ИП Краны-Аренда');
    expect(cal.events.map((e) => e.resourceId)).toEqual([petrov, 'unassigned', 'supply:Водитель поставщика']);
    expect(cal.events[1].id).toBe(noDriver);
  });

  it('follows a move to another machine (what a drag on the calendar sends)', () => {
    const d = deal();
    const id = item(d.id, { machineId: craneA, driverId: petrov, start: t('01', '08:00'), end: t('01', '17:00') });
    b.ok('rentals.confirmItem', { id });
    b.ok('deals.updateItem', { id, machineId: craneB, start: t('01', '09:00'), end: t('01', '18:00') });
    expect(b.ok('rentals.calendar', day).events.map((e) => [e.resourceId, e.start])).toEqual([[craneB, iso(t('01', '09:00'))]]);
  });

  it('refuses a range that ends before it starts', () => {
    expect(b.fail('rentals.calendar', { from: day.to, to: day.from }).fields?.to).toBeTruthy();
  });

  it('reads only items starting near the range, through the start index', async () => {
    const { calendarQueries } = await import('../../src-main/rentals/calendar');
    const plan = (b.db.$client.prepare(`EXPLAIN QUERY PLAN ${calendarQueries.items}`).all('a', 'b', 'c') as { detail: string }[]).map((p) => p.detail).join('\n');
    expect(plan).toMatch(/SEARCH i USING INDEX rental_items_start_idx \(start_at>\? AND start_at<\?\)/);
  });
});
