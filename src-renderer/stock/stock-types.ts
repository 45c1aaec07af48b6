import type { ApiOutput } from '../api/client';
import type { Unit } from './stock-numbers';

export type StockItem = ApiOutput<'items.list'>['items'][number];
export type ItemDetails = ApiOutput<'items.get'>;
export type Warehouse = ApiOutput<'warehouses.list'>['items'][number];
export type ItemGroup = ApiOutput<'itemGroups.list'>['items'][number];
export type StockDoc = ApiOutput<'stockDocs.get'>;
export type StockDocListItem = ApiOutput<'stockDocs.list'>['items'][number];

/** One row of items.history (the back end returns it untyped). */
export type HistoryRow = {
  at: string;
  kind: StockDoc['kind'];
  warehouseId: string;
  warehouseName: string;
  qtyX1000: number;
  valueMinor: number;
  documentId: string;
  number: string;
  status: StockDoc['status'];
};

/** What a document line needs to know about its item. */
export type LineItem = { itemId: string; name: string; article: string | null; unit: Unit };
