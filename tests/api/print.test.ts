import { describe, it, expect, beforeAll } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { tempBackend } from './backend';
import { pdfText } from '../support/pdf-text';
import { runCli } from '../../src-main/cli/main';

let b: Awaited<ReturnType<typeof tempBackend>>;
let orderId: string;
let orderNumber: string;
let invoiceId: string;

// One real order, read from the database into every printed document.
beforeAll(async () => {
  b = await tempBackend();
  b.ok('legalEntities.create', { name: 'ООО "Гараж"', inn: '7707083893', kpp: '773601001', ogrn: '1027700132195', address: 'Москва, ул. Ленина, 1', bankName: 'ПАО Сбербанк', bic: '044525225', bankAccount: '40702810438000034726', corrAccount: '30101810400000000225', vatMode: 'on_top', vatRateBp: 2200 });
  const customer = b.ok('customers.create', { kind: 'person', name: 'Орлов Павел', phones: ['+79161230000'] }).id;
  const car = b.ok('vehicles.create', { customerId: customer, plate: 'В777ОР77', vin: 'XTA219170K0123456', make: 'Lada', model: 'Vesta', year: 2019, mileage: 50000 }).id;
  const mech = b.ok('employees.create', { name: 'Смирнов Олег', role: 'mechanic' }).id;
  const op = b.ok('operations.create', { code: 'ТО-01', name: 'Замена масла ДВС', standardHoursX100: 100 }).id;
  let wo = b.ok('workOrders.create', { customerId: customer, vehicleId: car, mileageKm: 51234, complaint: 'Плановое ТО' });
  wo = b.ok('workOrders.addLabour', { workOrderId: wo.id, operationId: op, mechanics: [{ employeeId: mech, shareBp: 10000 }] });
  wo = b.ok('workOrders.addPart', { workOrderId: wo.id, name: 'Масло клиента', unit: 'l', quantityX1000: 4000, customerSupplied: true });
  b.ok('inspections.save', { workOrderId: wo.id, marks: [{ view: 'left', x: 0.4, y: 0.5, kind: 'dent', note: 'Задняя дверь' }], fuelEighths: 3, mileageKm: 51234, itemsLeft: 'Детское кресло' });
  b.ok('workOrders.setRecommendations', { workOrderId: wo.id, items: ['Заменить колодки'] });
  invoiceId = b.ok('invoices.create', { workOrderId: wo.id, kind: 'postpayment' }).id;
  orderId = wo.id;
  orderNumber = wo.number;
});

async function print(kind: string, lang = 'ru') {
  const r = await b.callAsync('print.document', { kind, workOrderId: orderId, invoiceId: kind === 'invoice' ? invoiceId : undefined, lang });
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  const data = r.data as { fileName: string; pdfBase64: string };
  return { ...data, text: await pdfText(Buffer.from(data.pdfBase64, 'base64')) };
}

describe('print.document from the database', () => {
  it.each(['inspection-act', 'work-sheet', 'work-order', 'receipt', 'act'])('%s carries the order, our entity, the customer (not on the mechanic’s sheet) and the car', async (kind) => {
    const { text, fileName } = await print(kind);
    expect(fileName).toMatch(/\.pdf$/);
    expect(text).toContain(orderNumber);
    expect(text).toContain('ООО "Гараж"');
    expect(text).toContain('7707083893');
    if (kind !== 'work-sheet') expect(text).toContain('Орлов Павел');
    expect(text).toContain('Lada');
    expect(text).toContain('XTA219170K0123456');
    expect(text).toContain('В777ОР77');
  });

  it('the work order has totals in figures and in words; the work sheet has no prices', async () => {
    const order = await print('work-order');
    expect(order.text).toContain('3 050,00'); // 2 500 + 22 % VAT
    expect(order.text).toMatch(/Три тысячи пятьдесят рублей 00 копеек/);
    const sheet = await print('work-sheet');
    expect(sheet.text).toContain('Замена масла ДВС');
    expect(sheet.text).not.toContain('2 500,00');
  });

  it('the invoice has our bank details and the amount due, in both languages', async () => {
    const ru = await print('invoice');
    for (const s of ['044525225', '40702810438000034726', '30101810400000000225', 'Всего к оплате', '3 050,00']) expect(ru.text).toContain(s);
    const en = await print('invoice', 'en');
    expect(en.text).toMatch(/Invoice/);
  });

  it('refuses a document without its target', async () => {
    const r = await b.callAsync('print.document', { kind: 'invoice', workOrderId: orderId });
    expect(r.ok).toBe(false);
  });

  it('prints from the command line by work order number', async () => {
    b.close();
    const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'gd-print-')), 'act.pdf');
    const log = console.log;
    console.log = () => {};
    try {
      expect(await runCli(['print', 'act', '--number', orderNumber, '--out', out, '--data', b.dataDir])).toBe(0);
    } finally {
      console.log = log;
    }
    expect(await pdfText(fs.readFileSync(out))).toContain(orderNumber);
  });
});
