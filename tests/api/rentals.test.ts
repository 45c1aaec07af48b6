import { describe, it, expect, beforeEach } from 'vitest';
import ExcelJS from 'exceljs';
import { tempBackend, snapshot } from './backend';

let b: Awaited<ReturnType<typeof tempBackend>>;
let crane: string;
let crane25a: string;
let crane25b: string;
let petrov: string;
let sidorov: string;
let customer: string;
let supplier: string;

const t = (day: string, hhmm: string) => `2026-12-${day}T${hhmm}:00+03:00`;

beforeEach(async () => {
  b = await tempBackend();
  b.ok('legalEntities.create', { name: 'ООО "Спецтехника"', inn: '7707083893', kpp: '773601001', address: 'Москва', bankName: 'ПАО Сбербанк', bic: '044525225', bankAccount: '40702810438000034726', corrAccount: '30101810400000000225', vatMode: 'none', vatRateBp: 0 });
  customer = b.ok('customers.create', { kind: 'company', name: 'ООО "СтройДом"', phones: ['+74950001122'] }).id;
  supplier = b.ok('customers.create', { kind: 'company', name: 'ИП Краны-Аренда', phones: ['+74950003344'], isSupplier: true }).id;
  crane = b.ok('machineTypes.create', { name: 'Автокран' }).id;
  const base = { typeId: crane, model: 'Ивановец КС-45717', capacityKg: 25000, ownership: 'own' as const, hourlyRateMinor: 350000, minHoursX100: 400, ratePerKmMinor: 12000 };
  crane25a = b.ok('machines.create', { ...base, plate: 'А001АА77' }).id;
  crane25b = b.ok('machines.create', { ...base, plate: 'В002ВВ77' }).id;
  b.ok('machines.create', { ...base, plate: 'Е003ЕЕ50', ownership: 'supplier', supplierId: supplier, supplierCostPerHourMinor: 280000 });
  petrov = b.ok('drivers.create', { name: 'Петров Иван', costPerHourMinor: 60000, thirdParty: false }).id;
  sidorov = b.ok('drivers.create', { name: 'Сидоров Олег', costPerHourMinor: 75000, thirdParty: true }).id;
});

function deal() {
  return b.ok('deals.create', { customerId: customer, contactName: 'Прораб Николай', contactPhone: '+79161112233', siteAddress: 'Москва, ул. Стройки, 5' });
}

