import { create } from 'zustand';
import { call, type ApiInput, type ApiMethod, type ApiOutput } from '../api/client';
import { notifyError } from '../app/notify';
import type { WorkOrder } from './order-types';

/** The methods that answer with the whole order, so the screen takes the answer as it is. */
type OrderMethod = { [M in ApiMethod]: ApiOutput<M> extends WorkOrder ? M : never }[ApiMethod];

type OrderState = {
  id: string | null;
  order: WorkOrder | null;
  error: unknown;
  /** A change is on its way to the back end. */
  busy: boolean;
  load: (id: string) => Promise<void>;
  reload: () => Promise<void>;
  /** Runs a change that answers with the order; null (and a notification) when it fails. */
  change: <M extends OrderMethod>(method: M, input: ApiInput<M>) => Promise<WorkOrder | null>;
};

let ticket = 0;

/** The open work order: one screen edits one order, and every panel reads it from here. */
export const useOrder = create<OrderState>()((set, get) => ({
  id: null,
  order: null,
  error: null,
  busy: false,
  load: async (id) => {
    const mine = ++ticket;
    if (get().id !== id) set({ id, order: null, error: null });
    try {
      const order = await call('workOrders.get', { id });
      if (mine === ticket) set({ order, error: null });
    } catch (error) {
      if (mine === ticket) set({ error });
    }
  },
  reload: async () => {
    const id = get().id;
    if (id) await get().load(id);
  },
  change: async (method, input) => {
    const mine = ++ticket;
    set({ busy: true });
    try {
      const order = (await call(method, input)) as WorkOrder;
      // An answer to an older change must not overwrite a newer one.
      if (mine === ticket) set({ order });
      return order;
    } catch (e) {
      notifyError(e);
      // Cells keep what was typed; the order as stored puts them right.
      void get().reload();
      return null;
    } finally {
      set({ busy: false });
    }
  },
}));
