import type { z } from 'zod';
import { customersApi } from '../customers/app';
import { vehiclesApi } from '../vehicles/app';
import { organisationApi } from '../organisation/app';
import { systemApi } from '../system/app';
import { staffApi } from '../staff/app';
import { schedulerApi } from '../scheduler/app';
import { catalogueApi } from '../catalogue/app';
import { requestsApi } from '../requests/app';
import { stockApi } from '../stock/app';
import { workOrdersApi } from '../work-orders/app';
import { workOrderListApi } from '../work-orders/list';
import { paymentsApi } from '../payments/app';
import { printApi } from '../print/app';
import { rentalsApi } from '../rentals/app';
import { dealListApi } from '../rentals/deal-list';
import { reportsApi } from '../rentals/reports';
import { calendarApi } from '../rentals/calendar';
import { driverMessageApi } from '../rentals/driver-message';
import { syncApi } from '../sync/app';
import { supplierCostsApi } from '../rentals/supplier-costs';
import type { Method } from './define';

/** The one API: every area's handlers merged into a single map that every transport serves. */
export const api = {
  ...systemApi,
  ...customersApi,
  ...vehiclesApi,
  ...organisationApi,
  ...staffApi,
  ...schedulerApi,
  ...catalogueApi,
  ...requestsApi,
  ...stockApi,
  ...workOrdersApi,
  ...workOrderListApi,
  ...paymentsApi,
  ...printApi,
  ...rentalsApi,
  ...dealListApi,
  ...reportsApi,
  ...syncApi,
  ...supplierCostsApi,
  ...calendarApi,
  ...driverMessageApi,
};

export type Api = typeof api;
export type ApiMethod = keyof Api;
export type ApiInput<M extends ApiMethod> = z.input<Api[M]['input']>;
export type ApiOutput<M extends ApiMethod> = Awaited<ReturnType<Api[M]['run']>>;

export const methods: Record<string, Method> = api as unknown as Record<string, Method>;
