import { z } from 'zod';
import { id, optionalText, requiredText } from '../api/fields';

const hoursX100 = z.number().int().min(0).max(100_000);
const norm = z.object({ vehicleClass: optionalText(20), make: optionalText(60), model: optionalText(60), standardHoursX100: hoursX100 });

const operationFields = {
  code: requiredText(30),
  name: requiredText(300),
  standardHoursX100: hoursX100,
  rateMinor: z.number().int().min(0).max(100_000_000).nullable().optional(),
  active: z.boolean().optional(),
  norms: z.array(norm).max(100).optional(),
};
export const operationCreate = z.object(operationFields);
export const operationUpdate = z.object(operationFields).partial().extend({ id });
export const operationSearch = z.object({ q: z.string().max(100), limit: z.number().int().min(1).max(200).optional(), includeInactive: z.boolean().optional() });

const templateLine = z.object({ operationId: id, quantityX1000: z.number().int().min(1).max(1_000_000).optional() });
export const templateCreate = z.object({ name: requiredText(200), notes: optionalText(2000), operations: z.array(templateLine).min(1, 'field.operations_required').max(200) });
export const templateUpdate = templateCreate.partial().extend({ id });
export const templateSearch = z.object({ q: z.string().max(100).optional() });
