import type { ApiInput, ApiOutput } from '../api/client';
import { toKopecks, toRoubles } from '../form-units';

export type Employee = ApiOutput<'employees.list'>['items'][number];
export type EmployeeRole = Employee['role'];
export const employeeRoles: EmployeeRole[] = ['front_desk', 'manager', 'mechanic', 'storekeeper', 'driver', 'admin'];

export type EmployeeFormValues = { name: string; role: EmployeeRole; phone: string; hourlyCost: number | string; active: boolean };

export function employeeValues(e?: Employee): EmployeeFormValues {
  if (!e) return { name: '', role: 'mechanic', phone: '', hourlyCost: '', active: true };
  return { name: e.name, role: e.role, phone: e.phone ?? '', hourlyCost: e.hourlyCostMinor ? toRoubles(e.hourlyCostMinor) : '', active: e.active };
}

export function employeeInput(v: EmployeeFormValues): ApiInput<'employees.create'> {
  return { name: v.name, role: v.role, phone: v.phone, hourlyCostMinor: v.hourlyCost === '' ? 0 : (toKopecks(v.hourlyCost) ?? -1), active: v.active };
}
