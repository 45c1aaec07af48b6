import { create } from 'zustand';
import type { StockItem } from './stock-types';

export type ItemFilters = {
  q: string;
  groupId: string | null;
  brand: string;
  warehouseId: string | null;
  belowMin: boolean;
};

type ItemListState = ItemFilters & {
  page: number;
  /** Ticked rows (for labels), kept across pages. */
  selected: Map<string, StockItem>;
  /** Brands seen so far, for the brand filter's suggestions. */
  brands: string[];
  setFilter: <K extends keyof ItemFilters>(key: K, value: ItemFilters[K]) => void;
  setPage: (page: number) => void;
  toggle: (item: StockItem, on: boolean) => void;
  clearSelection: () => void;
  learnBrands: (items: StockItem[]) => void;
};

/** The items list's filters and selection; kept here so they survive a visit to an item card. */
export const useItemList = create<ItemListState>()((set) => ({
  q: '',
  groupId: null,
  brand: '',
  warehouseId: null,
  belowMin: false,
  page: 1,
  selected: new Map(),
  brands: [],
  // Another filter shows another list: back to its first page.
  setFilter: (key, value) => set({ [key]: value, page: 1 }),
  setPage: (page) => set({ page }),
  toggle: (item, on) =>
    set((s) => {
      const selected = new Map(s.selected);
      if (on) selected.set(item.id, item);
      else selected.delete(item.id);
      return { selected };
    }),
  clearSelection: () => set({ selected: new Map() }),
  learnBrands: (items) =>
    set((s) => {
      const seen = new Set(s.brands);
      const fresh = items.map((i) => i.brand).filter((b): b is string => !!b && !seen.has(b));
      return fresh.length ? { brands: [...s.brands, ...new Set(fresh)].sort((a, b) => a.localeCompare(b)) } : s;
    }),
}));
