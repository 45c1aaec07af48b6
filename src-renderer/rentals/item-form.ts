import type { ApiInput } from '../api/client';
import { toHoursX100, toKopecks } from '../form-units';
import { addDays, fromWall, todayIn } from '../scheduler/zoned-time';
import type { Machine } from './rental-types';

// The "Add item" dialog's values as typed (dates and times on the branch's clock, roubles,
// hours) and what the back end takes (UTC instants, kopecks, hundredths of an hour).

type Typed = number | string;

export type ItemFormValues = {
  typeId: string | null;
  startDate: string;
  startTime: string;
  endDate: string;
  endTime: string;
  orderedHours: Typed;
  orderedKm: Typed;
  rate: Typed;
  ratePerKm: Typed;
  notes: string;
  machineId: string | null;
  driverId: string | null;
};

export type SupplyValues = { machineId: string | null; supplier: { id: string; name: string } | null; plate: string; driverName: string; cost: Typed };

/** The back end's field names → the dialog's. */
export const itemErrorNames = { machineTypeId: 'typeId', start: 'startTime', end: 'endTime', orderedHoursX100: 'orderedHours', rateMinor: 'rate', ratePerKmMinor: 'ratePerKm' } as const;

/** Tomorrow, a working day of 8:00–17:00: the usual order. */
export function newItemValues(timeZone: string, typeId: string | null): ItemFormValues {
  const day = addDays(todayIn(timeZone), 1);
  return { typeId, startDate: day, startTime: '08:00', endDate: day, endTime: '17:00', orderedHours: 9, orderedKm: '', rate: '', ratePerKm: '', notes: '', machineId: null, driverId: null };
}

/** The range as UTC instants, or null while it is incomplete or ends before it starts. */
export function itemRange(v: Pick<ItemFormValues, 'startDate' | 'startTime' | 'endDate' | 'endTime'>, timeZone: string): { start: string; end: string } | null {
  const start = fromWall(v.startDate, v.startTime, timeZone);
  const end = fromWall(v.endDate, v.endTime, timeZone);
  return start && end && end > start ? { start, end } : null;
}

/** Whole and fractional hours between two instants: what is usually ordered. */
export const hoursBetween = (range: { start: string; end: string }) => Math.round((Date.parse(range.end) - Date.parse(range.start)) / 36_000) / 100;

/** An empty box means "the machine's own rate"; what cannot be read becomes -1, which the back end refuses. */
const optionalScaled = (v: Typed, to: (v: Typed) => number | null) => (v === '' ? undefined : (to(v) ?? -1));

type Common = Pick<ApiInput<'deals.addItem'>, 'orderedHoursX100' | 'orderedKm' | 'rateMinor' | 'ratePerKmMinor' | 'notes' | 'minHoursX100'>;

function commonInput(v: ItemFormValues, machine?: Machine): Common {
  return {
    orderedHoursX100: optionalScaled(v.orderedHours, toHoursX100) ?? 0,
    orderedKm: v.orderedKm === '' ? 0 : Math.round(Number(v.orderedKm)),
    rateMinor: optionalScaled(v.rate, toKopecks) ?? machine?.hourlyRateMinor,
    ratePerKmMinor: optionalScaled(v.ratePerKm, toKopecks) ?? machine?.ratePerKmMinor,
    minHoursX100: machine?.minHoursX100,
    notes: v.notes,
  };
}

export function itemInput(dealId: string, v: ItemFormValues, range: { start: string; end: string }): ApiInput<'deals.addItem'> {
  return { dealId, machineTypeId: v.typeId ?? '', machineId: v.machineId, driverId: v.driverId, ...range, ...commonInput(v) };
}

/** A supplier's machine with their plate and driver; the customer's rates are that machine's unless typed. */
export function supplyInput(dealId: string, v: ItemFormValues, s: SupplyValues, range: { start: string; end: string }, machine?: Machine): ApiInput<'deals.addSupplyItem'> {
  const common = commonInput(v, machine);
  return {
    dealId,
    machineTypeId: v.typeId ?? '',
    ...range,
    ...common,
    rateMinor: common.rateMinor ?? -1,
    supplierId: s.supplier?.id ?? '',
    supplyPlate: s.plate.replace(/\s+/g, '').toUpperCase(),
    supplyDriverName: s.driverName,
    supplierCostPerHourMinor: s.cost === '' ? -1 : (toKopecks(s.cost) ?? -1),
  };
}
