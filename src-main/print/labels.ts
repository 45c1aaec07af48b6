import bwipjs from 'bwip-js/node';
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { renderPdf } from './pdf';
import type { Locale } from '../i18n/messages';

export type LabelItem = { name: string; article: string | null; brand: string | null; unit: string; priceMinor: number; barcode: string | null; fallbackCode: string };

const unitNames: Record<Locale, Record<string, string>> = {
  en: { pcs: 'pcs', l: 'l', kg: 'kg', m: 'm', set: 'set' },
  ru: { pcs: 'шт.', l: 'л', kg: 'кг', m: 'м', set: 'компл.' },
};

function isEan13(code: string): boolean {
  if (!/^\d{13}$/.test(code)) return false;
  const digits = [...code].map(Number);
  const sum = digits.slice(0, 12).reduce((s, d, i) => s + d * (i % 2 ? 3 : 1), 0);
  return (10 - (sum % 10)) % 10 === digits[12];
}

/** The barcode as SVG: EAN-13 when the code is one, otherwise Code 128 (ASCII only). */
export function barcodeSvg(code: string): string {
  return bwipjs.toSVG({ bcid: isEan13(code) ? 'ean13' : 'code128', text: code, height: 9, includetext: true, textxalign: 'center', textsize: 8 });
}

function labelCode(item: LabelItem): string {
  const candidate = item.barcode ?? item.article?.replace(/\s+/g, '') ?? '';
  return /^[\x20-\x7e]{1,40}$/.test(candidate) ? candidate : item.fallbackCode;
}

function money(minor: number, locale: Locale): string {
  return new Intl.NumberFormat(locale === 'ru' ? 'ru-RU' : 'en-GB', { style: 'currency', currency: 'RUB' }).format(minor / 100);
}

function label(item: LabelItem, locale: Locale): Content {
  return {
    stack: [
      { text: item.name, bold: true, fontSize: 9, maxHeight: 24 } as Content,
      { text: [item.brand, item.article].filter(Boolean).join(' · '), fontSize: 7, color: '#444', margin: [0, 1, 0, 2] },
      { columns: [{ text: money(item.priceMinor, locale), fontSize: 15, bold: true }, { text: `/ ${unitNames[locale][item.unit] ?? item.unit}`, fontSize: 8, alignment: 'right', margin: [0, 5, 0, 0] }] },
      { svg: barcodeSvg(labelCode(item)), width: 150, margin: [0, 3, 0, 0] },
    ],
    margin: [6, 6, 6, 4],
  };
}

/** Shelf/price labels on an A4 sheet of 3 × 7 stickers (70 × 42 mm). */
export function labelsPdf(entries: { item: LabelItem; copies: number }[], locale: Locale): Promise<Buffer> {
  const cells = entries.flatMap((e) => Array.from({ length: e.copies }, () => label(e.item, locale)));
  const rows: Content[][] = [];
  for (let i = 0; i < cells.length; i += 3) rows.push([0, 1, 2].map((j) => cells[i + j] ?? { text: '' }));
  const doc: TDocumentDefinitions = {
    pageMargins: [14, 20, 14, 20],
    info: { title: locale === 'ru' ? 'Ценники' : 'Labels', creator: 'Garage Desk' },
    content: [
      {
        table: { widths: ['*', '*', '*'], heights: 112, dontBreakRows: true, body: rows },
        layout: { hLineColor: '#bbb', vLineColor: '#bbb', hLineWidth: () => 0.5, vLineWidth: () => 0.5, hLineStyle: () => ({ dash: { length: 2 } }), vLineStyle: () => ({ dash: { length: 2 } }) },
      },
    ],
  };
  return renderPdf(doc);
}
