import type { ApiInput } from '../api/client';
import { fromHoursX100, toHoursX100, toKopecks, toQuantityX1000, toRoubles, fromQuantityX1000 } from '../form-units';
import type { Supplier } from './fleet-store';
import type { Driver, Machine } from './rental-types';

// The fleet's forms in the units people type (roubles, tonnes, hours) and the back end's
// (kopecks, kilograms, hundredths of an hour).

type Typed = number | string;
/** An empty box is zero; what cannot be read becomes -1, which the back end refuses by name. */
const scaled = (v: Typed, to: (v: Typed) => number | null) => (v === '' ? 0 : (to(v) ?? -1));

export type MachineFormValues = {
  typeId: string | null;
  model: string;
  capacity: Typed;
  plate: string;
  ownership: 'own' | 'supplier';
  supplier: Supplier | null;
  hourlyRate: Typed;
  minHours: Typed;
  ratePerKm: Typed;
  supplierPrice: Typed;
  active: boolean;
};

export function machineValues(m: Machine | undefined, suppliers: Supplier[], typeId: string | null): MachineFormValues {
  if (!m) return { typeId, model: '', capacity: '', plate: '', ownership: 'own', supplier: null, hourlyRate: '', minHours: 4, ratePerKm: '', supplierPrice: '', active: true };
  return {
    typeId: m.typeId,
    model: m.model,
    capacity: fromQuantityX1000(m.capacityKg),
    plate: m.plate,
    ownership: m.ownership,
    supplier: suppliers.find((s) => s.id === m.supplierId) ?? null,
    hourlyRate: toRoubles(m.hourlyRateMinor),
    minHours: fromHoursX100(m.minHoursX100),
    ratePerKm: toRoubles(m.ratePerKmMinor),
    supplierPrice: m.supplierCostPerHourMinor === null ? '' : toRoubles(m.supplierCostPerHourMinor),
    active: m.active,
  };
}

export function machineInput(v: MachineFormValues): ApiInput<'machines.create'> {
  const supplier = v.ownership === 'supplier';
  return {
    typeId: v.typeId ?? '',
    model: v.model,
    capacityKg: scaled(v.capacity, toQuantityX1000),
    plate: v.plate.replace(/\s+/g, '').toUpperCase(),
    ownership: v.ownership,
    supplierId: supplier ? (v.supplier?.id ?? null) : null,
    hourlyRateMinor: scaled(v.hourlyRate, toKopecks),
    minHoursX100: scaled(v.minHours, toHoursX100),
    ratePerKmMinor: scaled(v.ratePerKm, toKopecks),
    supplierCostPerHourMinor: supplier && v.supplierPrice !== '' ? scaled(v.supplierPrice, toKopecks) : null,
    active: v.active,
  };
}

export type DriverFormValues = { name: string; phone: string; kind: 'employee' | 'third'; employeeId: string | null; cost: Typed; active: boolean };

export function driverValues(d?: Driver): DriverFormValues {
  if (!d) return { name: '', phone: '', kind: 'employee', employeeId: null, cost: '', active: true };
  return { name: d.name, phone: d.phone ?? '', kind: d.thirdParty ? 'third' : 'employee', employeeId: d.employeeId, cost: toRoubles(d.costPerHourMinor), active: d.active };
}

export function driverInput(v: DriverFormValues): ApiInput<'drivers.create'> {
  const third = v.kind === 'third';
  return { name: v.name, phone: v.phone, thirdParty: third, employeeId: third ? null : v.employeeId, costPerHourMinor: scaled(v.cost, toKopecks), active: v.active };
}

export const machineErrorNames = { capacityKg: 'capacity', hourlyRateMinor: 'hourlyRate', minHoursX100: 'minHours', ratePerKmMinor: 'ratePerKm', supplierCostPerHourMinor: 'supplierPrice', supplierId: 'supplier' } as const;
export const driverErrorNames = { costPerHourMinor: 'cost' } as const;
