/** The work order (заказ-наряд): the full document with labour, parts, money and signatures. */
import type { Content, TableCell } from 'pdfmake/interfaces';
import { dateOf, dateTime, hoursNumber, money, quantity, unitName } from './format';
import { colours, fields, heading, inWords, labelled, lineTable, list, mechanicsCell, orderTotals, page, paragraph, partName, partyText, payerDiffers, sellerHeader, signatures, subtotalRow, title, vehicleFields, type Column } from './layout';
import type { Lang, WorkOrderPrint } from './model';
import { renderPdf } from './pdf';

const words = {
  ru: {
    title: (n: string) => `Заказ-наряд № ${n}`,
    from: (d: string) => `от ${d}`,
    customer: 'Заказчик:', payer: 'Плательщик:',
    accepted: 'Принят', promised: 'Плановая выдача', completed: 'Выполнен', issued: 'Выдан', advisor: 'Мастер-приёмщик',
    complaint: 'Причина обращения:',
    labour: 'Работы', parts: 'Запчасти и материалы',
    labourColumns: ['№', 'Код', 'Наименование работы', 'Н/ч', 'Кол-во', 'Цена н/ч', 'Скидка', 'Сумма', 'Исполнители'],
    partColumns: ['№', 'Артикул', 'Наименование', 'Кол-во', 'Цена', 'Скидка', 'Сумма'],
    labourTotal: 'Итого по работам:', partsTotal: 'Итого по запчастям и материалам:',
    noCharge: 'без оплаты',
    recommendations: 'Рекомендации',
    agreement: 'С перечнем работ, запасных частей и их стоимостью ознакомлен и согласен. Автомобиль из ремонта получил, претензий к объёму и качеству работ не имею.',
    executor: 'Исполнитель', customerSign: 'Заказчик',
  },
  en: {
    title: (n: string) => `Work order No. ${n}`,
    from: (d: string) => `dated ${d}`,
    customer: 'Customer:', payer: 'Payer:',
    accepted: 'Accepted', promised: 'Promised', completed: 'Completed', issued: 'Handed over', advisor: 'Service advisor',
    complaint: 'Complaint:',
    labour: 'Labour', parts: 'Parts and materials',
    labourColumns: ['No.', 'Code', 'Operation', 'Std h', 'Qty', 'Rate', 'Discount', 'Amount', 'Mechanics'],
    partColumns: ['No.', 'Part No.', 'Description', 'Qty', 'Price', 'Discount', 'Amount'],
    labourTotal: 'Labour total:', partsTotal: 'Parts and materials total:',
    noCharge: 'no charge',
    recommendations: 'Recommendations',
    agreement: 'I have read and agree to the list of work and parts and their cost. I have received the vehicle and have no claims as to the scope and quality of the work.',
    executor: 'Contractor', customerSign: 'Customer',
  },
} as const;

function labourTable(o: WorkOrderPrint, lang: Lang): Content {
  const w = words[lang];
  const [no, code, name, h, qty, rate, discount, amount, mechanics] = w.labourColumns;
  const columns: Column[] = [
    { header: no, width: 14, align: 'center' },
    { header: code, width: 32 },
    { header: name, width: '*' },
    { header: h, width: 20, align: 'right' },
    { header: qty, width: 27, align: 'right' },
    { header: rate, width: 42, align: 'right' },
    { header: discount, width: 36, align: 'right' },
    { header: amount, width: 48, align: 'right' },
    { header: mechanics, width: 80 },
  ];
  const rows = o.labour.map((l): (string | TableCell)[] => [
    String(l.no),
    { text: l.code ?? '', fontSize: 7 },
    l.name,
    hoursNumber(l.hoursX100, lang),
    quantity(l.quantityX1000, lang),
    money(l.rateMinor, lang),
    l.discountMinor ? money(l.discountMinor, lang) : '—',
    money(l.amountMinor, lang),
    mechanicsCell(l, lang),
  ]);
  return lineTable(columns, [...rows, subtotalRow(7, w.labourTotal, money(o.totals.labourMinor, lang), 1)]);
}

function partsTable(o: WorkOrderPrint, lang: Lang): Content {
  const w = words[lang];
  const [no, article, name, qty, price, discount, amount] = w.partColumns;
  const columns: Column[] = [
    { header: no, width: 14, align: 'center' },
    { header: article, width: 78 },
    { header: name, width: '*' },
    { header: qty, width: 44, align: 'right' },
    { header: price, width: 52, align: 'right' },
    { header: discount, width: 44, align: 'right' },
    { header: amount, width: 56, align: 'right' },
  ];
  const rows = o.parts.map((p): (string | TableCell)[] => [
    String(p.no),
    { text: p.article ?? '', fontSize: 7 },
    partName(p, lang),
    `${quantity(p.quantityX1000, lang)} ${unitName(p.unit, lang)}`,
    p.customerSupplied ? '—' : money(p.priceMinor, lang),
    p.customerSupplied || !p.discountMinor ? '—' : money(p.discountMinor, lang),
    p.customerSupplied ? { text: w.noCharge, alignment: 'right', fontSize: 7, color: colours.muted } : money(p.amountMinor, lang),
  ]);
  return lineTable(columns, [...rows, subtotalRow(6, w.partsTotal, money(o.totals.partsMinor, lang))]);
}

const when = (iso: string | null, o: WorkOrderPrint, lang: Lang) => (iso ? dateTime(iso, o.timeZone, lang) : null);

export function renderWorkOrder(o: WorkOrderPrint, lang: Lang): Promise<Buffer> {
  const w = words[lang];
  const docTitle = w.title(o.number);
  const content: Content[] = [
    sellerHeader(o.seller, lang),
    title(`${docTitle} ${w.from(dateOf(o.acceptedAt ?? o.createdAt, o.timeZone, lang))}`, null, o.number),
    labelled([
      [w.customer, partyText(o.customer, lang)],
      [w.payer, payerDiffers(o.customer, o.payer) ? partyText(o.payer, lang) : null],
    ]),
    vehicleFields(o.vehicle, lang),
    fields([
      { label: w.accepted, value: when(o.acceptedAt, o, lang) },
      { label: w.promised, value: when(o.promisedAt, o, lang) },
      { label: w.completed, value: when(o.completedAt, o, lang) },
      { label: w.issued, value: when(o.issuedAt, o, lang) },
      { label: w.advisor, value: o.advisor, width: 150 },
    ]),
    labelled([[w.complaint, o.complaint]]),
  ];
  if (o.labour.length) content.push(heading(w.labour), labourTable(o, lang));
  if (o.parts.length) content.push(heading(w.parts), partsTable(o, lang));
  content.push({ stack: [orderTotals(o.totals, lang, { payments: true }), inWords(o.totals.totalMinor, lang)], unbreakable: true });
  if (o.recommendations.length) content.push(heading(w.recommendations), list(o.recommendations));
  content.push({
    stack: [
      paragraph(w.agreement, { top: 10 }),
      signatures([{ role: w.executor, name: o.advisor, stamp: true }, { role: w.customerSign, name: o.customer.name }], lang),
    ],
    unbreakable: true,
  });
  return renderPdf(page({ lang, title: docTitle, reference: docTitle, number: o.number, content }));
}
