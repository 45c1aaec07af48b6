import { describe, it, expect, beforeAll } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { tempBackend } from './backend';
import { pdfText } from '../support/pdf-text';
import { runCli } from '../../src-main/cli/main';

let b: Awaited<ReturnType<typeof tempBackend>>;
let customer: string;
let dealId: string;
let dealNumber: string;
let craneItem: string;
let supplyItem: string;
let bareItem: string;
let prepaymentId: string;
let overtimeId: string;
let orderNumber: string;

const t = (day: string, hhmm: string) => `2026-12-${day}T${hhmm}:00+03:00`;

/**
 * One deal with two items, read from the database into every rental document: our 25 t crane
 * (3 h ordered, 4 h minimum, 30 km) and a supplier's excavator across midnight. VAT on top at
 * 22 %: 4 × 3 500 + 30 × 120 = 17 600; 10,5 × 2 800 = 29 400; 47 000 + 10 340 = 57 340,00.
 */
beforeAll(async () => {
  b = await tempBackend();
  b.ok('legalEntities.create', { name: 'ООО "Спецтехника"', inn: '7707083893', kpp: '773601001', address: 'Москва, ул. Ленина, 1', phone: '+74951234567', bankName: 'ПАО Сбербанк', bic: '044525225', bankAccount: '40702810438000034726', corrAccount: '30101810400000000225', vatMode: 'on_top', vatRateBp: 2200 });
  customer = b.ok('customers.create', { kind: 'company', name: 'ООО "СтройДом"', inn: '7701234560', phones: ['+74950001122'] }).id;
  const supplier = b.ok('customers.create', { kind: 'company', name: 'ИП Краны-Аренда', phones: ['+74950003344'], isSupplier: true }).id;
  const crane = b.ok('machineTypes.create', { name: 'Автокран' }).id;
  const excavator = b.ok('machineTypes.create', { name: 'Экскаватор-погрузчик' }).id;
  const machine = b.ok('machines.create', { typeId: crane, model: 'Ивановец КС-45717', capacityKg: 25000, plate: 'А001АА77', ownership: 'own', hourlyRateMinor: 350000, minHoursX100: 400, ratePerKmMinor: 12000 }).id;
  const petrov = b.ok('drivers.create', { name: 'Петров Иван', phone: '8 (916) 555-44-33', costPerHourMinor: 60000 }).id;
  const silent = b.ok('drivers.create', { name: 'Без Телефона', costPerHourMinor: 60000 }).id;
  const d = b.ok('deals.create', { customerId: customer, contactName: 'Прораб Николай', contactPhone: '+79161112233', siteAddress: 'Москва, ул. Стройки, 5', notes: 'Торгуется' });
  dealId = d.id;
  dealNumber = d.number;
  b.ok('deals.addItem', { dealId, machineTypeId: crane, machineId: machine, driverId: petrov, start: t('05', '08:00'), end: t('05', '16:00'), orderedHoursX100: 300, orderedKm: 30, notes: 'Пропуск на КПП № 3' });
  b.ok('deals.addSupplyItem', { dealId, machineTypeId: excavator, supplierId: supplier, supplierCostPerHourMinor: 220000, supplyPlate: 'Е003ЕЕ50', supplyDriverName: 'Водитель поставщика', rateMinor: 280000, orderedHoursX100: 1050, start: t('06', '20:00'), end: t('07', '06:30') });
  const v = b.ok('deals.get', { id: dealId });
  [craneItem, supplyItem] = v.items.map((i) => i.id);
  // A deal whose item has a driver without a phone (and no machine yet): no links.
  const other = b.ok('deals.addItem', { dealId: b.ok('deals.create', { customerId: customer }).id, machineTypeId: crane, driverId: silent, start: t('08', '08:00'), end: t('08', '12:00'), orderedHoursX100: 400 });
  bareItem = other.items[0].id;
  // A completed work order the same company owes for: 1 h × 2 500 + 22 % = 3 050,00.
  const op = b.ok('operations.create', { code: 'Д-01', name: 'Диагностика', standardHoursX100: 100 }).id;
  const mech = b.ok('employees.create', { name: 'Смирнов Олег', role: 'mechanic' }).id;
  let wo = b.ok('workOrders.create', { customerId: customer });
  wo = b.ok('workOrders.addLabour', { workOrderId: wo.id, operationId: op, mechanics: [{ employeeId: mech, shareBp: 10000 }] });
  b.ok('workOrders.setStatus', { id: wo.id, status: 'in_progress' });
  b.ok('workOrders.setStatus', { id: wo.id, status: 'completed' });
  orderNumber = wo.number;
});

