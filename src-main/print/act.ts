/** The act of completed work (акт об оказании услуг): signed by both sides at hand-over. */
import type { Content } from 'pdfmake/interfaces';
import { amountInWords } from './amount-in-words';
import { dateOf, decimal, money, quantity, unitName } from './format';
import { labelled, lineTable, page, paragraph, partyText, payerDiffers, sellerHeader, signatures, title, totalsTable, vatRows, vehicleFields, type Column } from './layout';
import type { Lang, WorkOrderPrint } from './model';
import { renderPdf } from './pdf';

const words = {
  ru: {
    title: (n: string, d: string) => `Акт об оказании услуг (выполненных работ) № ${n} от ${d}`,
    toOrder: (n: string) => `к заказ-наряду № ${n}`,
    executor: 'Исполнитель:', customer: 'Заказчик:', payer: 'Плательщик:',
    columns: ['№', 'Наименование работ, услуг, запчастей', 'Кол-во', 'Ед.', 'Цена', 'Скидка', 'Сумма'],
    summary: (n: number, sum: string) => `Всего наименований ${n}, на сумму ${sum} руб.`,
    customerParts: 'Использованы материалы заказчика (без оплаты):',
    statement: 'Вышеперечисленные работы (услуги) выполнены полностью и в срок. Заказчик претензий по объёму, качеству и срокам оказания услуг не имеет.',
    executorSign: 'Исполнитель', customerSign: 'Заказчик',
  },
  en: {
    title: (n: string, d: string) => `Certificate of completed work No. ${n} dated ${d}`,
    toOrder: (n: string) => `to work order No. ${n}`,
    executor: 'Contractor:', customer: 'Customer:', payer: 'Payer:',
    columns: ['No.', 'Work, services and parts', 'Qty', 'Unit', 'Price', 'Discount', 'Amount'],
    summary: (n: number, sum: string) => `Total items: ${n}, amounting to RUB ${sum}.`,
    customerParts: "Customer's own parts used (no charge):",
    statement: 'The above work (services) has been performed in full and on time. The customer has no claims as to the scope, quality or timing of the services.',
    executorSign: 'Contractor', customerSign: 'Customer',
  },
} as const;

type ActLine = { name: string; qty: string; unit: string; price: string; discountMinor: number; amountMinor: number };

function actLines(o: WorkOrderPrint, lang: Lang): ActLine[] {
  const labour = o.labour.map((l) => ({
    name: l.name,
    // Standard hours × quantity, exact: hundredths × thousandths.
    qty: decimal(l.hoursX100 * l.quantityX1000, 5, lang),
    unit: unitName('std-h', lang),
    price: money(l.rateMinor, lang),
    discountMinor: l.discountMinor,
    amountMinor: l.amountMinor,
  }));
  const parts = o.parts
    .filter((p) => !p.customerSupplied)
    .map((p) => ({ name: p.article ? `${p.name} (${p.article})` : p.name, qty: quantity(p.quantityX1000, lang), unit: unitName(p.unit, lang), price: money(p.priceMinor, lang), discountMinor: p.discountMinor, amountMinor: p.amountMinor }));
  return [...labour, ...parts];
}

export function renderAct(o: WorkOrderPrint, lang: Lang): Promise<Buffer> {
  const w = words[lang];
  const date = dateOf(o.issuedAt ?? o.completedAt ?? o.createdAt, o.timeZone, lang);
  const docTitle = w.title(o.number, date);
  const lines = actLines(o, lang);
  const withDiscount = lines.some((l) => l.discountMinor);
  const [no, name, qty, unit, price, discount, amount] = w.columns;
  const columns: Column[] = [
    { header: no, width: 16, align: 'center' },
    { header: name, width: '*' },
    { header: qty, width: 36, align: 'right' },
    { header: unit, width: 34, align: 'center' },
    { header: price, width: 56, align: 'right' },
    ...(withDiscount ? [{ header: discount, width: 46, align: 'right' } as Column] : []),
    { header: amount, width: 60, align: 'right' },
  ];
  const rows = lines.map((l, i) => [String(i + 1), l.name, l.qty, l.unit, l.price, ...(withDiscount ? [l.discountMinor ? money(l.discountMinor, lang) : '—'] : []), money(l.amountMinor, lang)]);
  const customerParts = o.parts.filter((p) => p.customerSupplied).map((p) => `${p.name} — ${quantity(p.quantityX1000, lang)} ${unitName(p.unit, lang)}`);
  const content: Content[] = [
    sellerHeader(o.seller, lang),
    title(docTitle, w.toOrder(o.number), o.number),
    labelled([
      [w.executor, partyText(o.seller, lang)],
      [w.customer, partyText(o.customer, lang)],
      [w.payer, payerDiffers(o.customer, o.payer) ? partyText(o.payer, lang) : null],
    ]),
    o.vehicle ? vehicleFields(o.vehicle, lang) : { text: '' },
    lineTable(columns, rows),
    totalsTable(vatRows(o.totals, lang)),
    { stack: [paragraph(w.summary(lines.length, money(o.totals.totalMinor, lang)), { top: 6 }), { text: amountInWords(o.totals.totalMinor, lang), bold: true, margin: [0, 1, 0, 0] }], unbreakable: true },
  ];
  if (customerParts.length) content.push(paragraph(`${w.customerParts} ${customerParts.join('; ')}`.replace(/\.?$/, '.'), { top: 6, fontSize: 8 }));
  content.push({
    stack: [paragraph(w.statement, { top: 10 }), signatures([{ role: w.executorSign, name: o.advisor, stamp: true }, { role: w.customerSign, name: o.customer.name, stamp: !!o.customer.inn }], lang, 18)],
    unbreakable: true,
  });
  return renderPdf(page({ lang, title: docTitle, reference: docTitle, number: o.number, content }));
}
