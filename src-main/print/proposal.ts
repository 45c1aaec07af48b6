/**
 * The commercial proposal (коммерческое предложение, КП) of a rental deal: our details, the
 * customer and the site, each machine with its dates, hours, rates and amount, the total with
 * VAT as the deal's invoices will have it, the terms, how long the offer stands, a signature.
 */
import type { Content, ContentTable, TableCell } from 'pdfmake/interfaces';
import { businessDate, hoursNumber, longDate, money, timeRange, tonnes } from './format';
import { colours, inWords, labelled, lineTable, list, page, paragraph, partyText, sellerHeader, signatures, title, totalsTable, vatRows, type Column } from './layout';
import type { Lang, PrintMachine, RentalProposalPrint } from './model';
import { renderPdf } from './pdf';

const words = {
  ru: {
    title: (n: string) => `Коммерческое предложение № ${n}`,
    from: (d: string) => `от ${d}`,
    customer: 'Заказчик:', contact: 'Контактное лицо:', site: 'Адрес объекта:',
    intro: 'Предлагаем услуги спецтехники с машинистом (водителем) на следующих условиях:',
    columns: ['№', 'Техника', 'Г/п', 'Дата и время работы', 'Часы', 'Цена часа', 'Км × цена км', 'Сумма'],
    min: (h: string) => `мин. ${h}`,
    total: 'Итого по предложению',
    terms: 'Условия',
    termList: [
      'Стоимость часа включает работу техники с машинистом (водителем).',
      'Оплачивается не меньше минимального числа часов за выезд; фактическое время работы считается по путевому листу, начатые 15 минут — полностью.',
      'Часы и километры сверх оплаченных оплачиваются дополнительно по тем же ценам по счёту на доплату.',
      'Оплата — 100 % предоплата по счёту; техника закрепляется за заказом после поступления оплаты.',
    ],
    valid: (d: string) => `Предложение действительно до ${d}.`,
    head: 'Руководитель', manager: 'Менеджер',
  },
  en: {
    title: (n: string) => `Commercial proposal No. ${n}`,
    from: (d: string) => `dated ${d}`,
    customer: 'Customer:', contact: 'Contact person:', site: 'Site address:',
    intro: 'We offer special equipment with an operator (driver) on the following terms:',
    columns: ['No.', 'Equipment', 'Capacity', 'Date and time', 'Hours', 'Rate per hour', 'Km × rate', 'Amount'],
    min: (h: string) => `min. ${h}`,
    total: 'Proposal total',
    terms: 'Terms',
    termList: [
      'The hourly rate includes the machine with its operator (driver).',
      'At least the minimum hours per trip are charged; actual working time is taken from the waybill, each started 15 minutes counted in full.',
      'Hours and kilometres beyond those paid for are charged at the same rates on a supplementary invoice.',
      'Payment: 100% in advance against an invoice; the equipment is reserved for the order once the payment is received.',
    ],
    valid: (d: string) => `This proposal is valid until ${d}.`,
    head: 'Director', manager: 'Manager',
  },
} as const;

/** The machine in a table cell: the type in bold, then model and plate. */
function machineCell(m: PrintMachine): TableCell {
  const details = [m.model, m.plate].filter(Boolean).join(', ');
  return { stack: [{ text: m.type, bold: true }, details ? { text: details, fontSize: 7.5 } : { text: '' }] };
}

function itemsTable(p: RentalProposalPrint, lang: Lang): ContentTable {
  const w = words[lang];
  const [no, machine, capacity, when, h, rate, km, amount] = w.columns;
  const columns: Column[] = [
    { header: no, width: 14, align: 'center' },
    { header: machine, width: '*' },
    { header: capacity, width: 34, align: 'right' },
    { header: when, width: 92 },
    { header: h, width: 34, align: 'right' },
    { header: rate, width: 54, align: 'right' },
    { header: km, width: 64, align: 'right' },
    { header: amount, width: 60, align: 'right' },
  ];
  const rows = p.items.map((i): (string | TableCell)[] => [
    String(i.no),
    machineCell(i.machine),
    i.machine.capacityKg ? tonnes(i.machine.capacityKg, lang) : '—',
    timeRange(i.startAt, i.endAt, p.timeZone, lang),
    i.minHoursX100
      ? { stack: [{ text: hoursNumber(i.hoursX100, lang) }, { text: w.min(hoursNumber(i.minHoursX100, lang)), fontSize: 6.5, color: colours.muted }], alignment: 'right' }
      : hoursNumber(i.hoursX100, lang),
    money(i.rateMinor, lang),
    i.km ? `${i.km} × ${money(i.ratePerKmMinor, lang)}` : '—',
    money(i.amountMinor, lang),
  ]);
  return lineTable(columns, rows);
}

export function renderProposal(p: RentalProposalPrint, lang: Lang): Promise<Buffer> {
  const w = words[lang];
  const docTitle = w.title(p.number);
  const contact = [p.contact.name, p.contact.phone].filter(Boolean).join(', ');
  const content: Content[] = [
    sellerHeader(p.seller, lang, { bank: true }),
    title(docTitle, w.from(longDate(p.date, lang)), p.number),
    labelled([
      [w.customer, { text: partyText(p.customer, lang), bold: true }],
      [w.contact, contact],
      [w.site, p.siteAddress],
    ]),
    paragraph(w.intro, { top: 2 }),
    { ...itemsTable(p, lang), margin: [0, 4, 0, 0] },
    { stack: [totalsTable(vatRows(p.totals, lang, w.total), 280), inWords(p.totals.totalMinor, lang)], unbreakable: true },
    {
      stack: [
        { text: w.terms, bold: true, fontSize: 9, margin: [0, 10, 0, 3] },
        list([...w.termList]),
        { text: w.valid(businessDate(p.validUntil, lang)), bold: true, margin: [0, 6, 0, 0] },
        signatures([{ role: w.head, stamp: true }, { role: w.manager }], lang, 18),
      ],
      unbreakable: true,
    },
  ];
  return renderPdf(page({ lang, title: docTitle, reference: docTitle, number: p.number, content }));
}
