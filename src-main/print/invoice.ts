/**
 * The invoice (счёт на оплату) in the form Russian accountants expect: the bank details box at
 * the top, the title, supplier and buyer, lines, totals with VAT, the amount in words and the
 * signatures — plus a GOST R 56042-2014 QR code that a banking app turns into a filled transfer.
 */
import type { Content, ContentTable, TableCell } from 'pdfmake/interfaces';
import { amountInWords } from './amount-in-words';
import { businessDate, longDate, money, percentBp, quantity, unitName } from './format';
import { colours, contentWidth, gridLayout, labelled, unbroken, lineTable, page, paragraph, partyText, rule, signatures, totalsTable, type Column, type TotalRow } from './layout';
import type { InvoicePrint, Lang } from './model';
import { gostPayload, paymentQrSvg } from './payment-qr';
import { renderPdf } from './pdf';

const words = {
  ru: {
    title: (n: string, d: string) => `Счёт на оплату № ${n} от ${d}`,
    bank: 'Банк получателя', bic: 'БИК', account: 'Сч. №', inn: 'ИНН', kpp: 'КПП', payee: 'Получатель',
    supplier: 'Поставщик (Исполнитель):', buyer: 'Покупатель (Заказчик):', basis: 'Основание:',
    workOrder: (n: string) => `Заказ-наряд № ${n}`,
    deal: (n: string) => `Заявка на аренду техники № ${n}`,
    columns: ['№', 'Товары (работы, услуги)', 'Кол-во', 'Ед.', 'Цена', 'Сумма'],
    total: 'Итого:', vatIncluded: (r: string) => `В том числе НДС ${r}:`, vatOnTop: (r: string) => `НДС ${r}:`, vatNone: 'Без НДС', payable: 'Всего к оплате:',
    summary: (n: number, sum: string) => `Всего наименований ${n}, на сумму ${sum} руб.`,
    due: (d: string) => `Оплатить не позднее ${d}.`,
    notice: 'Оплата данного счёта означает согласие с условиями оказания услуг. Уведомление об оплате обязательно.',
    head: 'Руководитель', accountant: 'Бухгалтер',
    qr: 'Оплата по QR-коду через приложение банка',
  },
  en: {
    title: (n: string, d: string) => `Invoice No. ${n} dated ${d}`,
    bank: "Payee's bank", bic: 'BIC', account: 'Acc. No.', inn: 'INN', kpp: 'KPP', payee: 'Payee',
    supplier: 'Supplier (Contractor):', buyer: 'Buyer (Customer):', basis: 'Reference:',
    workOrder: (n: string) => `Work order No. ${n}`,
    deal: (n: string) => `Equipment rental order No. ${n}`,
    columns: ['No.', 'Goods (work, services)', 'Qty', 'Unit', 'Price', 'Amount'],
    total: 'Total:', vatIncluded: (r: string) => `Including VAT ${r}:`, vatOnTop: (r: string) => `VAT ${r}:`, vatNone: 'No VAT', payable: 'Total payable:',
    summary: (n: number, sum: string) => `Total items: ${n}, amounting to RUB ${sum}.`,
    due: (d: string) => `Payment due by ${d}.`,
    notice: 'Payment of this invoice constitutes acceptance of the terms of service. Please notify us of the payment.',
    head: 'Director', accountant: 'Accountant',
    qr: 'Pay by scanning the QR code in your banking app',
  },
} as const;

const qrSize = 100;
const qrGap = 14;

type Borders = [boolean, boolean, boolean, boolean];
const cell = (text: string, border: Borders, extra: Partial<TableCell> = {}): TableCell => ({ text, border, ...extra }) as TableCell;

/** The bank details box, as on every Russian invoice: bank, BIC, accounts, INN/KPP, payee. */
function bankBox(inv: InvoicePrint, lang: Lang): ContentTable {
  const w = words[lang];
  const b = inv.seller.bank;
  const small = { fontSize: 7, color: colours.muted };
  const all: Borders = [true, true, true, true];
  return {
    table: {
      widths: ['*', '*', 38, 118],
      body: [
        [cell(b.bankName, [true, true, true, false], { colSpan: 2 }), {}, cell(w.bic, all), cell(b.bic, [true, true, true, false])],
        [cell(w.bank, [true, false, true, true], { colSpan: 2, ...small, margin: [0, 12, 0, 0] }), {}, cell(w.account, [true, true, true, true]), cell(b.corrAccount, [true, false, true, true])],
        [
          cell(inv.seller.inn ? `${w.inn} ${inv.seller.inn}` : w.inn, all),
          cell(inv.seller.kpp ? `${w.kpp} ${inv.seller.kpp}` : w.kpp, all),
          cell(w.account, all, { rowSpan: 2 }),
          cell(b.account, all, { rowSpan: 2 }),
        ],
        [{ stack: [{ text: inv.seller.name }, { text: w.payee, ...small, margin: [0, 14, 0, 0] }], colSpan: 2, border: all }, {}, {}, {}],
      ],
    },
    layout: { ...gridLayout, fillColor: () => null, hLineColor: () => colours.text, vLineColor: () => colours.text, paddingTop: () => 2.5, paddingBottom: () => 2.5 },
  };
}

