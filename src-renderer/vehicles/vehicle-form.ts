import type { ApiInput, ApiOutput } from '../api/client';
import { formatPlate } from '../format';
import type { VehicleClass } from './vehicle-classes';

/** A vehicle as the customer card lists it. `vinCheckDigitOk` comes with vehicles.* results. */
export type CardVehicle = ApiOutput<'customers.get'>['vehicles'][number] & { vinCheckDigitOk?: boolean | null };
export type PastVehicle = ApiOutput<'customers.get'>['pastVehicles'][number];

export type VehicleFormValues = {
  plate: string;
  vin: string;
  make: string;
  model: string;
  year: number | string;
  colour: string;
  /** For labour norms that differ by class; optional. */
  vehicleClass: VehicleClass | null;
  mileage: number | string;
  notes: string;
};

export function emptyVehicleValues(): VehicleFormValues {
  return { plate: '', vin: '', make: '', model: '', year: '', colour: '', vehicleClass: null, mileage: '', notes: '' };
}

export function vehicleValues(v: CardVehicle): VehicleFormValues {
  return {
    plate: v.plate ?? '',
    vin: v.vin ?? '',
    make: v.make,
    model: v.model,
    year: v.year ?? '',
    colour: v.colour ?? '',
    vehicleClass: (v.vehicleClass as VehicleClass | null) ?? null,
    mileage: v.mileage ?? '',
    notes: v.notes ?? '',
  };
}

const numberOrNull = (v: number | string) => (typeof v === 'number' ? v : null);

function vehicleFields(v: VehicleFormValues) {
  return { plate: v.plate, vin: v.vin, make: v.make, model: v.model, year: numberOrNull(v.year), colour: v.colour, vehicleClass: v.vehicleClass, notes: v.notes };
}

export function vehicleCreateInput(customerId: string, v: VehicleFormValues): ApiInput<'vehicles.create'> {
  return { customerId, ...vehicleFields(v), ...(typeof v.mileage === 'number' ? { mileage: v.mileage } : {}) };
}

/** Mileage is a ledger of readings: send it only when the user changed it. */
export function vehicleUpdateInput(id: string, v: VehicleFormValues, before: VehicleFormValues): ApiInput<'vehicles.update'> {
  const mileageChanged = typeof v.mileage === 'number' && v.mileage !== before.mileage;
  return { id, ...vehicleFields(v), ...(mileageChanged ? { mileage: v.mileage as number } : {}) };
}

/** "А123ВС 77 Lada Vesta": how a person names a car at the desk. */
export function vehicleName(v: { plate: string | null; make: string; model: string }, noPlate: string): string {
  return `${v.plate ? formatPlate(v.plate) : noPlate} ${v.make} ${v.model}`.trim();
}

// Suggestions only: any make can be typed.
export const commonMakes = [
  'Lada', 'Kia', 'Hyundai', 'Toyota', 'Renault', 'Volkswagen', 'Skoda', 'Haval', 'Chery', 'Geely', 'Nissan', 'Mitsubishi',
  'Mazda', 'Ford', 'Chevrolet', 'BMW', 'Mercedes-Benz', 'Audi', 'Lexus', 'Honda', 'Suzuki', 'Subaru', 'Opel', 'Peugeot',
  'Citroën', 'Volvo', 'Land Rover', 'Porsche', 'Infiniti', 'Exeed', 'Omoda', 'Changan', 'Tank', 'Jetour', 'Moskvich',
  'UAZ', 'GAZ', 'Datsun', 'Daewoo', 'Ravon', 'Jeep',
];
