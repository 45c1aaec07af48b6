import { z } from 'zod';
import { id, optionalText, requiredText } from '../api/fields';
import { normalisePlate } from '../validation/plate';
import { checkVin } from '../validation/vin';

const emptyToNull = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? null : v);

export const plate = z.preprocess(
  emptyToNull,
  z
    .string()
    .max(20, 'field.too_long')
    .transform((s) => normalisePlate(s))
    .refine((s) => /^[0-9A-ZА-ЯЁ]{4,12}$/u.test(s), 'field.plate_invalid')
    .nullable()
    .optional(),
);

export const vin = z.preprocess(
  emptyToNull,
  z
    .string()
    .max(30, 'field.too_long')
    .transform((s) => checkVin(s))
    .refine((c) => c.valid, 'field.vin_invalid')
    .transform((c) => c.vin)
    .nullable()
    .optional(),
);

const nextYear = new Date().getFullYear() + 1;

const vehicleFields = {
  customerId: id,
  plate,
  vin,
  make: requiredText(60),
  model: requiredText(60),
  year: z.preprocess(emptyToNull, z.number().int().min(1900, 'field.year_invalid').max(nextYear, 'field.year_invalid').nullable().optional()),
  colour: optionalText(40),
  vehicleClass: z.preprocess(emptyToNull, z.enum(['A', 'B', 'C', 'D', 'E', 'F', 'SUV', 'LCV', 'truck']).nullable().optional()),
  mileage: z.number().int().min(0).max(5_000_000).optional(),
  notes: optionalText(2000),
};

export const vehicleCreate = z.object(vehicleFields);
export const vehicleUpdate = z.object({ id, ...vehicleFields }).omit({ customerId: true }).partial().required({ id: true });
export const vehicleGet = z.object({ id });
export const vehicleTransfer = z.object({ id, customerId: id });

export type VehicleCreate = z.input<typeof vehicleCreate>;
