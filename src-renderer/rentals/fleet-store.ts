import { useEffect } from 'react';
import { create } from 'zustand';
import { call } from '../api/client';
import { notifyError } from '../app/notify';
import type { Driver, Machine, MachineType } from './rental-types';

export type Supplier = { id: string; name: string };
export type Fleet = { types: MachineType[]; machines: Machine[]; drivers: Driver[]; suppliers: Supplier[] };

type FleetState = { fleet: Fleet | null; load: () => Promise<void> };

/** Machine types, machines and drivers (inactive ones too) and the suppliers: the fleet page and the deal screen read them from here. */
export const useFleet = create<FleetState>()((set) => ({
  fleet: null,
  load: async () => {
    try {
      const [types, machines, drivers, suppliers] = await Promise.all([
        call('machineTypes.list', {}),
        call('machines.list', { includeInactive: true }),
        call('drivers.list', { includeInactive: true }),
        call('customers.search', { q: '', suppliersOnly: true, limit: 200 }),
      ]);
      set({ fleet: { types: types.items, machines: machines.items, drivers: drivers.items, suppliers: suppliers.items.map((s) => ({ id: s.id, name: s.name })) } });
    } catch (e) {
      notifyError(e);
    }
  },
}));

/** The fleet, fetched afresh whenever a screen that needs it opens. */
export function useFleetData(): Fleet | null {
  const { fleet, load } = useFleet();
  useEffect(() => {
    void load();
  }, [load]);
  return fleet;
}

export const nameOf = (list: { id: string; name: string }[], id: string | null | undefined) => (id ? (list.find((x) => x.id === id)?.name ?? '') : '');
