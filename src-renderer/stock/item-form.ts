import type { TFunction } from 'i18next';
import type { ApiInput } from '../api/client';
import { ApiCallError } from '../api/client';
import { moneyText, parseMoney, parseQty, qtyText, type Unit } from './stock-numbers';
import type { ItemDetails, Warehouse } from './stock-types';

/** What the item form edits: text for number boxes (either decimal mark), ids for choices. */
export type ItemFormValues = {
  name: string;
  article: string;
  brand: string;
  unit: Unit;
  groupId: string | null;
  purchasePrice: string;
  byMarkup: boolean;
  salePrice: string;
  vatRateBp: string;
  /** One box per warehouse, in the order of the warehouse list; '' = no minimum. */
  minLevels: { warehouseId: string; qty: string }[];
  barcodes: string[];
  analogueIds: string[];
  notes: string;
};

export const vatRates = [2200, 2000, 1000, 700, 500, 0];

export function itemValues(warehouses: Warehouse[], locale: string, item?: ItemDetails): ItemFormValues {
  const minOf = (warehouseId: string) => item?.warehouses.find((w) => w.warehouseId === warehouseId)?.minQtyX1000 ?? null;
  return {
    name: item?.name ?? '',
    article: item?.article ?? '',
    brand: item?.brand ?? '',
    unit: item?.unit ?? 'pcs',
    groupId: item?.groupId ?? null,
    purchasePrice: item ? moneyText(item.purchasePriceMinor, locale) : '',
    byMarkup: item ? item.salePriceMinor === null : false,
    salePrice: item?.salePriceMinor != null ? moneyText(item.salePriceMinor, locale) : '',
    vatRateBp: String(item?.vatRateBp ?? 2200),
    minLevels: warehouses.map((w) => {
      const min = minOf(w.id);
      return { warehouseId: w.id, qty: min === null ? '' : qtyText(min, locale) };
    }),
    barcodes: item?.barcodes ?? [],
    analogueIds: item?.analogues.map((a) => a.id) ?? [],
    notes: item?.notes ?? '',
  };
}

type ItemInput = ApiInput<'items.create'>;

/**
 * The API input, or the form errors that stop it. `minIndex` maps the position of each sent
 * minimum level back to its box, so the back end's "minLevels.0.minQtyX1000" lands on it.
 */
export function itemInput(v: ItemFormValues, t: TFunction): { input: ItemInput; minIndex: number[] } | { errors: Record<string, string> } {
  const errors: Record<string, string> = {};
  const purchase = parseMoney(v.purchasePrice);
  if (purchase === undefined) errors.purchasePrice = t('stock.money.invalid');
  const sale = v.byMarkup ? null : parseMoney(v.salePrice);
  if (sale === undefined) errors.salePrice = t('stock.money.invalid');
  const minLevels: { warehouseId: string; minQtyX1000: number }[] = [];
  const minIndex: number[] = [];
  v.minLevels.forEach((m, i) => {
    if (!m.qty.trim()) return;
    const parsed = parseQty(m.qty, v.unit, true);
    if ('problem' in parsed) errors[`minLevels.${i}.qty`] = t(`stock.qty.${parsed.problem}`, { unit: t(`stock.unit.${v.unit}`) });
    else {
      minLevels.push({ warehouseId: m.warehouseId, minQtyX1000: parsed.x1000 });
      minIndex.push(i);
    }
  });
  if (Object.keys(errors).length) return { errors };
  return {
    input: {
      name: v.name,
      article: v.article,
      brand: v.brand,
      unit: v.unit,
      groupId: v.groupId,
      purchasePriceMinor: purchase ?? 0,
      salePriceMinor: v.byMarkup ? null : (sale ?? null),
      vatRateBp: Number(v.vatRateBp),
      minLevels,
      barcodes: v.barcodes,
      analogueIds: v.analogueIds,
      notes: v.notes,
    },
    minIndex,
  };
}

/** The back end's field paths → this form's. */
export function itemFormErrors(error: unknown, minIndex: number[], barcodes: string[]): Record<string, string> {
  if (!(error instanceof ApiCallError)) return {};
  const out: Record<string, string> = {};
  for (const [path, message] of Object.entries(error.fields)) {
    const min = /^minLevels\.(\d+)/.exec(path);
    const code = /^barcodes\.(\d+)/.exec(path);
    if (min) out[`minLevels.${minIndex[Number(min[1])] ?? 0}.qty`] = message;
    else if (code) out.barcodes = `${barcodes[Number(code[1])] ?? ''}: ${message}`;
    else if (path === 'purchasePriceMinor') out.purchasePrice = message;
    else if (path === 'salePriceMinor') out.salePrice = message;
    else out[path] = message;
  }
  return out;
}
