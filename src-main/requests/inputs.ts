import { z } from 'zod';
import { id, optionalText, requiredText } from '../api/fields';
import { customerCreate } from '../customers/inputs';
import { vehicleCreate } from '../vehicles/inputs';
import { requestStatuses } from './schema';

/** A preliminary operation: from the catalogue (operationId) or free text (name + hours). */
export const requestLine = z
  .object({
    operationId: id.optional(),
    name: requiredText(300).optional(),
    standardHoursX100: z.number().int().min(0).max(100_000).optional(),
    rateMinor: z.number().int().min(0).max(100_000_000).optional(),
    quantityX1000: z.number().int().min(1).max(1_000_000).optional(),
  })
  .refine((l) => l.operationId || (l.name && l.standardHoursX100 !== undefined), { path: ['name'], message: 'field.required' });

const requestFields = {
  customerId: id.nullable().optional(),
  vehicleId: id.nullable().optional(),
  // Create the customer (and car) in place when the caller is new.
  newCustomer: customerCreate.optional(),
  newVehicle: vehicleCreate.omit({ customerId: true }).optional(),
  complaint: optionalText(4000),
  templateId: id.optional(),
  operations: z.array(requestLine).max(200).optional(),
};

export const requestCreate = z.object({ bookingId: id.optional(), ...requestFields });
export const requestUpdate = z.object({ id, ...requestFields });
export const requestStatus = z.object({ id, status: z.enum(requestStatuses) });
export const requestForBooking = z.object({ bookingId: id });
export const requestList = z.object({ status: z.enum(requestStatuses).optional(), customerId: id.optional(), limit: z.number().int().min(1).max(500).optional() });
