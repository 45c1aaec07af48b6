import type { ApiInput } from '../api/client';
import type { CustomerListItem } from '../customers/store';
import type { RequestView } from '../scheduler/booking-status';
import { fromHoursX100, fromQuantityX1000, toHoursX100, toQuantityX1000 } from '../form-units';
import type { VehicleClass } from '../vehicles/vehicle-classes';

/** One preliminary operation as the form edits it; catalogue lines keep their id and the server prices them. */
export type LineValues = {
  key: string;
  operationId: string | null;
  code: string;
  name: string;
  /** Decimal hours: the catalogue's (shown) or typed (free text). */
  hours: number | string;
  quantity: number | string;
  /** The server's amount for this line as last saved; null once the line changes. */
  amountMinor: number | null;
};

export type RequestValues = {
  customerMode: 'existing' | 'new';
  customer: CustomerListItem | null;
  newCustomer: { kind: 'person' | 'company'; name: string; phone: string };
  /** A vehicle of the chosen customer, 'new' for one typed here, or null. */
  vehicleId: string | null;
  newVehicle: { plate: string; make: string; model: string; vehicleClass: VehicleClass | null };
  complaint: string;
  lines: LineValues[];
};

let keys = 0;
export const lineKey = () => `line-${++keys}`;

export function emptyRequestValues(): RequestValues {
  return {
    customerMode: 'existing',
    customer: null,
    newCustomer: { kind: 'person', name: '', phone: '' },
    vehicleId: null,
    newVehicle: { plate: '', make: '', model: '', vehicleClass: null },
    complaint: '',
    lines: [],
  };
}

export function requestValues(request: RequestView | null, customer: CustomerListItem | null): RequestValues {
  const empty = emptyRequestValues();
  if (!request) return { ...empty, customer, vehicleId: customer?.vehicles.length === 1 ? customer.vehicles[0].id : null };
  return {
    ...empty,
    customer,
    vehicleId: request.vehicle?.id ?? null,
    complaint: request.complaint ?? '',
    lines: request.operations.map((o) => ({
      key: lineKey(),
      operationId: o.operationId,
      code: o.code ?? '',
      name: o.name,
      hours: fromHoursX100(o.standardHoursX100),
      quantity: fromQuantityX1000(o.quantityX1000),
      amountMinor: o.amountMinor,
    })),
  };
}

/** Worth a request: someone to call, something to fix, or work to do. */
export function hasRequestContent(v: RequestValues): boolean {
  return (v.customerMode === 'existing' ? !!v.customer : !!v.newCustomer.name.trim() || !!v.newCustomer.phone.trim()) || !!v.complaint.trim() || v.lines.length > 0;
}

const newVehicleTyped = (v: RequestValues) => !!(v.newVehicle.plate.trim() || v.newVehicle.make.trim() || v.newVehicle.model.trim());

/** The requests.create / requests.update input (without bookingId / id). Line indices stay as in the form. */
export function requestInput(v: RequestValues): Omit<ApiInput<'requests.create'>, 'bookingId'> {
  const parties: Omit<ApiInput<'requests.create'>, 'bookingId'> =
    v.customerMode === 'new'
      ? { newCustomer: { kind: v.newCustomer.kind, name: v.newCustomer.name, phones: v.newCustomer.phone.trim() ? [v.newCustomer.phone] : [] }, customerId: null }
      : { customerId: v.customer?.id ?? null };
  const wantsNewVehicle = v.customerMode === 'new' ? newVehicleTyped(v) : v.vehicleId === 'new';
  if (wantsNewVehicle) parties.newVehicle = { ...v.newVehicle };
  else parties.vehicleId = v.customerMode === 'existing' ? v.vehicleId : null;
  return {
    ...parties,
    complaint: v.complaint,
    operations: v.lines.map((l) => {
      const quantityX1000 = toQuantityX1000(l.quantity) ?? undefined;
      return l.operationId ? { operationId: l.operationId, quantityX1000 } : { name: l.name, standardHoursX100: toHoursX100(l.hours) ?? undefined, quantityX1000 };
    }),
  };
}

/** The back end's field paths (requests.* and bookings.*) → this form's. */
export function formPath(path: string): string {
  return path
    .replace(/^newCustomer\.phones(\.\d+)?$/, 'newCustomer.phone')
    .replace(/^operations\.(\d+)\.standardHoursX100$/, 'lines.$1.hours')
    .replace(/^operations\.(\d+)\.quantityX1000$/, 'lines.$1.quantity')
    .replace(/^operations\.(\d+)\.(?:name|operationId)$/, 'lines.$1.name')
    .replace(/^customerId$/, 'customer')
    .replace(/^mechanicIds\.\d+$/, 'mechanicIds');
}
