import { z } from 'zod';
import { command, query, type Ctx } from '../api/define';
import { byId } from '../api/fields';
import { insertRow, updateRow } from '../db/dal';
import { prepared } from '../db/prepared';
import { itemGroups, warehouses } from './schema';
import { itemCreate, itemUpdate, itemSearch, itemList, itemHistory, groupCreate, groupUpdate, warehouseCreate, warehouseUpdate, documentCreate, documentUpdate, documentList, balanceGet, reservationCreate, reservationList, stockSettings, labelsInput } from './inputs';
import { labelsPdf } from '../print/labels';
import { itemBarcodes } from './schema';
import { and, eq, isNull } from 'drizzle-orm';
import { searchItems, listItems, createItem, updateItem, removeItem, getItem, itemMoves, listGroups, itemsWithStock } from './items';
import { createDocument, updateDocument, postDocument, reverseDocument, copyDocument, getDocument, listDocuments } from './documents';
import { reserve, release, issueReservation, listReservations } from './reservations';
import { listWarehouses } from './warehouses';
import { stockQueries } from './queries.sql';
import { averageCost } from './ledger';
import { allowNegativeStock, setAllowNegativeStock } from './settings';
import { currentBranch } from '../organisation/app';
import { getLive } from '../db/dal';
import { items } from './schema';

export const stockApi = {
  'items.search': query('Find items by barcode, article (ignoring spaces, dashes, case), name or brand fragment.', itemSearch, searchItems),
  'items.list': query('A page of items with balances per warehouse, reserved and available; filters: group, brand, below minimum.', itemList, listItems),
  'items.get': query('One item: balances and average cost per warehouse, barcodes, analogues.', byId, getItem),
  'items.history': query('The item’s movements, newest first.', itemHistory, itemMoves),
  'items.create': command('Add an item to the catalogue.', itemCreate, createItem),
  'items.update': command('Change an item; barcodes, analogues and minimum levels, when given, replace the old ones.', itemUpdate, updateItem),
  'items.remove': command('Remove an item that has no stock and no reservations (a tombstone).', byId, removeItem),
  'itemGroups.list': query('Item groups with their markup.', z.object({}), listGroups),
  'itemGroups.create': command('Add an item group with its markup (basis points: 3000 = 30 %).', groupCreate, (ctx, input) => insertRow(ctx.db, itemGroups, input)),
  'itemGroups.update': command('Change an item group.', groupUpdate, (ctx, { id, ...patch }) => updateRow(ctx.db, itemGroups, id, patch, 'item_group')),
  'warehouses.list': query('Warehouses of this branch.', z.object({ includeInactive: z.boolean().optional() }), (ctx, input) => ({ items: listWarehouses(ctx.db, input.includeInactive) })),
  'warehouses.create': command('Add a warehouse.', warehouseCreate, (ctx, input) => insertRow(ctx.db, warehouses, { ...input, branchId: currentBranch(ctx.db).id, active: true })),
  'warehouses.update': command('Rename a warehouse or take it out of use.', warehouseUpdate, (ctx, { id, ...patch }) => updateRow(ctx.db, warehouses, id, patch, 'warehouse')),
  'stockDocs.create': command('Make a stock document (receipt, transfer, write-off, count, …) as a draft, or posted with post: true.', documentCreate, createDocument),
  'stockDocs.update': command('Change a draft document.', documentUpdate, updateDocument),
  'stockDocs.post': command('Post a draft: its movements go into the ledger; refused when stock would go short.', byId, (ctx, input) => postDocument(ctx, input)),
  'stockDocs.reverse': command('Reverse a posted document with opposite movements.', byId, reverseDocument),
  'stockDocs.copy': command('A new draft copy of a reversed document, to correct and post again.', byId, copyDocument),
  'stockDocs.get': query('One document with its lines and movements.', byId, getDocument),
  'stockDocs.list': query('Recent stock documents.', documentList, listDocuments),
  'stock.balance': query('On hand, reserved, available and average cost of one item (one warehouse or all).', balanceGet, balance),
  'stock.toOrder': query('Items whose available quantity is below the minimum: the “to order” list.', z.object({ warehouseId: z.string().optional() }), (ctx, input) =>
    listItems(ctx, { belowMin: true, warehouseId: input.warehouseId, limit: 200 }),
  ),
  'stock.rebuildBalances': command('Rebuild the balance summary from the ledger; says whether it matched.', z.object({}), rebuildBalances),
  'stock.settings': query('Stock settings of this desk.', z.object({}), (ctx) => ({ allowNegativeStock: allowNegativeStock(ctx.db) })),
  'stock.updateSettings': command('Allow or forbid negative stock on this desk.', stockSettings, (ctx, input) => setAllowNegativeStock(ctx.db, input.allowNegativeStock)),
  'reservations.create': command('Reserve a quantity for a work order or a customer order; never more than is available.', reservationCreate, reserve),
  'reservations.release': command('Release a reservation.', byId, release),
  'reservations.issue': command('Issue a reservation: a posted issue document for its quantity.', byId, issueReservation),
  'reservations.list': query('Reservations, by what they are for or by item.', reservationList, listReservations),
  'items.labels': query('Shelf/price labels with a barcode (EAN-13 or Code 128) as a PDF, base64.', labelsInput, printLabels),
};