/** The payment purpose for the QR code: what the bank statement will say (always in Russian). */
function purposeOf(inv: InvoicePrint): string {
  if (inv.purpose.trim()) return inv.purpose;
  const vat = inv.totals.vatMode === 'none' ? ', без НДС' : `, в т.ч. НДС ${money(inv.totals.vatMinor, 'ru')} руб.`;
  return `Оплата по счёту № ${inv.number} от ${businessDate(inv.date, 'ru')}${vat}`;
}

/** The GOST QR payload of an invoice: our bank details, the amount and the purpose. */
export function invoicePayload(inv: InvoicePrint): string {
  const b = inv.seller.bank;
  return gostPayload({
    name: inv.seller.name,
    account: b.account,
    bankName: b.bankName,
    bic: b.bic,
    corrAccount: b.corrAccount,
    sumMinor: inv.totals.totalMinor,
    purpose: purposeOf(inv),
    payeeInn: inv.seller.inn ?? undefined,
    kpp: inv.seller.kpp ?? undefined,
  });
}

/** What the invoice is for: the work order, or the rental deal. */
function basis(inv: InvoicePrint, lang: Lang): Content | null {
  const w = words[lang];
  if (inv.workOrderNumber) return { text: unbroken(w.workOrder(inv.workOrderNumber), [inv.workOrderNumber]) };
  if (inv.dealNumber) return { text: unbroken(w.deal(inv.dealNumber), [inv.dealNumber]) };
  return null;
}

function totals(inv: InvoicePrint, lang: Lang): TotalRow[] {
  const w = words[lang];
  const t = inv.totals;
  const rate = percentBp(t.vatRateBp, lang);
  const total = money(t.totalMinor, lang);
  switch (t.vatMode) {
    case 'none':
      return [{ label: w.total, value: total, bold: true }, { label: w.vatNone, value: '—', bold: true }, { label: w.payable, value: total, bold: true }];
    case 'included':
      return [{ label: w.total, value: total, bold: true }, { label: w.vatIncluded(rate), value: money(t.vatMinor, lang), bold: true }, { label: w.payable, value: total, bold: true }];
    case 'on_top':
      return [{ label: w.total, value: money(t.totalMinor - t.vatMinor, lang), bold: true }, { label: w.vatOnTop(rate), value: money(t.vatMinor, lang), bold: true }, { label: w.payable, value: total, bold: true }];
  }
}

export async function renderInvoice(inv: InvoicePrint, lang: Lang): Promise<Buffer> {
  const w = words[lang];
  const qr = await paymentQrSvg(invoicePayload(inv));
  const docTitle = w.title(inv.number, longDate(inv.date, lang));
  const [no, name, qty, unit, price, amount] = w.columns;
  const columns: Column[] = [
    { header: no, width: 18, align: 'center' },
    { header: name, width: '*' },
    { header: qty, width: 42, align: 'right' },
    { header: unit, width: 34, align: 'center' },
    { header: price, width: 62, align: 'right' },
    { header: amount, width: 66, align: 'right' },
  ];
  const rows = inv.lines.map((l) => [String(l.no), l.name, quantity(l.quantityX1000, lang), unitName(l.unit, lang), money(l.priceMinor, lang), money(l.amountMinor, lang)]);
  const bold = (text: string): Content => ({ text, bold: true });
  const s = inv.signatories;
  const content: Content[] = [
    {
      columns: [
        { width: contentWidth - qrSize - qrGap, stack: [bankBox(inv, lang)] },
        { width: qrSize, stack: [{ svg: qr, width: qrSize, height: qrSize }, { text: w.qr, fontSize: 6.5, color: colours.muted, alignment: 'center', margin: [0, 3, 0, 0] }] },
      ],
      columnGap: qrGap,
    },
    { text: unbroken(docTitle, [inv.number]), bold: true, fontSize: 13, margin: [0, 14, 0, 4] },
    rule(0, 8, 1.5),
    labelled([
      [w.supplier, bold(partyText(inv.seller, lang))],
      [w.buyer, bold(partyText(inv.payer, lang))],
      [w.basis, basis(inv, lang)],
    ]),
    { ...lineTable(columns, rows, { fontSize: 8.5 }), margin: [0, 4, 0, 0] },
    totalsTable(totals(inv, lang), 260),
    {
      stack: [
        paragraph(w.summary(inv.lines.length, money(inv.totals.totalMinor, lang)), { top: 6 }),
        { text: amountInWords(inv.totals.totalMinor, lang), bold: true, margin: [0, 1, 0, 0] },
        inv.dueDate ? paragraph(w.due(businessDate(inv.dueDate, lang)), { top: 6 }) : { text: '' },
        paragraph(w.notice, { top: 2, fontSize: 7.5, muted: true }),
        rule(8, 0, 1.5),
        signatures([{ role: w.head, name: s?.head, stamp: true }, { role: w.accountant, name: s?.accountant }], lang, 12),
      ],
      unbreakable: true,
    },
  ];
  return renderPdf(page({ lang, title: docTitle, reference: docTitle, number: inv.number, content }));
}
