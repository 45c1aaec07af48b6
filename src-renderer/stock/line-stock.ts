import { useCallback, useEffect, useState } from 'react';
import { call } from '../api/client';
import type { StockItem } from './stock-types';

/**
 * Current balances of the items on a document's lines (for "available" and a count's book
 * quantity). Items picked from a search arrive with theirs; the rest are fetched.
 */
export function useLineStock(itemIds: string[]) {
  const [stock, setStock] = useState<ReadonlyMap<string, StockItem>>(new Map());
  const remember = useCallback((items: StockItem[]) => {
    setStock((known) => {
      const next = new Map(known);
      for (const i of items) next.set(i.id, i);
      return next;
    });
  }, []);
  const missing = [...new Set(itemIds.filter((id) => !stock.has(id)))].join(',');

  useEffect(() => {
    if (!missing) return;
    let current = true;
    Promise.all(missing.split(',').map((id) => call('items.get', { id }).catch(() => null))).then(
      (items) => current && remember(items.filter((i) => i !== null)),
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [missing, remember]);

  return { stock, remember };
}

/** Every item with a balance in the warehouse (what a count starts from), with its stock. */
export async function itemsHeldIn(warehouseId: string): Promise<StockItem[]> {
  const held: StockItem[] = [];
  const limit = 200;
  for (let offset = 0; ; offset += limit) {
    const page = await call('items.list', { offset, limit });
    held.push(...page.items.filter((i) => i.warehouses.some((w) => w.warehouseId === warehouseId && w.onHandX1000 !== 0)));
    if (page.items.length < limit || offset + limit >= (page.total ?? 0)) return held;
  }
}