async function print(input: Record<string, unknown>, lang = 'ru') {
  const r = await b.callAsync('print.document', { lang, ...input });
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  const data = r.data as { fileName: string; pdfBase64: string };
  // No-break spaces (in «57 340,00», «№ 3») and wrapped lines read as plain spaces.
  return { ...data, text: (await pdfText(Buffer.from(data.pdfBase64, 'base64'))).replace(/[\s\u00a0]+/g, ' ') };
}

describe('rental documents from the database', () => {
  it('the commercial proposal has our details, the customer, site, items with rates and the total with VAT', async () => {
    const { text, fileName } = await print({ kind: 'rental-proposal', dealId });
    expect(fileName).toBe(`Коммерческое предложение ${dealNumber}.pdf`);
    expect(text).toContain(`Коммерческое предложение № ${dealNumber}`);
    for (const s of ['ООО "Спецтехника"', '7707083893', '773601001', '40702810438000034726', '044525225', '+74951234567', 'ООО "СтройДом"', 'Прораб Николай', '+79161112233', 'Москва, ул. Стройки, 5']) expect(text).toContain(s);
    for (const s of ['Автокран', 'Ивановец КС-45717', 'А001АА77', 'Экскаватор-погрузчик', 'Е003ЕЕ50']) expect(text).toContain(s);
    // Branch time (Moscow), the minimum hours, km × rate, amounts, VAT on top and the total.
    expect(text).toContain('05.12.2026 08:00–16:00');
    expect(text).toContain('06.12.2026 20:00 – 07.12.2026 06:30');
    expect(text).toContain('мин. 4');
    expect(text).toContain('30 × 120,00');
    for (const s of ['3 500,00', '17 600,00', '29 400,00', '47 000,00', '10 340,00', '57 340,00']) expect(text).toContain(s);
    expect(text).toContain('Пятьдесят семь тысяч триста сорок рублей 00 копеек');
    expect(text).toMatch(/Предложение действительно до \d\d\.\d\d\.\d{4}/);
    // The deal's internal notes stay inside.
    expect(text).not.toContain('Торгуется');
    const en = await print({ kind: 'rental-proposal', dealId }, 'en');
    expect(en.text).toContain(`Commercial proposal No. ${dealNumber}`);
    expect(en.text).toContain('57,340.00');
  });

  it('the trip sheet tells the driver when, where, whom to call and which machine, with boxes to fill in', async () => {
    const { text, fileName } = await print({ kind: 'trip-sheet', itemId: craneItem });
    expect(fileName).toBe(`Лист выезда ${dealNumber}-1.pdf`);
    expect(text).toContain(`Лист выезда № ${dealNumber}/1`);
    for (const s of ['05.12.2026 08:00–16:00', 'Москва, ул. Стройки, 5', 'ООО "СтройДом"', 'Прораб Николай', '+79161112233', 'Автокран Ивановец КС-45717', 'А001АА77', 'Петров Иван', '8 (916) 555-44-33', 'КПП № 3']) expect(text).toContain(s);
    for (const s of ['Начало работ (факт.)', 'Окончание работ (факт.)', 'Спидометр при выезде', 'Моточасы при выезде', 'Простой, ч', 'От заказчика']) expect(text).toContain(s);
    expect(text).not.toContain('3 500,00');
    const supply = await print({ kind: 'trip-sheet', itemId: supplyItem }, 'en');
    for (const s of [`Trip sheet No. ${dealNumber}/2`, 'Экскаватор-погрузчик', 'Е003ЕЕ50', 'Водитель поставщика', 'ИП Краны-Аренда', '6 Dec 2026 20:00 – 7 Dec 2026 06:30']) expect(supply.text).toContain(s);
  });

  it('validates the target of each kind', async () => {
    for (const [kind, field] of [['rental-proposal', 'dealId'], ['trip-sheet', 'itemId'], ['invoice', 'invoiceId'], ['work-order', 'workOrderId']]) {
      const r = await b.callAsync('print.document', { kind, workOrderId: kind === 'work-order' ? undefined : 'x' }, 'ru');
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error).toMatchObject({ code: 'invalid_input', fields: { [field]: 'Обязательное поле.' } });
    }
    const missing = await b.callAsync('print.document', { kind: 'rental-proposal', dealId: 'no-such-deal' });
    expect(!missing.ok && missing.error.code).toBe('not_found');
  });
});

