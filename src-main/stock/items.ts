import { and, asc, eq, isNull, ne } from 'drizzle-orm';
import type { z } from 'zod';
import type { Ctx } from '../api/define';
import { AppError, fieldError } from '../api/errors';
import { insertRow, updateRow, tombstoneRow, tombstoneChildren, getLive } from '../db/dal';
import type { Db } from '../db/open';
import { prepared } from '../db/prepared';
import { escapeLike } from '../db/like';
import { foldText } from '../validation/text';
import { items, itemBarcodes, itemAnalogues, itemGroups, itemMinLevels, warehouses, wholeUnits } from './schema';
import { type itemCreate, type itemUpdate, type itemSearch, type itemList, type itemHistory } from './inputs';
import { stockQueries } from './queries.sql';
import { articleKey, averageCost } from './ledger';
import { divRound } from '../catalogue/norms';

export type ItemRow = {
  id: string;
  name: string;
  article: string | null;
  brand: string | null;
  unit: 'pcs' | 'l' | 'kg' | 'm' | 'set';
  groupId: string | null;
  groupName: string | null;
  purchasePriceMinor: number;
  salePriceMinor: number | null;
  markupBp: number | null;
  vatRateBp: number;
  active: number;
};
export type WarehouseStock = { warehouseId: string; onHandX1000: number; reservedX1000: number; availableX1000: number; valueMinor: number; minQtyX1000: number | null };
export type ItemWithStock = Omit<ItemRow, 'active' | 'markupBp'> & {
  active: boolean;
  effectiveSalePriceMinor: number;
  onHandX1000: number;
  reservedX1000: number;
  availableX1000: number;
  belowMin: boolean;
  warehouses: WarehouseStock[];
};

/** Sale price: the item's own, or the purchase price with its group's markup. */
export function salePrice(item: { purchasePriceMinor: number; salePriceMinor: number | null; markupBp: number | null }): number {
  return item.salePriceMinor ?? divRound(BigInt(item.purchasePriceMinor) * BigInt(10000 + (item.markupBp ?? 0)), 10000n);
}

/** Items with their balances, reservations and minimum levels per warehouse, in the order of `ids`. */
export function itemsWithStock(db: Db, ids: string[]): ItemWithStock[] {
  if (!ids.length) return [];
  const sqlite = db.$client;
  const idList = JSON.stringify(ids);
  const rows = prepared(sqlite, stockQueries.itemsByIds).all(idList) as ItemRow[];
  const balances = prepared(sqlite, stockQueries.balancesOf).all(idList) as { itemId: string; warehouseId: string; qtyX1000: number; valueMinor: number }[];
  const reserved = prepared(sqlite, stockQueries.reservedOf).all(idList) as { itemId: string; warehouseId: string; qtyX1000: number }[];
  const mins = prepared(sqlite, stockQueries.minLevelsOf).all(idList) as { itemId: string; warehouseId: string; minQtyX1000: number }[];
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids
    .map((id) => byId.get(id))
    .filter((r): r is ItemRow => !!r)
    .map((r) => {
      const whs = new Map<string, WarehouseStock>();
      const at = (warehouseId: string) => {
        let w = whs.get(warehouseId);
        if (!w) whs.set(warehouseId, (w = { warehouseId, onHandX1000: 0, reservedX1000: 0, availableX1000: 0, valueMinor: 0, minQtyX1000: null }));
        return w;
      };
      for (const b of balances) if (b.itemId === r.id && (b.qtyX1000 !== 0 || b.valueMinor !== 0)) Object.assign(at(b.warehouseId), { onHandX1000: b.qtyX1000, valueMinor: b.valueMinor });
      for (const x of reserved) if (x.itemId === r.id) at(x.warehouseId).reservedX1000 = x.qtyX1000;
      for (const m of mins) if (m.itemId === r.id) at(m.warehouseId).minQtyX1000 = m.minQtyX1000;
      const list = [...whs.values()].map((w) => ({ ...w, availableX1000: w.onHandX1000 - w.reservedX1000 }));
      const { markupBp, active, ...item } = r;
      return {
        ...item,
        active: !!active,
        effectiveSalePriceMinor: salePrice({ ...r, markupBp }),
        onHandX1000: list.reduce((s, w) => s + w.onHandX1000, 0),
        reservedX1000: list.reduce((s, w) => s + w.reservedX1000, 0),
        availableX1000: list.reduce((s, w) => s + w.availableX1000, 0),
        belowMin: list.some((w) => w.minQtyX1000 !== null && w.availableX1000 < w.minQtyX1000),
        warehouses: list,
      };
    });
}

/**
 * Search by barcode (exact: a scanner types it and presses Enter), article (ignoring spaces,
 * dashes and case), or a fragment of name or brand.
 */
const byName = new Intl.Collator('ru');

