import type { ApiOutput } from '../api/client';

export type WorkOrder = ApiOutput<'workOrders.get'>;
export type WorkOrderStatus = WorkOrder['status'];
export const workOrderStatuses: WorkOrderStatus[] = ['draft', 'in_progress', 'completed', 'issued', 'cancelled'];
export type LabourLine = WorkOrder['labour'][number];
export type PartLine = WorkOrder['parts'][number];
export type Mechanic = LabourLine['mechanics'][number];
export type Payment = WorkOrder['payments'][number];
export type Invoice = WorkOrder['invoices'][number];
export type Inspection = NonNullable<WorkOrder['inspection']>;
export type DamageMark = Inspection['marks'][number];

/** A row of workOrders.list (the back end reads it with raw SQL, so its type is spelled out here). */
export type WorkOrderListItem = {
  id: string;
  number: string;
  status: WorkOrderStatus;
  customerId: string;
  vehicleId: string | null;
  createdAt: string;
  promisedAt: string | null;
  total: number;
  paid: number;
  due: number;
  customerName: string;
  plate: string | null;
  vehicleTitle: string;
  advisorName: string | null;
};

/** vehicles.history, spelled out for the same reason. */
export type VehicleHistory = {
  orders: { id: string; number: string; status: WorkOrderStatus; createdAt: string; mileageKm: number | null; complaint: string | null; total: number }[];
  recommendations: { id: string; text: string; createdAt: string; workOrderNumber: string | null }[];
  mileage: { km: number; readAt: string; source: string }[];
};
export type Employee = ApiOutput<'employees.list'>['items'][number];
