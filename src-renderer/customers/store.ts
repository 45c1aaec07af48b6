import { create } from 'zustand';
import { call, type ApiOutput } from '../api/client';
import { notifyError } from '../app/notify';

export type CustomerListItem = ApiOutput<'customers.search'>['items'][number];

type CustomerListState = {
  query: string;
  items: CustomerListItem[];
  /** The query the items answer; differs from `query` while typing. */
  shownQuery: string | null;
  loading: boolean;
  setQuery: (query: string) => void;
  search: (query: string) => Promise<void>;
};

const pageSize = 50;
let latest = 0;

/** The customer list; kept here so the search survives a visit to a customer card. */
export const useCustomerList = create<CustomerListState>()((set) => ({
  query: '',
  items: [],
  shownQuery: null,
  loading: false,
  setQuery: (query) => set({ query }),
  search: async (query) => {
    // Answers can arrive out of order while someone types; only the last one counts.
    const ticket = ++latest;
    set({ loading: true });
    try {
      const { items } = await call('customers.search', { q: query.trim(), limit: pageSize });
      if (ticket === latest) set({ items, shownQuery: query, loading: false });
    } catch (e) {
      if (ticket === latest) set({ loading: false });
      notifyError(e);
    }
  },
}));
