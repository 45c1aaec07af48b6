import type { ApiInput } from '../api/client';
import type { CustomerListItem } from '../customers/store';
import type { WorkOrder } from './order-types';

/** The order's header as the form holds it; the payer is null while it is the customer. */
export type HeaderValues = {
  customer: CustomerListItem | null;
  vehicleId: string | null;
  payer: CustomerListItem | null;
  legalEntityId: string | null;
  complaint: string;
  mileageKm: string;
  /** "YYYY-MM-DDTHH:MM" on this computer's clock (an <input type="datetime-local">). */
  promisedAt: string;
  advisorId: string | null;
};

const pad = (n: number) => String(n).padStart(2, '0');

export function toLocalInput(iso: string | null): string {
  if (!iso) return '';
  const d = new Date(iso);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

export function fromLocalInput(value: string): string | null {
  if (!value) return null;
  const d = new Date(value);
  return Number.isNaN(d.getTime()) ? null : d.toISOString();
}

function party(c: WorkOrder['customer']): CustomerListItem {
  return { id: c.id, name: c.name, kind: c.kind, phones: c.phones, vehicles: [] };
}

export function headerValues(order: WorkOrder): HeaderValues {
  return {
    customer: party(order.customer),
    vehicleId: order.vehicleId,
    payer: order.payerId === order.customerId ? null : party(order.payer),
    legalEntityId: order.legalEntityId,
    complaint: order.complaint ?? '',
    mileageKm: order.mileageKm === null ? '' : String(order.mileageKm),
    promisedAt: toLocalInput(order.promisedAt),
    advisorId: order.advisorId,
  };
}

/** What changed, for workOrders.update: mileage is a reading on the vehicle, so it goes only when edited. */
export function headerInput(order: WorkOrder, v: HeaderValues): ApiInput<'workOrders.update'> {
  const customerId = v.customer?.id ?? order.customerId;
  const mileage = v.mileageKm.replace(/\s/g, '');
  const before = headerValues(order);
  return {
    id: order.id,
    customerId,
    payerId: v.payer?.id ?? customerId,
    vehicleId: v.vehicleId,
    legalEntityId: v.legalEntityId ?? undefined,
    complaint: v.complaint.trim() || null,
    promisedAt: fromLocalInput(v.promisedAt),
    advisorId: v.advisorId ?? undefined,
    ...(mileage && mileage !== before.mileageKm ? { mileageKm: Number(mileage) } : {}),
  };
}

/** Compares the parts of the header a person edits (customer and payer by id). */
export function sameHeader(a: HeaderValues, b: HeaderValues): boolean {
  const key = (v: HeaderValues) => JSON.stringify({ ...v, customer: v.customer?.id ?? null, payer: v.payer?.id ?? null });
  return key(a) === key(b);
}