describe('rental deals', () => {
  it('books machines and drivers that never collide; the refusal names the other deal', () => {
    const d1 = deal();
    let v = b.ok('deals.addItem', { dealId: d1.id, machineTypeId: crane, machineId: crane25a, driverId: petrov, start: t('01', '08:00'), end: t('01', '17:00'), orderedHoursX100: 800 });
    v = b.ok('rentals.confirmItem', { id: v.items[0].id });
    expect(v.items[0].status).toBe('confirmed');
    expect(v.stage).toBe('booked');

    const d2 = deal();
    // The same machine at an overlapping time: refused, naming deal 1.
    let w = b.ok('deals.addItem', { dealId: d2.id, machineTypeId: crane, machineId: crane25a, driverId: sidorov, start: t('01', '16:00'), end: t('01', '20:00'), orderedHoursX100: 400 });
    const before = snapshot(b);
    const e = b.fail('rentals.confirmItem', { id: w.items[0].id });
    expect(e.code).toBe('booking_conflict');
    expect(e.message).toContain(d1.number);
    expect(snapshot(b)).toBe(before);
    // Another machine but the same driver: refused too.
    w = b.ok('deals.updateItem', { id: w.items[0].id, machineId: crane25b, driverId: petrov });
    expect(b.fail('rentals.confirmItem', { id: w.items[0].id }).code).toBe('booking_conflict');
    // Touching edges are fine.
    w = b.ok('deals.updateItem', { id: w.items[0].id, start: t('01', '17:00'), end: t('01', '21:00') });
    expect(b.ok('rentals.confirmItem', { id: w.items[0].id }).items[0].status).toBe('confirmed');
    // And the rule holds for any writer.
    expect(() => b.db.$client.prepare("UPDATE rental_items SET start_at = '2026-12-01T10:00:00.000Z' WHERE id = ?").run(w.items[0].id)).toThrow(/rental_conflict/);
  });

  it('shows who is free for a type and a time, and hires supply equipment when none is', () => {
    const d1 = deal();
    for (const [machine, driver] of [[crane25a, petrov], [crane25b, sidorov]]) {
      const v = b.ok('deals.addItem', { dealId: d1.id, machineTypeId: crane, machineId: machine, driverId: driver, start: t('02', '08:00'), end: t('02', '17:00'), orderedHoursX100: 800 });
      b.ok('rentals.confirmItem', { id: v.items[v.items.length - 1].id });
    }
    const free = b.ok('rentals.availability', { typeId: crane, start: t('02', '09:00'), end: t('02', '12:00') });
    expect(free.machines.map((m) => [m.plate, m.free])).toEqual([['А001АА77', false], ['В002ВВ77', false]]);
    expect(free.drivers.map((d) => [d.name, d.free])).toEqual([['Петров Иван', false]]);
    expect(free.supplierMachines.map((m) => m.plate)).toEqual(['Е003ЕЕ50']);
    const d2 = deal();
    const v = b.ok('deals.addSupplyItem', { dealId: d2.id, machineTypeId: crane, supplierId: supplier, supplierCostPerHourMinor: 280000, supplyPlate: 'Е003ЕЕ50', supplyDriverName: 'Водитель поставщика', start: t('02', '09:00'), end: t('02', '12:00'), rateMinor: 350000, orderedHoursX100: 300, minHoursX100: 400 });
    expect(v.items[0]).toMatchObject({ supply: true, supplierId: supplier, supplyPlate: 'Е003ЕЕ50' });
    expect(b.ok('rentals.confirmItem', { id: v.items[0].id }).items[0].status).toBe('confirmed');
    // It is owed to the supplier: the minimum 4 h at their 2 800 ₽ before the trip; after it,
    // the waybill's hours (09:00–13:10 = 4 h 10 min, billed as 4.25 h).
    const owed = () => b.ok('reports.supplierCosts', { from: '2026-12-01', to: '2026-12-31' });
    expect(owed()).toMatchObject({ totalMinor: 1_120_000, suppliers: [{ supplierId: supplier, supplierName: 'ИП Краны-Аренда', totalMinor: 1_120_000, trips: [{ plate: 'Е003ЕЕ50', hoursX100: 400, costPerHourMinor: 280000, done: false }] }] });
    b.ok('rentals.recordWaybill', { itemId: v.items[0].id, actualStart: t('02', '09:00'), actualEnd: t('02', '13:10'), km: 0 });
    expect(owed()).toMatchObject({ totalMinor: 1_190_000, suppliers: [{ trips: [{ hoursX100: 425, amountMinor: 1_190_000, done: true }] }] });
    expect(b.ok('reports.supplierCosts', { from: '2026-11-01', to: '2026-11-30' })).toEqual({ suppliers: [], totalMinor: 0 });
  });

  it('prepayment invoice confirms items when paid; overtime from the waybill is invoiced once and adjusted', () => {
    const d = deal();
    let v = b.ok('deals.addItem', { dealId: d.id, machineTypeId: crane, machineId: crane25a, driverId: petrov, start: t('03', '08:00'), end: t('03', '16:00'), orderedHoursX100: 800, orderedKm: 30 });
    v = b.ok('rentals.prepaymentInvoice', { dealId: d.id });
    const pre = v.invoices[0];
    expect(pre).toMatchObject({ kind: 'prepayment', totalMinor: 8 * 350000 + 30 * 12000, status: 'issued' });
    b.ok('payments.create', { invoiceId: pre.id, method: 'bank_transfer', amountMinor: pre.totalMinor });
    v = b.ok('deals.get', { id: d.id });
    expect(v.items[0].status).toBe('confirmed');

    // 08:00–17:20 with 0.5 h downtime → 8.83 h worked → 9 h billable; 42 km.
    v = b.ok('rentals.recordWaybill', { itemId: v.items[0].id, actualStart: t('03', '08:00'), actualEnd: t('03', '17:20'), downtimeHoursX100: 50, km: 42 });
    expect(v.items[0].waybill?.billableHoursX100).toBe(900);
    const overtime = v.invoices.filter((i) => i.kind === 'postpayment');
    expect(overtime).toHaveLength(1);
    expect(overtime[0].totalMinor).toBe(350000 + 12 * 12000);
    // The same waybill again: still one invoice, same sum.
    v = b.ok('rentals.recordWaybill', { itemId: v.items[0].id, actualStart: t('03', '08:00'), actualEnd: t('03', '17:20'), downtimeHoursX100: 50, km: 42 });
    expect(v.invoices.filter((i) => i.kind === 'postpayment').map((i) => i.totalMinor)).toEqual([494000]);
    // A corrected waybill adjusts the draft invoice.
    v = b.ok('rentals.recordWaybill', { itemId: v.items[0].id, actualStart: t('03', '08:00'), actualEnd: t('03', '18:00'), km: 30 });
    expect(v.invoices.filter((i) => i.kind === 'postpayment').map((i) => i.totalMinor)).toEqual([2 * 350000]);
    // The deal cannot close while the overtime invoice is unpaid.
    expect(b.fail('deals.update', { id: d.id, stage: 'closed' }).code).toBe('conflict');
    b.ok('payments.create', { invoiceId: v.invoices[1].id, method: 'cash', amountMinor: 700000 });
    expect(b.ok('deals.update', { id: d.id, stage: 'closed' }).stage).toBe('closed');
  });

  it('needs a reason to lose a deal', () => {
    const d = deal();
    expect(b.fail('deals.update', { id: d.id, stage: 'lost' }).fields?.lostReason).toBeTruthy();
    expect(b.ok('deals.update', { id: d.id, stage: 'lost', lostReason: 'Дорого' }).stage).toBe('lost');
  });
});

