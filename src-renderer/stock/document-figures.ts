import type { DocFormValues } from './document-form';
import type { EditableKind } from './stock-route';
import { averageCost, lineValue, parseMoney, parseQty } from './stock-numbers';
import type { StockDoc, StockItem } from './stock-types';

/** What a line shows besides its boxes; null where it cannot be known (yet). */
export type LineFigures = {
  qtyX1000: number | null;
  priceMinor: number | null;
  /** Receipt: qty × price. Posted: the ledger's cost value. Count: the difference at cost. */
  valueMinor: number | null;
  /** Transfer and write-off drafts: what the source warehouse has available. */
  availableX1000: number | null;
  short: boolean;
  bookX1000: number | null;
  countedX1000: number | null;
  diffX1000: number | null;
};

const parsed = (text: string, unit: StockItem['unit'], allowZero = false) => {
  const r = parseQty(text, unit, allowZero);
  return 'x1000' in r ? r.x1000 : null;
};

/**
 * Per-line figures. A draft uses current balances (a count's book quantity is today's); a
 * posted document what it recorded: the book quantity on its lines and values in its moves.
 */
export function lineFigures(kind: EditableKind, v: DocFormValues, stock: ReadonlyMap<string, StockItem>, doc?: StockDoc): LineFigures[] {
  const posted = !!doc && doc.status !== 'draft';
  const movedValue = (itemId: string, warehouseId: string | null) => doc?.moves.filter((m) => m.itemId === itemId && m.warehouseId === warehouseId).reduce((s, m) => s + m.valueMinor, 0) ?? 0;
  const at = (itemId: string, warehouseId: string | null) => {
    const item = stock.get(itemId);
    if (!item) return null;
    return { item, w: item.warehouses.find((x) => x.warehouseId === warehouseId) };
  };

  return v.lines.map((line, i) => {
    const qtyX1000 = parsed(line.qty, line.unit);
    const priceMinor = parseMoney(line.price) ?? null;
    const f: LineFigures = { qtyX1000, priceMinor, valueMinor: null, availableX1000: null, short: false, bookX1000: null, countedX1000: null, diffX1000: null };
    switch (kind) {
      case 'receipt':
        f.valueMinor = qtyX1000 !== null && priceMinor !== null ? lineValue(qtyX1000, priceMinor) : null;
        break;
      case 'transfer':
      case 'write_off':
        if (posted) f.valueMinor = kind === 'transfer' ? movedValue(line.itemId, v.toWarehouseId) : -movedValue(line.itemId, v.fromWarehouseId);
        else {
          const here = at(line.itemId, v.fromWarehouseId);
          f.availableX1000 = here ? (here.w?.availableX1000 ?? 0) : null;
          f.short = f.availableX1000 !== null && qtyX1000 !== null && qtyX1000 > f.availableX1000;
        }
        break;
      case 'count': {
        if (posted) {
          const recorded = doc.lines[i];
          f.bookX1000 = recorded?.qtyX1000 ?? null;
          f.countedX1000 = recorded?.countedX1000 ?? null;
          f.valueMinor = movedValue(line.itemId, v.toWarehouseId);
        } else {
          const here = at(line.itemId, v.toWarehouseId);
          f.bookX1000 = here ? (here.w?.onHandX1000 ?? 0) : null;
          f.countedX1000 = parsed(line.counted, line.unit, true);
        }
        f.diffX1000 = f.bookX1000 !== null && f.countedX1000 !== null ? f.countedX1000 - f.bookX1000 : null;
        if (!posted && f.diffX1000) {
          // As posting will value it: at the average cost, or the purchase price when none is held.
          const here = at(line.itemId, v.toWarehouseId);
          const book = here?.w && here.w.onHandX1000 > 0 ? averageCost(here.w.onHandX1000, here.w.valueMinor) : (here?.item.purchasePriceMinor ?? 0);
          f.valueMinor = lineValue(f.diffX1000, book);
        }
        break;
      }
    }
    return f;
  });
}

export type DocTotals = { valueMinor: number; differences: number; surplusMinor: number; shortageMinor: number };

export function docTotals(figures: LineFigures[]): DocTotals {
  const totals: DocTotals = { valueMinor: 0, differences: 0, surplusMinor: 0, shortageMinor: 0 };
  for (const f of figures) {
    totals.valueMinor += f.valueMinor ?? 0;
    if (f.diffX1000) totals.differences++;
    if ((f.valueMinor ?? 0) > 0) totals.surplusMinor += f.valueMinor ?? 0;
    else totals.shortageMinor += f.valueMinor ?? 0;
  }
  return totals;
}
