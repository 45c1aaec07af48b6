import { z } from 'zod';
import { id, optionalText, requiredText } from '../api/fields';
import { instant, businessDate } from '../scheduler/inputs';
import { dealStages } from './schema';

const money = z.number().int().min(0).max(100_000_000_00);
const hours = z.number().int().min(0).max(100_000);

export const typeCreate = z.object({ name: requiredText(100) });
export const typeUpdate = typeCreate.extend({ id });
const machineFields = {
  typeId: id,
  model: requiredText(100),
  capacityKg: z.number().int().min(0).max(1_000_000),
  plate: requiredText(20),
  ownership: z.enum(['own', 'supplier']),
  supplierId: id.nullable().optional(),
  hourlyRateMinor: money,
  minHoursX100: hours.optional(),
  ratePerKmMinor: money.optional(),
  supplierCostPerHourMinor: money.nullable().optional(),
  active: z.boolean().optional(),
};
export const machineCreate = z.object(machineFields);
export const machineUpdate = z.object(machineFields).partial().extend({ id });
export const machineList = z.object({ typeId: id.optional(), includeInactive: z.boolean().optional() });

const driverFields = {
  name: requiredText(200),
  phone: optionalText(40),
  employeeId: id.nullable().optional(),
  thirdParty: z.boolean().optional(),
  supplierId: id.nullable().optional(),
  costPerHourMinor: money,
  active: z.boolean().optional(),
};
export const driverCreate = z.object(driverFields);
export const driverUpdate = z.object(driverFields).partial().extend({ id });

const dealFields = {
  customerId: id,
  contactName: optionalText(200),
  contactPhone: optionalText(40),
  siteAddress: optionalText(500),
  legalEntityId: id.nullable().optional(),
  notes: optionalText(2000),
  leadId: id.nullable().optional(),
};
export const dealCreate = z.object(dealFields);
export const dealUpdate = z.object(dealFields).partial().extend({ id, stage: z.enum(dealStages).optional(), lostReason: optionalText(500) });
export const dealList = z.object({ stage: z.enum(dealStages).optional(), branchId: id.optional(), q: z.string().max(100).optional(), limit: z.number().int().min(1).max(500).optional(), offset: z.number().int().min(0).optional() });

function endAfterStart(v: { start?: string; end?: string }, ctx: z.RefinementCtx) {
  if (v.start && v.end && v.end <= v.start) ctx.addIssue({ code: 'custom', path: ['end'], message: 'field.end_before_start' });
}
const itemFields = {
  machineTypeId: id,
  machineId: id.nullable().optional(),
  driverId: id.nullable().optional(),
  start: instant,
  end: instant,
  rateMinor: money.optional(),
  minHoursX100: hours.optional(),
  orderedHoursX100: hours,
  orderedKm: z.number().int().min(0).max(100_000).optional(),
  ratePerKmMinor: money.optional(),
  notes: optionalText(1000),
};
export const itemAdd = z.object({ dealId: id, ...itemFields }).superRefine(endAfterStart);
export const itemUpdate = z.object(itemFields).partial().extend({ id }).superRefine(endAfterStart);
export const supplyItemAdd = z
  .object({
    dealId: id,
    ...itemFields,
    supplierId: id,
    supplierCostPerHourMinor: money,
    supplyPlate: requiredText(20),
    supplyDriverName: requiredText(200),
    rateMinor: money,
  })
  .superRefine(endAfterStart);
export const availability = z.object({ typeId: id, start: instant, end: instant }).superRefine(endAfterStart);
export const prepayment = z.object({ dealId: id, itemIds: z.array(id).max(100).optional() });
export const waybillRecord = z
  .object({
    itemId: id,
    actualStart: instant,
    actualEnd: instant,
    downtimeHoursX100: hours.optional(),
    km: z.number().int().min(0).max(100_000),
    odometerStart: z.number().int().min(0).nullable().optional(),
    odometerEnd: z.number().int().min(0).nullable().optional(),
    engineHoursStartX100: z.number().int().min(0).nullable().optional(),
    engineHoursEndX100: z.number().int().min(0).nullable().optional(),
  })
  .refine((w) => w.actualEnd > w.actualStart, { path: ['actualEnd'], message: 'field.end_before_start' });
export const reportPeriod = z.object({ from: businessDate, to: businessDate });
export const reportExport = z.object({ report: z.enum(['driver-payroll', 'plates']), from: businessDate, to: businessDate, lang: z.enum(['ru', 'en']).optional() });
