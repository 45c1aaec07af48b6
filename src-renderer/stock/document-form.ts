import type { TFunction } from 'i18next';
import { ApiCallError, type ApiInput } from '../api/client';
import { moneyText, parseMoney, parseQty, qtyText } from './stock-numbers';
import type { EditableKind } from './stock-route';
import type { LineItem, StockDoc, StockItem, Warehouse } from './stock-types';

/** A line as edited: text for the number boxes, so "1,5" stays as typed until saved. */
export type DocLine = LineItem & { key: string; qty: string; price: string; counted: string };

export type DocFormValues = {
  supplier: { id: string; name: string } | null;
  supplierDocNumber: string;
  date: string;
  fromWarehouseId: string | null;
  toWarehouseId: string | null;
  note: string;
  lines: DocLine[];
};

let lineKey = 0;
const newKey = () => `line-${++lineKey}`;

/** Which warehouses a kind of document names (as the back end checks them). */
export const usesFrom = (kind: EditableKind) => kind === 'transfer' || kind === 'write_off';
export const usesTo = (kind: EditableKind) => kind === 'receipt' || kind === 'transfer' || kind === 'count';

/** A new document: today, and the usual warehouses (goods arrive at the store and go to the workshop). */
export function emptyDoc(kind: EditableKind, warehouses: Warehouse[], today: string): DocFormValues {
  const store = warehouses.find((w) => w.kind === 'store')?.id ?? warehouses[0]?.id ?? null;
  const workshop = warehouses.find((w) => w.kind === 'workshop' && w.id !== store)?.id ?? warehouses.find((w) => w.id !== store)?.id ?? null;
  return {
    supplier: null,
    supplierDocNumber: '',
    date: today,
    fromWarehouseId: usesFrom(kind) ? store : null,
    toWarehouseId: kind === 'transfer' ? workshop : usesTo(kind) ? store : null,
    note: '',
    lines: [],
  };
}

export function docValues(doc: StockDoc, locale: string): DocFormValues {
  return {
    supplier: doc.supplier,
    supplierDocNumber: doc.supplierDocNumber ?? '',
    date: doc.date,
    fromWarehouseId: doc.fromWarehouseId,
    toWarehouseId: doc.toWarehouseId,
    note: doc.note ?? '',
    lines: doc.lines.map((l) => ({
      key: newKey(),
      itemId: l.itemId,
      name: l.name,
      article: l.article,
      unit: l.unit,
      qty: l.qtyX1000 ? qtyText(l.qtyX1000, locale) : '',
      price: moneyText(l.priceMinor, locale),
      counted: l.countedX1000 === null ? '' : qtyText(l.countedX1000, locale),
    })),
  };
}

/** A line for an item just scanned or chosen. */
export function lineFor(item: StockItem, locale: string, fields: Partial<Pick<DocLine, 'qty' | 'counted'>> = {}): DocLine {
  return {
    key: newKey(),
    itemId: item.id,
    name: item.name,
    article: item.article,
    unit: item.unit,
    qty: '',
    price: moneyText(item.purchasePriceMinor, locale),
    counted: '',
    ...fields,
  };
}

type DocInput = Omit<ApiInput<'stockDocs.create'>, 'kind' | 'post'>;

/** The API input, or the form errors that stop it. Line indices stay as on screen. */
export function docInput(kind: EditableKind, v: DocFormValues, t: TFunction): { input: DocInput } | { errors: Record<string, string> } {
  const errors: Record<string, string> = {};
  const unitWord = (l: DocLine) => t(`stock.unit.${l.unit}`);
  const lines = v.lines.map((l, i) => {
    if (kind === 'count') {
      const counted = parseQty(l.counted, l.unit, true);
      if ('problem' in counted) errors[`lines.${i}.counted`] = t(`stock.qty.${counted.problem}`, { unit: unitWord(l) });
      return { itemId: l.itemId, countedX1000: 'x1000' in counted ? counted.x1000 : 0 };
    }
    const qty = parseQty(l.qty, l.unit);
    if ('problem' in qty) errors[`lines.${i}.qty`] = t(`stock.qty.${qty.problem}`, { unit: unitWord(l) });
    const line: DocInput['lines'][number] = { itemId: l.itemId, qtyX1000: 'x1000' in qty ? qty.x1000 : 0 };
    if (kind === 'receipt') {
      const price = parseMoney(l.price);
      if (price === undefined) errors[`lines.${i}.price`] = t('stock.money.invalid');
      if (price != null) line.priceMinor = price;
    }
    return line;
  });
  if (Object.keys(errors).length) return { errors };
  return {
    input: {
      date: v.date || undefined,
      supplierId: kind === 'receipt' ? (v.supplier?.id ?? null) : null,
      supplierDocNumber: kind === 'receipt' ? v.supplierDocNumber : null,
      fromWarehouseId: usesFrom(kind) ? v.fromWarehouseId : null,
      toWarehouseId: usesTo(kind) ? v.toWarehouseId : null,
      note: v.note,
      lines,
    },
  };
}

/** The same checks per box, shown when the cursor leaves it. */
export function lineRules(kind: EditableKind, t: TFunction) {
  const check = (text: string, values: DocFormValues, path: string, allowZero: boolean) => {
    const line = values.lines[Number(path.split('.')[1])];
    if (!line || (!text.trim() && !allowZero)) return null;
    const r = parseQty(text, line.unit, allowZero);
    return 'problem' in r ? t(`stock.qty.${r.problem}`, { unit: t(`stock.unit.${line.unit}`) }) : null;
  };
  return {
    lines: {
      qty: (text: string, values: DocFormValues, path: string) => (kind === 'count' ? null : check(text, values, path, false)),
      counted: (text: string, values: DocFormValues, path: string) => (kind === 'count' ? check(text, values, path, true) : null),
      price: (text: string) => (kind === 'receipt' && parseMoney(text) === undefined ? t('stock.money.invalid') : null),
    },
  };
}

const fieldOfLine: Record<string, string> = { qtyX1000: 'qty', priceMinor: 'price', countedX1000: 'counted' };

/** The back end's field paths ("lines.0.qtyX1000", "supplierId") → this form's. */
export function docFormErrors(error: unknown, kind: EditableKind): Record<string, string> {
  if (!(error instanceof ApiCallError)) return {};
  const out: Record<string, string> = {};
  for (const [path, message] of Object.entries(error.fields)) {
    const line = /^lines\.(\d+)\.(\w+)$/.exec(path);
    // A count's lines have one box: whatever is wrong with the line is wrong with it.
    if (line) out[`lines.${line[1]}.${kind === 'count' ? 'counted' : (fieldOfLine[line[2]] ?? 'qty')}`] = message;
    else if (path === 'supplierId') out.supplier = message;
    else out[path] = message;
  }
  return out;
}
