import { create } from 'zustand';
import { call, type ApiInput } from '../api/client';
import { notifyError } from '../app/notify';
import type { CustomerListItem } from '../customers/store';
import type { WorkOrderListItem, WorkOrderStatus } from './order-types';

export type ListFilters = {
  q: string;
  status: WorkOrderStatus | null;
  from: string;
  to: string;
  advisorId: string | null;
  mechanicId: string | null;
  customer: CustomerListItem | null;
  unpaid: boolean;
  branchId: string | null;
};

export const emptyFilters: ListFilters = { q: '', status: null, from: '', to: '', advisorId: null, mechanicId: null, customer: null, unpaid: false, branchId: null };

const pageSize = 50;

export function listInput(f: ListFilters, offset = 0): ApiInput<'workOrders.list'> {
  return {
    ...(f.q.trim() ? { q: f.q.trim() } : {}),
    ...(f.status ? { status: f.status } : {}),
    ...(f.from ? { from: f.from } : {}),
    ...(f.to ? { to: f.to } : {}),
    ...(f.advisorId ? { advisorId: f.advisorId } : {}),
    ...(f.mechanicId ? { mechanicId: f.mechanicId } : {}),
    ...(f.customer ? { customerId: f.customer.id } : {}),
    ...(f.unpaid ? { unpaid: true } : {}),
    ...(f.branchId ? { branchId: f.branchId } : {}),
    limit: pageSize,
    offset,
  };
}

type ListState = {
  filters: ListFilters;
  items: WorkOrderListItem[];
  /** The filters the items answer (JSON), null before the first answer. */
  shownKey: string | null;
  hasMore: boolean;
  loading: boolean;
  setFilters: (patch: Partial<ListFilters>) => void;
  load: (more?: boolean) => Promise<void>;
};

let latest = 0;

/** The work-order list; kept here so filters survive a visit to an order. */
export const useWorkOrderList = create<ListState>()((set, get) => ({
  filters: emptyFilters,
  items: [],
  shownKey: null,
  hasMore: false,
  loading: false,
  setFilters: (patch) => set({ filters: { ...get().filters, ...patch } }),
  load: async (more = false) => {
    const mine = ++latest;
    const { filters, items } = get();
    const input = listInput(filters, more ? items.length : 0);
    set({ loading: true });
    try {
      const page = (await call('workOrders.list', input)).items as WorkOrderListItem[];
      if (mine !== latest) return;
      set({ items: more ? [...items, ...page] : page, hasMore: page.length === pageSize, shownKey: JSON.stringify(listInput(filters)), loading: false });
    } catch (e) {
      if (mine === latest) set({ loading: false });
      notifyError(e);
    }
  },
}));