describe('rental invoices and receivables', () => {
  it('receivables list the unpaid prepayment per deal next to the work order; prepayment and overtime invoices print', async () => {
    let v = b.ok('rentals.prepaymentInvoice', { dealId });
    prepaymentId = v.invoices[0].id;
    expect(v.invoices[0].totalMinor).toBe(5734000);
    let [entry] = b.ok('receivables.list', {}).items;
    expect(entry).toMatchObject({ payerId: customer, name: 'ООО "СтройДом"', dueMinor: 305000 + 5734000 });
    expect(entry.orders).toEqual([expect.objectContaining({ number: orderNumber, dueMinor: 305000 })]);
    expect(entry.deals).toEqual([{ id: dealId, number: dealNumber, since: expect.any(String), dueMinor: 5734000 }]);
    expect(entry.oldest <= entry.deals[0].since).toBe(true);

    const pre = await print({ kind: 'invoice', invoiceId: prepaymentId });
    for (const s of ['Счёт на оплату №', 'ООО "Спецтехника"', 'ООО "СтройДом"', `Заявка на аренду техники № ${dealNumber}`, 'Аренда: Автокран Ивановец КС-45717 А001АА77, 05.12.2026', 'Пробег: Автокран', 'Е003ЕЕ50', '044525225', '40702810438000034726', 'Всего к оплате', 'Оплата по QR-коду']) expect(pre.text).toContain(s);
    expect(pre.text).toContain('57 340,00');

    // Paid: the items are confirmed. The crane works 08:00–14:10 → 6,25 h billable, 42 km:
    // 2,25 h × 3 500 + 12 km × 120 = 9 315 + 22 % = 11 364,30 on one overtime invoice.
    b.ok('payments.create', { invoiceId: prepaymentId, method: 'bank_transfer', amountMinor: 5734000 });
    v = b.ok('rentals.recordWaybill', { itemId: craneItem, actualStart: t('05', '08:00'), actualEnd: t('05', '14:10'), km: 42 });
    const overtime = v.invoices.find((i) => i.kind === 'postpayment')!;
    overtimeId = overtime.id;
    expect(overtime.totalMinor).toBe(1136430);
    b.ok('payments.create', { invoiceId: overtimeId, method: 'cash', amountMinor: 100000 });
    [entry] = b.ok('receivables.list', {}).items;
    expect(entry.dueMinor).toBe(305000 + 1036430);
    expect(entry.deals).toEqual([expect.objectContaining({ id: dealId, dueMinor: 1036430 })]);

    const post = await print({ kind: 'invoice', invoiceId: overtimeId }, 'en');
    for (const s of ['Invoice No.', `Equipment rental order No. ${dealNumber}`, 'Переработка: Автокран', 'Пробег сверх заказанного', '11,364.30', 'Total payable']) expect(post.text).toContain(s);

    // A paid invoice is no debt, and a cancelled one neither.
    b.ok('payments.create', { invoiceId: overtimeId, method: 'cash', amountMinor: 1036430 });
    const again = b.ok('rentals.prepaymentInvoice', { dealId, itemIds: [supplyItem] }).invoices.at(-1)!;
    expect(b.ok('receivables.list', {}).items[0].deals).toEqual([expect.objectContaining({ dueMinor: again.totalMinor })]);
    b.ok('invoices.cancel', { id: again.id });
    expect(b.ok('receivables.list', {}).items[0].deals).toEqual([]);
  });
});

