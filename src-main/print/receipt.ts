/**
 * The work-order receipt (квитанция к заказ-наряду): the customer's copy at acceptance — the
 * car was taken in, with this mileage and these things inside, for this preliminary estimate.
 */
import type { Content } from 'pdfmake/interfaces';
import { dateTime, hours, money, quantity, unitName } from './format';
import { fields, heading, labelled, lineTable, page, paragraph, partName, partyText, sellerHeader, signatures, title, totalsTable, vatRows, vehicleFields, type Column } from './layout';
import type { Lang, WorkOrderPrint } from './model';
import { renderPdf } from './pdf';

const words = {
  ru: {
    title: (n: string) => `Квитанция к заказ-наряду № ${n}`,
    copy: 'Экземпляр заказчика',
    accepted: 'Принят в ремонт', promised: 'Плановая выдача', advisor: 'Мастер-приёмщик', fuel: 'Топливо',
    customer: 'Заказчик:',
    complaint: 'Причина обращения:',
    works: 'Предварительный перечень работ',
    workColumns: ['№', 'Наименование работы', 'Н/ч', 'Сумма'],
    parts: 'Запчасти и материалы',
    partColumns: ['№', 'Наименование', 'Кол-во', 'Сумма'],
    customerSupplied: 'материал заказчика',
    estimate: 'Предварительная стоимость',
    prepaid: 'Внесена предоплата:',
    itemsLeft: 'Вещи в автомобиле:', noItems: 'нет',
    conditions:
      'Стоимость работ предварительная и может измениться по результатам диагностики; дополнительные работы выполняются только с согласия заказчика. Автомобиль выдаётся по предъявлении настоящей квитанции и документа, удостоверяющего личность.',
    executor: 'Исполнитель', customerSign: 'Заказчик',
  },
  en: {
    title: (n: string) => `Work order receipt No. ${n}`,
    copy: 'Customer’s copy',
    accepted: 'Accepted', promised: 'Promised', advisor: 'Service advisor', fuel: 'Fuel',
    customer: 'Customer:',
    complaint: 'Complaint:',
    works: 'Preliminary list of work',
    workColumns: ['No.', 'Operation', 'Std h', 'Amount'],
    parts: 'Parts and materials',
    partColumns: ['No.', 'Description', 'Qty', 'Amount'],
    customerSupplied: "customer's part",
    estimate: 'Preliminary estimate',
    prepaid: 'Prepayment received:',
    itemsLeft: 'Items left in the car:', noItems: 'none',
    conditions:
      'The cost is preliminary and may change after diagnostics; additional work is done only with the customer’s consent. The vehicle is handed over on presentation of this receipt and an identity document.',
    executor: 'Contractor', customerSign: 'Customer',
  },
} as const;

export function renderReceipt(o: WorkOrderPrint, lang: Lang): Promise<Buffer> {
  const w = words[lang];
  const when = (iso: string | null) => (iso ? dateTime(iso, o.timeZone, lang) : null);
  const mileage = o.inspection?.mileageKm ?? o.vehicle?.mileageKm ?? null;
  const docTitle = w.title(o.number);
  const content: Content[] = [
    sellerHeader(o.seller, lang),
    title(docTitle, w.copy, o.number),
    fields([
      { label: w.accepted, value: when(o.acceptedAt ?? o.createdAt), bold: true },
      { label: w.promised, value: when(o.promisedAt) },
      { label: w.fuel, value: o.inspection ? `${o.inspection.fuelEighths}/8` : null, width: 70 },
      { label: w.advisor, value: o.advisor, width: 130 },
    ]),
    labelled([[w.customer, partyText(o.customer, lang)]]),
    vehicleFields(o.vehicle, lang, mileage),
    labelled([[w.complaint, o.complaint]]),
  ];
  if (o.labour.length) {
    const [no, name, h, amount] = w.workColumns;
    const columns: Column[] = [{ header: no, width: 14, align: 'center' }, { header: name, width: '*' }, { header: h, width: 50, align: 'right' }, { header: amount, width: 64, align: 'right' }];
    const rows = o.labour.map((l) => [String(l.no), l.name, hours(Math.round((l.hoursX100 * l.quantityX1000) / 1000), lang), money(l.amountMinor, lang)]);
    content.push(heading(w.works), lineTable(columns, rows));
  }
  if (o.parts.length) {
    const [no, name, qty, amount] = w.partColumns;
    const columns: Column[] = [{ header: no, width: 14, align: 'center' }, { header: name, width: '*' }, { header: qty, width: 50, align: 'right' }, { header: amount, width: 64, align: 'right' }];
    const rows = o.parts.map((p) => [String(p.no), partName(p, lang), `${quantity(p.quantityX1000, lang)} ${unitName(p.unit, lang)}`, p.customerSupplied ? '—' : money(p.amountMinor, lang)]);
    content.push(heading(w.parts), lineTable(columns, rows));
  }
  const estimate = vatRows(o.totals, lang, w.estimate);
  if (o.totals.paidMinor) estimate.push({ label: w.prepaid, value: money(o.totals.paidMinor, lang) });
  content.push(totalsTable(estimate, 280));
  content.push({
    stack: [
      labelled([[w.itemsLeft, o.inspection?.itemsLeft?.trim() || w.noItems]]),
      paragraph(w.conditions, { top: 6, fontSize: 7.5, muted: true }),
      signatures([{ role: w.executor, name: o.advisor, stamp: true }, { role: w.customerSign, name: o.customer.name }], lang),
    ],
    unbreakable: true,
    margin: [0, 8, 0, 0],
  });
  return renderPdf(page({ lang, title: docTitle, reference: docTitle, number: o.number, content }));
}
