import type { Db } from '../db/open';
import type { Ctx } from '../api/define';
import { insertRow } from '../db/dal';
import { documentNumber } from '../db/numbers';
import { workOrders, workOrderLabour, workOrderLabourMechanics, workOrderEvents } from '../work-orders/schema';
import { payments } from '../payments/schema';
import { workOrdersApi } from '../work-orders/app';
import { workOrderListApi } from '../work-orders/list';
import { paymentsApi } from '../payments/app';
import { currentBranch } from '../organisation/app';
import { labourMoney, vatOf } from '../work-orders/totals';
import { vatFor } from '../work-orders/app';
import { seededRng } from './generate';

// Work orders to look at and print: a few made through the real handlers in every status
// (with parts from stock, payments, invoices, an inspection act, recommendations), and for
// garage/large ten years of closed, paid orders written straight through the data-access layer.

const historyCounts: Record<string, number> = { small: 0, garage: 50_000, large: 50_000 };

type Run = <M extends Record<string, { run: (ctx: Ctx, input: never) => unknown }>>(api: M, name: keyof M & string, input: unknown) => unknown;

export function fillWorkOrdersDemo(db: Db, scale: 'small' | 'garage' | 'large', progress?: (done: number, total: number) => void): { workOrders: number } {
  const sqlite = db.$client;
  if (sqlite.prepare('SELECT 1 FROM work_orders').get()) return { workOrders: 0 };
  const ctx: Ctx = { db, locale: 'ru' };
  const rng = seededRng(5);
  // The handlers' inputs are already-valid demo values; the API map gives them their types.
  const run: Run = (api, name, input) => (api[name].run as (ctx: Ctx, input: unknown) => unknown)(ctx, input);
  const pick = <T>(list: T[]) => list[Math.floor(rng() * list.length)];

  const cars = sqlite.prepare('SELECT v.id, v.customer_id AS customerId FROM vehicles v WHERE v.deleted_at IS NULL ORDER BY v.rowid DESC LIMIT 200').all() as { id: string; customerId: string }[];
  const mechanics = sqlite.prepare("SELECT id FROM employees WHERE role = 'mechanic' AND deleted_at IS NULL").pluck().all() as string[];
  const advisors = sqlite.prepare("SELECT id FROM employees WHERE role = 'front_desk' AND deleted_at IS NULL").pluck().all() as string[];
  const ops = sqlite.prepare('SELECT id FROM operations WHERE deleted_at IS NULL').pluck().all() as string[];
  const templates = sqlite.prepare('SELECT id FROM repair_templates WHERE deleted_at IS NULL').pluck().all() as string[];
  const stockItems = sqlite.prepare("SELECT b.item_id FROM stock_balances b JOIN warehouses w ON w.id = b.warehouse_id WHERE w.kind = 'store' AND b.qty_x1000 >= 3000 LIMIT 50").pluck().all() as string[];
  if (!cars.length || !mechanics.length || !ops.length) return { workOrders: 0 };

  let made = 0;
  const statuses = ['draft', 'in_progress', 'completed', 'issued', 'issued', 'cancelled', 'completed', 'issued', 'in_progress', 'issued', 'completed', 'issued'] as const;
  sqlite.transaction(() => {
    statuses.forEach((target, i) => {
      const car = cars[i % cars.length];
      const share = (n: number) => (n === 2 ? [{ employeeId: mechanics[i % mechanics.length], shareBp: 6000 }, { employeeId: mechanics[(i + 1) % mechanics.length], shareBp: 4000 }] : [{ employeeId: mechanics[i % mechanics.length], shareBp: 10000 }]);
      const wo = run(workOrdersApi, 'workOrders.create', {
        customerId: car.customerId,
        vehicleId: car.id,
        complaint: pick(['Плановое ТО', 'Стук в передней подвеске', 'Скрип при торможении', 'Горит Check Engine', 'Замена шин по сезону', 'Течь масла']),
        advisorId: advisors.length ? pick(advisors) : undefined,
        promisedAt: new Date(Date.now() + 86_400_000).toISOString(),
      }) as { id: string };
      if (templates.length && i % 2 === 0) run(workOrdersApi, 'workOrders.addTemplate', { workOrderId: wo.id, templateId: pick(templates), mechanics: share(1) });
      run(workOrdersApi, 'workOrders.addLabour', { workOrderId: wo.id, operationId: pick(ops), mechanics: share(2), discountBp: i % 4 === 0 ? 500 : 0 });
      if (stockItems.length) run(workOrdersApi, 'workOrders.addPart', { workOrderId: wo.id, itemId: stockItems[i % stockItems.length], quantityX1000: 1000 });
      if (i % 3 === 0) run(workOrdersApi, 'workOrders.addPart', { workOrderId: wo.id, name: 'Масло моторное клиента', unit: 'l', quantityX1000: 4000, customerSupplied: true });
      run(workOrderListApi, 'inspections.save', {
        workOrderId: wo.id,
        marks: [
          { view: 'left', x: 0.35, y: 0.55, kind: 'scratch', note: 'Передняя дверь' },
          { view: 'top', x: 0.5, y: 0.2, kind: 'chip', note: 'Капот' },
        ].slice(0, 1 + (i % 2)),
        fuelEighths: 1 + (i % 8),
        mileageKm: null,
        itemsLeft: i % 2 ? 'Детское кресло, зарядное устройство' : null,
      });
      run(workOrdersApi, 'workOrders.setRecommendations', { workOrderId: wo.id, items: i % 2 ? ['Заменить передние тормозные колодки в течение 2 000 км'] : [] });
      if (i % 4 === 1) run(paymentsApi, 'invoices.create', { workOrderId: wo.id, kind: 'prepayment', amountMinor: 200000 });
      const path = { draft: [], in_progress: ['in_progress'], completed: ['in_progress', 'completed'], issued: ['in_progress', 'completed', 'issued'], cancelled: ['cancelled'] }[target];
      for (const status of path) run(workOrdersApi, 'workOrders.setStatus', { id: wo.id, status });
      const view = run(workOrdersApi, 'workOrders.get', { id: wo.id }) as { totals: { totalMinor: number } };
      if (target === 'issued') run(paymentsApi, 'payments.create', { workOrderId: wo.id, method: pick(['cash', 'card', 'sbp'] as const), amountMinor: view.totals.totalMinor });
      if (target === 'completed') {
        run(paymentsApi, 'payments.create', { workOrderId: wo.id, method: 'card', amountMinor: Math.floor(view.totals.totalMinor / 2) });
        run(paymentsApi, 'invoices.create', { workOrderId: wo.id, kind: 'postpayment' });
      }
      made++;
    });
  })();

  // Ten years of closed orders for volume: one labour line each, paid in full.
  const total = historyCounts[scale];
  if (!total) return { workOrders: made };
  const branch = currentBranch(db);
  const vat = vatFor(db, null);
  const allCars = sqlite.prepare('SELECT id, customer_id AS customerId FROM vehicles WHERE deleted_at IS NULL').all() as { id: string; customerId: string }[];
  const opRows = sqlite.prepare('SELECT id, code, name, standard_hours_x100 AS hours FROM operations WHERE deleted_at IS NULL').all() as { id: string; code: string; name: string; hours: number }[];
  const start = Date.now() - 3650 * 86_400_000;
  const batch = sqlite.transaction((from: number, count: number) => {
    for (let n = from; n < from + count; n++) {
      const at = new Date(start + (n / total) * 3640 * 86_400_000 + Math.floor(rng() * 8) * 3_600_000).toISOString();
      const car = allCars[Math.floor(rng() * allCars.length)];
      const op = opRows[Math.floor(rng() * opRows.length)];
      const line = { hoursX100: op.hours, quantityX1000: 1000, rateMinor: branch.labourRateMinor, discountBp: 0 };
      const { totalMinor } = vatOf(labourMoney(line).amountMinor, vat.mode, vat.rateBp);
      const wo = insertRow(db, workOrders, {
        createdAt: at, branchId: branch.id, number: documentNumber(db, 'work_order'), status: 'issued', requestId: null, bookingId: null,
        customerId: car.customerId, payerId: car.customerId, vehicleId: car.id, mileageKm: null, complaint: null,
        acceptedAt: at, promisedAt: null, completedAt: at, issuedAt: at, advisorId: advisors.length ? advisors[n % advisors.length] : null,
        legalEntityId: null, totalMinor, notes: null,
      });
      const labour = insertRow(db, workOrderLabour, { createdAt: at, workOrderId: wo.id, operationId: op.id, code: op.code, name: op.name, ...line, position: 0 });
      insertRow(db, workOrderLabourMechanics, { createdAt: at, labourId: labour.id, employeeId: mechanics[n % mechanics.length], shareBp: 10000 });
      insertRow(db, workOrderEvents, { createdAt: at, workOrderId: wo.id, kind: 'status', fromStatus: 'completed', toStatus: 'issued', note: null });
      // A few are left with a debt, so receivables and the unpaid filter have something to show.
      const paid = n % 97 === 0 ? Math.floor(totalMinor / 2) : totalMinor;
      if (paid > 0) insertRow(db, payments, { createdAt: at, branchId: branch.id, kind: 'payment', method: n % 3 ? 'card' : 'cash', amountMinor: paid, payerId: car.customerId, workOrderId: wo.id, invoiceId: null, at, note: null });
    }
  });
  for (let from = 0; from < total; from += 2000) {
    batch(from, Math.min(2000, total - from));
    progress?.(Math.min(from + 2000, total), total);
  }
  return { workOrders: made + total };
}