describe('send to driver', () => {
  it('gives the trip as text in the branch time, with tel:, WhatsApp and Telegram links to the driver', () => {
    const r = b.call('rentals.driverMessage', { itemId: craneItem }, 'ru');
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    const m = r.data as { text: string; phone: string | null; links: { tel: string | null; telegram: string | null; whatsapp: string | null } };
    expect(m.text).toBe(
      [
        'Выезд: 05.12.2026 08:00–16:00',
        'Адрес: Москва, ул. Стройки, 5',
        'Заказчик: ООО "СтройДом"',
        'Контакт: Прораб Николай, +7 916 111 22 33',
        'Техника: Автокран Ивановец КС-45717, 25 т, А001АА77',
        'Заказано: 3 ч, 30 км',
        'Примечание: Пропуск на КПП № 3',
        `Заявка № ${dealNumber}`,
      ].join('\n'),
    );
    expect(m.phone).toBe('+79165554433');
    expect(m.links).toEqual({ tel: 'tel:+79165554433', telegram: 'https://t.me/+79165554433', whatsapp: `https://wa.me/79165554433?text=${encodeURIComponent(m.text)}` });
    expect(decodeURIComponent(m.links.whatsapp!.split('?text=')[1])).toContain('Автокран');
  });

  it('speaks English when asked, uses the supplier’s driver and plate, and gives no links without a phone', () => {
    const en = b.ok('rentals.driverMessage', { itemId: supplyItem, lang: 'en' });
    expect(en.text).toContain('Trip: 6 Dec 2026 20:00 – 7 Dec 2026 06:30');
    expect(en.text).toContain('Equipment: Экскаватор-погрузчик, Е003ЕЕ50');
    expect(en.text).toContain(`Order No. ${dealNumber}`);
    expect(en).toMatchObject({ phone: null, links: { tel: null, telegram: null, whatsapp: null } });
    const bare = b.ok('rentals.driverMessage', { itemId: bareItem });
    expect(bare.text).not.toContain('Address');
    expect(bare).toMatchObject({ phone: null, links: { tel: null, telegram: null, whatsapp: null } });
    expect(b.fail('rentals.driverMessage', { itemId: 'nope' }).code).toBe('not_found');
  });
});

describe('command line', () => {
  it('prints the proposal by deal number and the trip sheet by item id', async () => {
    b.close();
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gd-rental-print-'));
    const log = console.log;
    console.log = () => {};
    try {
      expect(await runCli(['print', 'rental-proposal', '--number', dealNumber, '--out', path.join(dir, 'kp.pdf'), '--data', b.dataDir])).toBe(0);
      expect(await runCli(['print', 'trip-sheet', '--item', craneItem, '--out', path.join(dir, 'trip.pdf'), '--lang', 'en', '--data', b.dataDir])).toBe(0);
      await expect(runCli(['print', 'trip-sheet', '--number', dealNumber, '--out', path.join(dir, 'x.pdf'), '--data', b.dataDir])).rejects.toThrow(/--item/);
    } finally {
      console.log = log;
    }
    expect(await pdfText(fs.readFileSync(path.join(dir, 'kp.pdf')))).toContain(dealNumber);
    expect(await pdfText(fs.readFileSync(path.join(dir, 'trip.pdf')))).toContain('Trip sheet');
  });
});