export function searchItems(ctx: Ctx, input: z.output<typeof itemSearch>): { items: ItemWithStock[] } {
  const q = input.q.trim();
  if (!q) return listItems(ctx, { limit: input.limit });
  const limit = input.limit ?? 20;
  const sqlite = ctx.db.$client;
  const key = articleKey(q);
  const words = foldText(q).split(' ').filter(Boolean);
  const byBarcode = prepared(sqlite, stockQueries.byBarcode).pluck().all(q) as string[];
  let found: string[];
  if (words.every((w) => [...w].length >= 3) || [...key].length >= 3) {
    // All the words (in any order), or the article however it was typed.
    const phrase = (s: string) => `"${s.replace(/"/g, '""')}"`;
    const options = [words.every((w) => [...w].length >= 3) ? `(${words.map(phrase).join(' AND ')})` : '', [...key].length >= 3 ? phrase(key) : ''].filter(Boolean);
    found = prepared(sqlite, stockQueries.searchIds).pluck().all(options.join(' OR '), limit * 2) as string[];
  } else {
    found = prepared(sqlite, stockQueries.searchIdsShort).pluck().all(`%${escapeLike(foldText(q))}%`, limit * 2) as string[];
  }
  const items = itemsWithStock(ctx.db, [...new Set([...byBarcode, ...found])]);
  // A scanned barcode first, then an exact article, then by name.
  const rank = (i: ItemWithStock) => (byBarcode.includes(i.id) ? 0 : i.article && articleKey(i.article) === key ? 1 : 2);
  items.sort((a, b) => rank(a) - rank(b) || byName.compare(a.name, b.name));
  return { items: items.slice(0, limit) };
}

export function listItems(ctx: Ctx, input: z.output<typeof itemList>): { items: ItemWithStock[]; total?: number } {
  const where = ['i.deleted_at IS NULL'];
  const params: Record<string, unknown> = { warehouse: input.warehouseId ?? null };
  if (input.q?.trim()) {
    // A scanned barcode must find its item in the list too, not only through items.search.
    where.push("(i.article_key LIKE :article ESCAPE '\\' OR i.search_text LIKE :text ESCAPE '\\' OR i.id IN (SELECT item_id FROM item_barcodes WHERE code = :code AND deleted_at IS NULL))");
    params.article = `${escapeLike(articleKey(input.q))}%`;
    params.text = `%${escapeLike(foldText(input.q))}%`;
    params.code = input.q.trim();
  }
  if (input.groupId) {
    where.push('i.group_id = :group');
    params.group = input.groupId;
  }
  if (input.brand) {
    where.push('i.brand = :brand');
    params.brand = input.brand;
  }
  if (input.belowMin) where.push(stockQueries.belowMinCondition);
  const sqlite = ctx.db.$client;
  const sqlWhere = where.join(' AND ');
  const usesWarehouse = sqlWhere.includes(':warehouse');
  const bind = (p: Record<string, unknown>) => Object.fromEntries(Object.entries(p).filter(([k]) => k !== 'warehouse' || usesWarehouse));
  const total = prepared(sqlite, `SELECT count(*) FROM items i WHERE ${sqlWhere}`).pluck().get(bind(params)) as number;
  const ids = prepared(sqlite, `SELECT i.id FROM items i WHERE ${sqlWhere} ORDER BY i.name LIMIT :limit OFFSET :offset`)
    .pluck()
    .all(bind({ ...params, limit: input.limit ?? 50, offset: input.offset ?? 0 })) as string[];
  return { items: itemsWithStock(ctx.db, ids), total };
}

function checkBarcodesFree(db: Db, codes: string[], itemId?: string) {
  codes.forEach((code, i) => {
    const other = db
      .select({ itemId: itemBarcodes.itemId })
      .from(itemBarcodes)
      .where(and(eq(itemBarcodes.code, code), isNull(itemBarcodes.deletedAt), itemId ? ne(itemBarcodes.itemId, itemId) : undefined))
      .get();
    if (other) throw fieldError(`barcodes.${i}`, 'field.barcode_taken');
  });
}

function searchTextOf(v: { name: string; brand?: string | null; article?: string | null }) {
  return [foldText(v.name), foldText(v.brand ?? ''), v.article ? articleKey(v.article) : ''].filter(Boolean).join(' ');
}

function replaceChildren(db: Db, itemId: string, input: { barcodes?: string[]; analogueIds?: string[]; minLevels?: { warehouseId: string; minQtyX1000: number }[] }) {
  if (input.barcodes) {
    const codes = [...new Set(input.barcodes)];
    checkBarcodesFree(db, codes, itemId);
    tombstoneChildren(db, itemBarcodes, itemBarcodes.itemId, itemId);
    for (const code of codes) insertRow(db, itemBarcodes, { itemId, code });
  }
  if (input.analogueIds) {
    // Analogues go both ways: if A replaces B, B replaces A.
    const ids = [...new Set(input.analogueIds)].filter((a) => a !== itemId);
    for (const a of ids) getLive(db, items, a, 'item');
    const old = db.select().from(itemAnalogues).where(and(isNull(itemAnalogues.deletedAt))).all().filter((l) => l.itemId === itemId || l.analogueId === itemId);
    for (const l of old) tombstoneRow(db, itemAnalogues, l.id, 'item');
    for (const a of ids) {
      insertRow(db, itemAnalogues, { itemId, analogueId: a });
      insertRow(db, itemAnalogues, { itemId: a, analogueId: itemId });
    }
  }
  if (input.minLevels) {
    tombstoneChildren(db, itemMinLevels, itemMinLevels.itemId, itemId);
    for (const m of input.minLevels) {
      getLive(db, warehouses, m.warehouseId, 'warehouse');
      insertRow(db, itemMinLevels, { itemId, warehouseId: m.warehouseId, minQtyX1000: m.minQtyX1000 });
    }
  }
}

