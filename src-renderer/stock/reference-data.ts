import { useQuery } from '../api/use-query';
import type { ItemGroup, Warehouse } from './stock-types';

const none: never[] = [];

/** This branch's active warehouses (a main store and the workshop to begin with). */
export function useWarehouses(): Warehouse[] {
  return useQuery('warehouses.list', {}).data?.items ?? none;
}

export function useItemGroups(): { groups: ItemGroup[]; reload: () => void } {
  const { data, reload } = useQuery('itemGroups.list', {});
  return { groups: data?.items ?? none, reload };
}
