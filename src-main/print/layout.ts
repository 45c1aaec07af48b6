/**
 * The pieces every printed document is built from: the page, our legal entity's header, the
 * title, party and vehicle blocks, line tables, totals with VAT, the amount in words and the
 * signature lines. One look for all documents, in Russian and English.
 */
import type { Content, ContentStack, ContentTable, ContentText, CustomTableLayout, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import { amountInWords } from './amount-in-words';
import { keepTogether, km, money, nbsp, percent, percentBp } from './format';
import type { LabourLine, Lang, Party, PartLine, PrintVehicle, Totals } from './model';

// Documents use only the regular and medium faces: every extra face is another font to parse
// and embed in each render.
export const colours = { text: '#111111', muted: '#666666', rule: '#9a9a9a', head: '#ececec', soft: '#f6f6f6', mark: '#c62828' };

/** Content width of an A4 page with our margins (595.28 − 2 × 36). */
export const contentWidth = 523;
const margin = 36;

const words = {
  ru: {
    inn: 'ИНН', kpp: 'КПП', ogrn: 'ОГРН', phone: 'тел.', account: 'р/с', in: 'в', bic: 'БИК', corr: 'к/с',
    page: (n: number, count: number) => `Стр. ${n} из ${count}`,
    signature: 'подпись', decoding: 'расшифровка подписи', stamp: 'М.П.',
    make: 'Марка, модель', year: 'Год выпуска', vin: 'VIN', plate: 'Госномер', colour: 'Цвет', mileage: 'Пробег',
    labour: 'Работы', parts: 'Запчасти и материалы', discount: 'Скидка (учтена в суммах)',
    total: 'Итого', totalBeforeVat: 'Итого без НДС', totalWithVat: 'Всего с НДС',
    vatNone: 'Без НДС', vatIncluded: (rate: string) => `В том числе НДС ${rate}`, vatOnTop: (rate: string) => `НДС ${rate}`,
    paid: 'Оплачено', due: 'К оплате', inWords: 'Сумма прописью:',
    customerSupplied: 'материал заказчика',
  },
  en: {
    inn: 'INN', kpp: 'KPP', ogrn: 'OGRN', phone: 'tel.', account: 'acc.', in: 'at', bic: 'BIC', corr: 'corr. acc.',
    page: (n: number, count: number) => `Page ${n} of ${count}`,
    signature: 'signature', decoding: 'name', stamp: 'Seal',
    make: 'Make, model', year: 'Year', vin: 'VIN', plate: 'Plate', colour: 'Colour', mileage: 'Mileage',
    labour: 'Labour', parts: 'Parts and materials', discount: 'Discount (included above)',
    total: 'Total', totalBeforeVat: 'Total before VAT', totalWithVat: 'Total incl. VAT',
    vatNone: 'No VAT', vatIncluded: (rate: string) => `Including VAT ${rate}`, vatOnTop: (rate: string) => `VAT ${rate}`,
    paid: 'Paid', due: 'Amount due', inWords: 'Amount in words:',
    customerSupplied: "customer's part",
  },
} as const;

export function commonWords(lang: Lang) {
  return words[lang];
}

/**
 * Text in which the given tokens (document numbers) stay whole. pdfmake breaks words at hyphens,
 * so «А-K7-000123» could wrap after «А-» and would reach the PDF as separate pieces.
 */
export function unbroken(raw: string, tokens: (string | null | undefined)[]): ContentText['text'] {
  const text = raw.replace(/№ /g, `№${nbsp}`);
  const keep = [...new Set(tokens.filter((t): t is string => !!t && text.includes(t)))].sort((a, b) => b.length - a.length);
  if (!keep.length) return text;
  const pattern = new RegExp(`(${keep.map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})`);
  return text
    .split(pattern)
    .filter(Boolean)
    .map((part) => (keep.includes(part) ? { text: part, noWrap: true } : part));
}

/** A whole A4 document: margins, fonts, page numbers when there is more than one page. */
export function page(opts: { lang: Lang; title: string; reference: string; number?: string; content: Content[] }): TDocumentDefinitions {
  const w = words[opts.lang];
  return {
    pageMargins: [margin, 30, margin, 40],
    info: { title: opts.title, creator: 'Garage Desk', producer: 'Garage Desk' },
    defaultStyle: { font: 'Roboto', fontSize: 8.5, lineHeight: 1.1, color: colours.text },
    content: opts.content,
    footer: (current: number, count: number): Content =>
      count > 1
        ? { columns: [{ text: unbroken(opts.reference, [opts.number]) }, { text: w.page(current, count), alignment: 'right' }], margin: [margin, 14, margin, 0], fontSize: 7, color: colours.muted }
        : { text: '' },
  };
}

/** "ИНН 7707083893, КПП 773601001" and so on, for whatever the party has. */
export function partyIds(party: Party, lang: Lang, withOgrn = false): string[] {
  const w = words[lang];
  const ids: string[] = [];
  if (party.inn) ids.push(`${w.inn}${nbsp}${party.inn}`);
  if (party.kpp) ids.push(`${w.kpp}${nbsp}${party.kpp}`);
  if (withOgrn && party.ogrn) ids.push(`${w.ogrn}${nbsp}${party.ogrn}`);
  return ids;
}

/** A party in one line: name, ids, address, phone(s). */
export function partyText(party: Party & { phones?: string[] }, lang: Lang): string {
  const w = words[lang];
  const phones = [...new Set([party.phone, ...(party.phones ?? [])].filter((p): p is string => !!p))];
  return keepTogether([party.name, ...partyIds(party, lang), party.address, phones.length ? `${w.phone} ${phones.join(', ')}` : null].filter(Boolean).join(', '));
}

/** «р/с 40702… в ПАО Сбербанк, БИК 044525225, к/с 30101…», or null without bank details. */
export function bankText(party: Party, lang: Lang): string | null {
  const b = party.bank;
  if (!b) return null;
  const w = words[lang];
  return keepTogether([`${w.account}${nbsp}${b.account}${b.bankName ? ` ${w.in} ${b.bankName}` : ''}`, `${w.bic}${nbsp}${b.bic}`, b.corrAccount ? `${w.corr}${nbsp}${b.corrAccount}` : null].filter(Boolean).join(', '));
}

/** Our legal entity at the top of the page, with a rule under it; with its bank details when asked. */
export function sellerHeader(seller: Party, lang: Lang, opts: { bank?: boolean } = {}): Content {
  const w = words[lang];
  const ids = partyIds(seller, lang, true).join('   ');
  const contacts = keepTogether([seller.address, seller.phone ? `${w.phone} ${seller.phone}` : null].filter(Boolean).join('   '));
  const bank = opts.bank ? bankText(seller, lang) : null;
  const lines: Content[] = [{ text: seller.name, bold: true, fontSize: 11 }];
  if (ids) lines.push({ text: ids, fontSize: 7.5, margin: [0, 2, 0, 0] });
  if (contacts) lines.push({ text: contacts, fontSize: 7.5, color: colours.muted });
  if (bank) lines.push({ text: bank, fontSize: 7.5, color: colours.muted });
  return { stack: [...lines, rule(6)] };
}

/** A thin horizontal line across the page. */
export function rule(top = 4, bottom = 0, weight = 0.6): Content {
  return { canvas: [{ type: 'line', x1: 0, y1: 0, x2: contentWidth, y2: 0, lineWidth: weight, lineColor: colours.rule }], margin: [0, top, 0, bottom] };
}

/** The document's title, centred, with an optional line under it ("to work order No. …"); `number` never breaks. */
export function title(text: string, subtitle?: string | null, number?: string): Content {
  return {
    stack: [
      { text: unbroken(text, [number]), bold: true, fontSize: 13, alignment: 'center' },
      subtitle ? { text: unbroken(subtitle, [number]), alignment: 'center', fontSize: 8.5, color: colours.muted, margin: [0, 2, 0, 0] } : { text: '' },
    ],
    margin: [0, 10, 0, 8],
  };
}

/** A small heading above a block. */
export function heading(text: string): Content {
  return { text, bold: true, fontSize: 9, margin: [0, 8, 0, 3] };
}

const noBorders: CustomTableLayout = {
  hLineWidth: () => 0,
  vLineWidth: () => 0,
  paddingLeft: (i) => (i === 0 ? 0 : 4),
  paddingRight: () => 4,
  paddingTop: () => 1,
  paddingBottom: () => 1,
};

/** Label / value rows without borders: «Заказчик: Иванов И. И., тел. …». */
export function labelled(rows: [label: string, value: Content | string | null | undefined][]): Content {
  const body = rows
    .filter(([, value]) => value !== null && value !== undefined && value !== '')
    .map(([label, value]): TableCell[] => [{ text: label, color: colours.muted, noWrap: true }, typeof value === 'string' ? { text: value } : (value as TableCell)]);
  if (!body.length) return { text: '' };
  return { table: { widths: ['auto', '*'], body }, layout: noBorders, margin: [0, 0, 0, 4] };
}

const fieldLayout: CustomTableLayout = {
  hLineWidth: () => 0.5,
  vLineWidth: () => 0.5,
  hLineColor: () => colours.rule,
  vLineColor: () => colours.rule,
  paddingLeft: () => 4,
  paddingRight: () => 4,
  paddingTop: () => 2,
  paddingBottom: () => 2,
};

export type Field = { label: string; value: string | null | undefined; width?: number | '*' | 'auto'; bold?: boolean };

/** Form-like boxes in one row: a small grey label over each value. Missing values print as a dash. */
export function fields(items: Field[], gap = 6): Content {
  return {
    table: {
      widths: items.map((f) => f.width ?? '*'),
      body: [
        items.map((f): TableCell => ({
          stack: [
            { text: f.label, fontSize: 6.5, color: colours.muted },
            { text: f.value || '—', bold: f.bold, fontSize: 9, margin: [0, 1, 0, 0] },
          ],
        })),
      ],
    },
    layout: fieldLayout,
    margin: [0, 0, 0, gap],
  };
}

/** The car: make and model, year, VIN, plate, colour, mileage (the order's, if given). */
export function vehicleFields(vehicle: PrintVehicle | null, lang: Lang, mileageKm?: number | null): Content {
  const w = words[lang];
  const mileage = mileageKm ?? vehicle?.mileageKm ?? null;
  return fields([
    { label: w.make, value: vehicle ? `${vehicle.make} ${vehicle.model}`.trim() : null, width: '*', bold: true },
    { label: w.year, value: vehicle?.year ? String(vehicle.year) : null, width: 46 },
    { label: w.vin, value: vehicle?.vin, width: 118 },
    { label: w.plate, value: vehicle?.plate, width: 66, bold: true },
    { label: w.colour, value: vehicle?.colour, width: 58 },
    { label: w.mileage, value: mileage === null ? null : km(mileage, lang), width: 62 },
  ]);
}

export type Column = { header: string; width: number | '*' | 'auto'; align?: 'left' | 'right' | 'center' };

export const gridLayout: CustomTableLayout = {
  hLineWidth: () => 0.5,
  vLineWidth: () => 0.5,
  hLineColor: () => colours.rule,
  vLineColor: () => colours.rule,
  paddingLeft: () => 3,
  paddingRight: () => 3,
  paddingTop: () => 2,
  paddingBottom: () => 2,
  fillColor: (row) => (row === 0 ? colours.head : null),
};

/**
 * A numbered line table whose header row repeats on every page. Cells are strings or pdfmake
 * cells; each column's alignment applies to plain strings.
 */
export function lineTable(columns: Column[], rows: (string | TableCell)[][], opts: { fontSize?: number } = {}): ContentTable {
  const header = columns.map((c): TableCell => ({ text: c.header, bold: true, fontSize: 7.5, alignment: 'center' }));
  const body = rows.map((row) => row.map((cell, i): TableCell => (typeof cell === 'string' ? { text: cell, alignment: columns[i].align ?? 'left' } : cell)));
  return {
    table: { headerRows: 1, dontBreakRows: true, widths: columns.map((c) => c.width), body: [header, ...body] },
    layout: gridLayout,
    fontSize: opts.fontSize ?? 8,
  };
}

/** Whether the payer is someone other than the customer (an insurer, a fleet company). */
export function payerDiffers(customer: Party, payer: Party): boolean {
  return customer.name.trim() !== payer.name.trim() || (customer.inn ?? '') !== (payer.inn ?? '');
}

/** The mechanics of a labour line with their shares, one per line. */
export function mechanicsCell(line: LabourLine, lang: Lang): TableCell {
  return { stack: line.mechanics.map((m) => ({ text: `${m.name} — ${percent(m.sharePct, lang)}` })), fontSize: 7 };
}

const spanned = (first: ContentText, span: number): TableCell[] => [span > 1 ? { ...first, colSpan: span } : first, ...Array.from({ length: span - 1 }, (): TableCell => ({}))];

/** A last table row: a label over the first `span` columns, the figure over `valueSpan`, then empty cells. */
export function subtotalRow(span: number, label: string, value: string, after = 0, valueSpan = 1): TableCell[] {
  return [
    ...spanned({ text: label, alignment: 'right', bold: true }, span),
    ...spanned({ text: value, alignment: 'right', bold: true, noWrap: true }, valueSpan),
    ...Array.from({ length: after }, (): TableCell => ({ text: '' })),
  ];
}

/** The part's name, with the customer's-part note under it. */
export function partName(p: PartLine, lang: Lang): TableCell {
  return p.customerSupplied
    ? { stack: [{ text: p.name }, { text: words[lang].customerSupplied, fontSize: 7, color: colours.muted }] }
    : { text: p.name };
}

export type TotalRow = { label: string; value: string; bold?: boolean };

/** Totals, right-aligned under a table: label and figure per row. */
export function totalsTable(rows: TotalRow[], width = 250): Content {
  return {
    columns: [
      { width: '*', text: '' },
      {
        width,
        table: {
          widths: ['*', 'auto'],
          body: rows.map((r): TableCell[] => [
            { text: r.label, alignment: 'right', bold: r.bold },
            { text: r.value, alignment: 'right', bold: r.bold, noWrap: true },
          ]),
        },
        layout: { ...noBorders, paddingLeft: () => 4, paddingTop: () => 1.5, paddingBottom: () => 1.5 },
      },
    ],
    margin: [0, 4, 0, 0],
  };
}

/** VAT rows for a total, per the entity's VAT mode. */
export function vatRows(t: Pick<Totals, 'vatMode' | 'vatRateBp' | 'vatMinor' | 'totalMinor'>, lang: Lang, totalLabel?: string): TotalRow[] {
  const w = words[lang];
  const rate = percentBp(t.vatRateBp, lang);
  switch (t.vatMode) {
    case 'none':
      return [{ label: `${totalLabel ?? w.total}:`, value: money(t.totalMinor, lang), bold: true }, { label: `${w.vatNone}`, value: '—' }];
    case 'included':
      return [{ label: `${totalLabel ?? w.total}:`, value: money(t.totalMinor, lang), bold: true }, { label: `${w.vatIncluded(rate)}:`, value: money(t.vatMinor, lang) }];
    case 'on_top':
      return [
        { label: `${w.totalBeforeVat}:`, value: money(t.totalMinor - t.vatMinor, lang) },
        { label: `${w.vatOnTop(rate)}:`, value: money(t.vatMinor, lang) },
        { label: `${totalLabel ?? w.totalWithVat}:`, value: money(t.totalMinor, lang), bold: true },
      ];
  }
}

/** The work order's money: labour, parts, discount, VAT, total and, optionally, paid and due. */
export function orderTotals(t: Totals, lang: Lang, opts: { payments: boolean; totalLabel?: string }): Content {
  const w = words[lang];
  const rows: TotalRow[] = [
    { label: `${w.labour}:`, value: money(t.labourMinor, lang) },
    { label: `${w.parts}:`, value: money(t.partsMinor, lang) },
  ];
  if (t.discountMinor) rows.push({ label: `${w.discount}:`, value: money(t.discountMinor, lang) });
  rows.push(...vatRows(t, lang, opts.totalLabel));
  if (opts.payments && t.paidMinor) {
    rows.push({ label: `${w.paid}:`, value: money(t.paidMinor, lang) }, { label: `${w.due}:`, value: money(t.dueMinor, lang), bold: true });
  }
  return totalsTable(rows);
}

/** «Сумма прописью: Одна тысяча … копеек», the words in bold. */
export function inWords(minor: number, lang: Lang, label?: string): Content {
  return { text: [{ text: `${label ?? words[lang].inWords} ` }, { text: amountInWords(minor, lang), bold: true }], margin: [0, 6, 0, 0] };
}

export type Signer = { role: string; name?: string | null; stamp?: boolean };

function signatureCell(s: Signer, lang: Lang): ContentStack {
  const w = words[lang];
  const none: [boolean, boolean, boolean, boolean] = [false, false, false, false];
  const line: [boolean, boolean, boolean, boolean] = [false, false, false, true];
  const caption = (text: string): TableCell => ({ text, fontSize: 6, color: colours.muted, alignment: 'center', border: none });
  return {
    stack: [
      {
        // Signature and name on separate lines with a gap between, as on paper forms.
        table: {
          widths: ['auto', 66, 4, '*'],
          body: [
            [
              { text: s.role, bold: true, margin: [0, 8, 0, 0], border: none },
              { text: ' ', border: line, margin: [0, 8, 0, 0] },
              { text: '', border: none },
              { text: s.name ?? ' ', alignment: 'center', border: line, margin: [0, 8, 0, 0] },
            ],
            [{ text: '', border: none }, caption(w.signature), { text: '', border: none }, caption(w.decoding)],
          ],
        },
        layout: { hLineWidth: () => 0.5, vLineWidth: () => 0, hLineColor: () => colours.text, paddingLeft: (i) => (i === 0 ? 0 : 2), paddingRight: (i) => (i === 0 ? 6 : 2), paddingTop: () => 0, paddingBottom: () => 1 },
      },
      s.stamp ? { text: w.stamp, fontSize: 7.5, color: colours.muted, margin: [0, 4, 0, 0] } : { text: '' },
    ],
  };
}

/** Signature lines side by side: «Исполнитель ______ / name /», «Заказчик ______ / name /». */
export function signatures(signers: Signer[], lang: Lang, top = 14): Content {
  return { columns: signers.map((s) => ({ width: '*', ...signatureCell(s, lang) })), columnGap: 24, margin: [0, top, 0, 0], unbreakable: true };
}

/** A paragraph of plain text. */
export function paragraph(text: string, opts: { top?: number; muted?: boolean; fontSize?: number } = {}): Content {
  return { text, color: opts.muted ? colours.muted : undefined, fontSize: opts.fontSize, margin: [0, opts.top ?? 4, 0, 0] };
}

/** A numbered or bulleted list, or nothing. (New nodes: pdfmake writes into the list it is given.) */
export function list(items: string[], numbered = true): Content {
  if (!items.length) return { text: '' };
  const nodes = items.map((text) => ({ text }));
  return numbered ? { ol: nodes, margin: [0, 0, 0, 2] } : { ul: nodes, margin: [0, 0, 0, 2] };
}

/** Blank ruled lines to write on by hand. */
export function writingLines(count: number, gap = 16): Content {
  return { canvas: Array.from({ length: count }, (_, i) => ({ type: 'line' as const, x1: 0, y1: gap * (i + 1), x2: contentWidth, y2: gap * (i + 1), lineWidth: 0.4, lineColor: colours.rule })) };
}
