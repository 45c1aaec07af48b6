import { z } from 'zod';
import { id, optionalText, requiredText } from '../api/fields';
import { bayKinds, bookingStatuses } from './schema';
import { employeeRoles } from '../staff/schema';

/** ISO 8601 with an offset ("2026-11-25T10:00:00+03:00" or "…Z"), stored as UTC. */
export const instant = z
  .string({ error: 'field.time_invalid' })
  .refine((s) => /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/.test(s) && !Number.isNaN(Date.parse(s)), 'field.time_invalid')
  .transform((s) => new Date(s).toISOString());

export const businessDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'field.time_invalid');

function endAfterStart(v: { start?: string; end?: string }, ctx: z.RefinementCtx) {
  if (v.start && v.end && v.end <= v.start) ctx.addIssue({ code: 'custom', path: ['end'], message: 'field.end_before_start' });
}

export const resourceCreate = z.object({
  kind: z.literal('bay', { error: 'field.resource_kind' }),
  name: requiredText(100),
  bayKind: z.enum(bayKinds).optional(),
});
export const bayUpdate = z.object({ id, name: requiredText(100).optional(), kind: z.enum(bayKinds).optional(), active: z.boolean().optional() });

export const employeeCreate = z.object({
  name: requiredText(200),
  role: z.enum(employeeRoles),
  phone: optionalText(40),
  hourlyCostMinor: z.number().int().min(0).max(100_000_000).optional(),
  active: z.boolean().optional(),
});
export const employeeUpdate = employeeCreate.partial().extend({ id });
export const employeeList = z.object({ role: z.enum(employeeRoles).optional(), includeInactive: z.boolean().optional() });

const interval = z
  .object({ weekday: z.number().int().min(0).max(6), startMinute: z.number().int().min(0).max(1440), endMinute: z.number().int().min(0).max(1440) })
  .refine((i) => i.startMinute < i.endMinute, 'field.interval_invalid');
export const hoursGet = z.object({ employeeId: id.optional() });
export const hoursSetWeekly = z.object({ employeeId: id.optional(), intervals: z.array(interval).max(70) });
export const exceptionCreate = z
  .object({
    employeeId: id.optional(),
    fromDate: businessDate,
    toDate: businessDate,
    kind: z.enum(['holiday', 'day_off', 'absence', 'sick', 'vacation']),
    note: optionalText(500),
  })
  .refine((e) => e.fromDate <= e.toDate, { path: ['toDate'], message: 'field.end_before_start' });
export const calendarGet = z.object({ from: instant, to: instant, employeeIds: z.array(id).max(100).optional() });

export const bookingCreate = z
  .object({
    bayId: id,
    mechanicIds: z.array(id).max(10).optional(),
    start: instant,
    end: instant,
    customerId: id.nullable().optional(),
    vehicleId: id.nullable().optional(),
    note: optionalText(1000),
    status: z.enum(['tentative', 'confirmed']).optional(),
    // Booking into closed time needs a person's confirmation: the first attempt is refused
    // with outside_hours, the confirmed one sets this.
    allowOutsideHours: z.boolean().optional(),
  })
  .superRefine(endAfterStart);

export const bookingMove = z
  .object({ id, start: instant, end: instant, bayId: id.optional(), mechanicIds: z.array(id).max(10).optional(), allowOutsideHours: z.boolean().optional() })
  .superRefine(endAfterStart);
export const bookingUpdate = z.object({ id, customerId: id.nullable().optional(), vehicleId: id.nullable().optional(), note: optionalText(1000) });
export const bookingStatus = z.object({ id, status: z.enum(bookingStatuses) });
export const bookingList = z.object({ from: instant, to: instant, resourceIds: z.array(id).max(200).optional(), includeCancelled: z.boolean().optional() });
export const slotFind = z.object({
  durationMinutes: z.number().int().min(5).max(24 * 60),
  resourceKind: z.enum(['bay', 'mechanic']),
  resourceIds: z.array(id).max(100).optional(),
  from: instant.optional(),
  days: z.number().int().min(1).max(60).optional(),
});