function balance(ctx: Ctx, input: z.output<typeof balanceGet>) {
  getLive(ctx.db, items, input.itemId, 'item');
  const [item] = itemsWithStock(ctx.db, [input.itemId]);
  const list = input.warehouseId ? item.warehouses.filter((w) => w.warehouseId === input.warehouseId) : item.warehouses;
  const sum = (f: (w: (typeof list)[number]) => number) => list.reduce((s, w) => s + f(w), 0);
  const onHandX1000 = sum((w) => w.onHandX1000);
  const valueMinor = sum((w) => w.valueMinor);
  return {
    itemId: item.id,
    unit: item.unit,
    onHandX1000,
    reservedX1000: sum((w) => w.reservedX1000),
    availableX1000: sum((w) => w.availableX1000),
    valueMinor,
    averageCostMinor: averageCost({ qtyX1000: onHandX1000, valueMinor }),
    warehouses: list,
  };
}

/** Recomputes balances from the ledger; the maintained summary must match it exactly. */
export function rebuildBalances(ctx: Ctx) {
  const sqlite = ctx.db.$client;
  const fromLedger = prepared(sqlite, stockQueries.rebuild).all() as { itemId: string; warehouseId: string; qtyX1000: number; valueMinor: number }[];
  const key = (r: { itemId: string; warehouseId: string; qtyX1000: number; valueMinor: number }) => `${r.itemId}|${r.warehouseId}|${r.qtyX1000}|${r.valueMinor}`;
  const maintained = sqlite.prepare('SELECT item_id AS itemId, warehouse_id AS warehouseId, qty_x1000 AS qtyX1000, value_minor AS valueMinor FROM stock_balances').all() as typeof fromLedger;
  const ledgerKeys = new Set(fromLedger.map(key));
  const matched = fromLedger.length === maintained.length && maintained.every((m) => ledgerKeys.has(key(m)));
  sqlite.prepare('DELETE FROM stock_balances').run();
  const insert = sqlite.prepare('INSERT INTO stock_balances (item_id, warehouse_id, qty_x1000, value_minor) VALUES (?, ?, ?, ?)');
  for (const r of fromLedger) insert.run(r.itemId, r.warehouseId, r.qtyX1000, r.valueMinor);
  return { rows: fromLedger.length, matched };
}

async function printLabels(ctx: Ctx, input: z.output<typeof labelsInput>) {
  // Read everything first (synchronously), then render.
  const entries = input.items.map((e) => {
    getLive(ctx.db, items, e.itemId, 'item');
    const [item] = itemsWithStock(ctx.db, [e.itemId]);
    const barcode = ctx.db.select({ code: itemBarcodes.code }).from(itemBarcodes).where(and(eq(itemBarcodes.itemId, e.itemId), isNull(itemBarcodes.deletedAt))).get();
    return {
      copies: e.copies ?? 1,
      item: { name: item.name, article: item.article, brand: item.brand, unit: item.unit, priceMinor: item.effectiveSalePriceMinor, barcode: barcode?.code ?? null, fallbackCode: item.id.replace(/-/g, '').slice(-12).toUpperCase() },
    };
  });
  const pdf = await labelsPdf(entries, ctx.locale);
  return { fileName: 'labels.pdf', pdfBase64: pdf.toString('base64') };
}