describe('rental reports', () => {
  // A hand-computed fixture: three trips in December 2026.
  beforeEach(() => {
    const d = deal();
    const trips = [
      { machineId: crane25a, driverId: petrov, start: t('04', '08:00'), end: t('04', '17:00'), ordered: 800, actualEnd: t('04', '17:00'), km: 20 }, // 9 h, 20 km
      { machineId: crane25a, driverId: sidorov, start: t('05', '08:00'), end: t('05', '10:00'), ordered: 200, actualEnd: t('05', '09:10'), km: 5 }, // 1.25 h → min 4 h
      { machineId: crane25b, driverId: petrov, start: t('06', '08:00'), end: t('06', '13:00'), ordered: 500, actualEnd: t('06', '13:30'), km: 0 }, // 5.5 h
    ];
    for (const trip of trips) {
      const v = b.ok('deals.addItem', { dealId: d.id, machineTypeId: crane, machineId: trip.machineId, driverId: trip.driverId, start: trip.start, end: trip.end, orderedHoursX100: trip.ordered });
      const item = v.items.find((i) => i.startAt === new Date(trip.start).toISOString())!;
      b.ok('rentals.confirmItem', { id: item.id });
      b.ok('rentals.recordWaybill', { itemId: item.id, actualStart: trip.start, actualEnd: trip.actualEnd, km: trip.km });
    }
  });

  it('driver payroll: per trip, per driver, third parties apart — to the kopeck', () => {
    const r = b.ok('reports.driverPayroll', { from: '2026-12-01', to: '2026-12-31' });
    expect(r.rows.map((x) => [x.driver, x.plate, x.hoursX100, x.amountMinor])).toEqual([
      ['Петров Иван', 'А001АА77', 900, 540000],
      ['Сидоров Олег', 'А001АА77', 400, 300000],
      ['Петров Иван', 'В002ВВ77', 550, 330000],
    ]);
    expect(r.totals).toEqual([
      { driver: 'Петров Иван', thirdParty: false, trips: 2, hoursX100: 1450, amountMinor: 870000 },
      { driver: 'Сидоров Олег', thirdParty: true, trips: 1, hoursX100: 400, amountMinor: 300000 },
    ]);
    expect(r.thirdPartyTotalMinor).toBe(300000);
    expect(b.ok('reports.driverPayroll', { from: '2026-12-05', to: '2026-12-05' }).rows).toHaveLength(1);
  });

  it('plates: hours and km revenue per plate and customer — to the kopeck', () => {
    const r = b.ok('reports.plates', { from: '2026-12-01', to: '2026-12-31' });
    expect(r.rows.map((x) => [x.plate, x.hoursX100, x.hoursRevenueMinor, x.km, x.kmRevenueMinor, x.totalMinor])).toEqual([
      ['А001АА77', 1300, 4550000, 25, 300000, 4850000],
      ['В002ВВ77', 550, 1925000, 0, 0, 1925000],
    ]);
    expect(r.totalMinor).toBe(6775000);
  });

  it('exports both reports to Excel', async () => {
    for (const report of ['driver-payroll', 'plates'] as const) {
      const res = await b.callAsync('reports.export', { report, from: '2026-12-01', to: '2026-12-31', lang: 'ru' });
      if (!res.ok) throw new Error(JSON.stringify(res.error));
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(Buffer.from((res.data as { xlsxBase64: string }).xlsxBase64, 'base64') as unknown as ArrayBuffer);
      const sheet = book.worksheets[0];
      const values = sheet.getSheetValues().flat().filter((v) => v !== undefined && v !== null);
      expect(values).toContain('А001АА77');
      if (report === 'plates') expect(values).toContain(67750);
      else expect(values).toContain(3000);
    }
  });
});
