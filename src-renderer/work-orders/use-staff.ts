import { useQuery } from '../api/use-query';
import type { Employee } from './order-types';

const advisorRoles = new Set<Employee['role']>(['front_desk', 'manager', 'admin']);

/**
 * The branch's people for the pickers: advisors (front desk, managers) and mechanics.
 * Someone who has left is offered only where they are already chosen.
 */
export function useStaff() {
  const { data } = useQuery('employees.list', { includeInactive: true });
  const all = data?.items ?? [];
  return {
    all,
    advisors: all.filter((e) => advisorRoles.has(e.role)),
    mechanics: all.filter((e) => e.role === 'mechanic'),
  };
}

/** Select options from employees: active ones, plus `keep` (the current choice) even if inactive. */
export function staffOptions(people: Employee[], keep: (string | null | undefined)[] = []) {
  return people.filter((e) => e.active || keep.includes(e.id)).map((e) => ({ value: e.id, label: e.name }));
}