function checkUnitQuantities(unit: string, minLevels?: { minQtyX1000: number }[]) {
  minLevels?.forEach((m, i) => {
    if (wholeUnits.includes(unit) && m.minQtyX1000 % 1000 !== 0) throw fieldError(`minLevels.${i}.minQtyX1000`, 'field.whole_units');
  });
}

export function createItem(ctx: Ctx, input: z.output<typeof itemCreate>) {
  if (input.groupId) getLive(ctx.db, itemGroups, input.groupId, 'item_group');
  checkUnitQuantities(input.unit, input.minLevels);
  const row = insertRow(ctx.db, items, {
    name: input.name,
    article: input.article ?? null,
    articleKey: input.article ? articleKey(input.article) : null,
    brand: input.brand ?? null,
    unit: input.unit,
    groupId: input.groupId ?? null,
    purchasePriceMinor: input.purchasePriceMinor ?? 0,
    salePriceMinor: input.salePriceMinor ?? null,
    vatRateBp: input.vatRateBp ?? 2200,
    notes: input.notes ?? null,
    active: input.active ?? true,
    searchText: searchTextOf(input),
  });
  replaceChildren(ctx.db, row.id, input);
  return getItem(ctx, { id: row.id });
}

export function updateItem(ctx: Ctx, input: z.output<typeof itemUpdate>) {
  const { id, barcodes, analogueIds, minLevels, ...patch } = input;
  const current = getLive(ctx.db, items, id, 'item');
  if (patch.groupId) getLive(ctx.db, itemGroups, patch.groupId, 'item_group');
  const next = { ...current, ...Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) };
  checkUnitQuantities(next.unit, minLevels);
  if (patch.unit && patch.unit !== current.unit && wholeUnits.includes(patch.unit)) {
    // Switching to a whole unit would strand fractional balances.
    const fractional = ctx.db.$client.prepare('SELECT 1 FROM stock_balances WHERE item_id = ? AND qty_x1000 % 1000 <> 0').get(id);
    if (fractional) throw fieldError('unit', 'field.whole_units');
  }
  updateRow(ctx.db, items, id, { ...patch, articleKey: next.article ? articleKey(next.article) : null, searchText: searchTextOf(next) }, 'item');
  replaceChildren(ctx.db, id, { barcodes, analogueIds, minLevels });
  return getItem(ctx, { id });
}

export function removeItem(ctx: Ctx, input: { id: string }) {
  const [item] = itemsWithStock(ctx.db, [input.id]);
  if (!item) throw new AppError('not_found', { entity: 'item' });
  if (item.onHandX1000 !== 0 || item.reservedX1000 !== 0) throw new AppError('conflict', {}, undefined, 'field.item_has_stock');
  tombstoneRow(ctx.db, items, input.id, 'item');
  return { id: input.id };
}

export function getItem(ctx: Ctx, input: { id: string }) {
  getLive(ctx.db, items, input.id, 'item');
  const [item] = itemsWithStock(ctx.db, [input.id]);
  const row = ctx.db.select({ notes: items.notes }).from(items).where(eq(items.id, input.id)).get();
  const barcodes = ctx.db.select({ code: itemBarcodes.code }).from(itemBarcodes).where(and(eq(itemBarcodes.itemId, input.id), isNull(itemBarcodes.deletedAt))).all().map((b) => b.code);
  const analogueIds = ctx.db.select({ id: itemAnalogues.analogueId }).from(itemAnalogues).where(and(eq(itemAnalogues.itemId, input.id), isNull(itemAnalogues.deletedAt))).all().map((a) => a.id);
  const analogues = itemsWithStock(ctx.db, analogueIds);
  return {
    ...item,
    notes: row?.notes ?? null,
    barcodes,
    analogues,
    warehouses: item.warehouses.map((w) => ({ ...w, averageCostMinor: averageCost({ qtyX1000: w.onHandX1000, valueMinor: w.valueMinor }) })),
  };
}

export function itemMoves(ctx: Ctx, input: z.output<typeof itemHistory>) {
  getLive(ctx.db, items, input.id, 'item');
  return { items: prepared(ctx.db.$client, stockQueries.history).all(input.id, input.limit ?? 100) };
}

export function listGroups(ctx: Ctx) {
  return { items: ctx.db.select().from(itemGroups).where(isNull(itemGroups.deletedAt)).orderBy(asc(itemGroups.name)).all() };
}
