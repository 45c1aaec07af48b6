import type { ApiInput, ApiOutput } from '../api/client';
import { fromHoursX100, toHoursX100, toKopecks, toRoubles } from '../form-units';
import type { VehicleClass } from '../vehicles/vehicle-classes';

export type OperationWithNorms = ApiOutput<'operations.get'>;
export type NormValues = { vehicleClass: VehicleClass | null; make: string; model: string; hours: number | string };
export type OperationFormValues = {
  code: string;
  name: string;
  /** Decimal hours as typed; kept in hundredths. */
  hours: number | string;
  ownRate: boolean;
  /** Roubles per standard hour as typed. */
  rate: number | string;
  active: boolean;
  norms: NormValues[];
};

export function operationValues(op?: OperationWithNorms): OperationFormValues {
  if (!op) return { code: '', name: '', hours: 1, ownRate: false, rate: '', active: true, norms: [] };
  return {
    code: op.code,
    name: op.name,
    hours: fromHoursX100(op.standardHoursX100),
    ownRate: op.rateMinor !== null,
    rate: op.rateMinor !== null ? toRoubles(op.rateMinor) : '',
    active: op.active,
    norms: op.norms.map((n) => ({ vehicleClass: (n.vehicleClass as VehicleClass | null) ?? null, make: n.make ?? '', model: n.model ?? '', hours: fromHoursX100(n.standardHoursX100) })),
  };
}

// An unreadable number goes to the server as -1, so its message lands on the field.
const orInvalid = (n: number | null) => n ?? -1;

export function operationInput(v: OperationFormValues): ApiInput<'operations.create'> {
  return {
    code: v.code,
    name: v.name,
    standardHoursX100: orInvalid(toHoursX100(v.hours)),
    rateMinor: v.ownRate ? orInvalid(toKopecks(v.rate)) : null,
    active: v.active,
    norms: v.norms.map((n) => ({ vehicleClass: n.vehicleClass, make: n.make, model: n.model, standardHoursX100: orInvalid(toHoursX100(n.hours)) })),
  };
}

/** The back end's paths → the form's (hours and roubles instead of hundredths and kopecks). */
export function operationFormPath(path: string): string {
  return path.replace(/standardHoursX100$/, 'hours').replace(/^rateMinor$/, 'rate');
}
