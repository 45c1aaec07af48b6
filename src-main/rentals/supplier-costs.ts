import type { z } from 'zod';
import { query, type Ctx } from '../api/define';
import { prepared } from '../db/prepared';
import { currentBranch } from '../organisation/app';
import { instantAt, nextDate } from '../scheduler/zoned-time';
import { reportPeriod } from './inputs';
import { hoursAmount, paidHoursX100 } from './overtime';

type Row = {
  itemId: string;
  dealId: string;
  dealNumber: string;
  customerName: string;
  supplierId: string;
  supplierName: string;
  startAt: string;
  endAt: string;
  plate: string | null;
  status: string;
  costPerHourMinor: number;
  orderedHoursX100: number;
  minHoursX100: number;
  waybillHoursX100: number | null;
};

/**
 * What we owe equipment suppliers: every confirmed or done supply item starting in the period,
 * at the supplier's price per hour for the hours of its waybill (or, before the trip, the hours
 * ordered), per supplier with a total.
 */
export const supplierCostsApi = {
  'reports.supplierCosts': query('What we owe equipment suppliers for supply equipment: per supplier, its trips and hours at their price, and the total.', reportPeriod, supplierCosts),
};

function supplierCosts(ctx: Ctx, input: z.output<typeof reportPeriod>) {
  const tz = currentBranch(ctx.db).timeZone;
  const rows = prepared(
    ctx.db.$client,
    `SELECT i.id AS itemId, d.id AS dealId, d.number AS dealNumber, c.name AS customerName, s.id AS supplierId, s.name AS supplierName,
            i.start_at AS startAt, i.end_at AS endAt, i.supply_plate AS plate, i.status, coalesce(i.supplier_cost_per_hour_minor, 0) AS costPerHourMinor,
            i.ordered_hours_x100 AS orderedHoursX100, i.min_hours_x100 AS minHoursX100,
            (SELECT w.billable_hours_x100 FROM waybills w WHERE w.item_id = i.id AND w.deleted_at IS NULL ORDER BY w.updated_at DESC LIMIT 1) AS waybillHoursX100
       FROM rental_items i
       JOIN rental_deals d ON d.id = i.deal_id
       JOIN customers c ON c.id = d.customer_id
       JOIN customers s ON s.id = i.supplier_id
      WHERE i.supply = 1 AND i.deleted_at IS NULL AND i.status IN ('confirmed', 'done') AND i.start_at >= ? AND i.start_at < ?
      ORDER BY s.name, i.start_at`,
  ).all(instantAt(input.from, 0, tz).toISOString(), instantAt(nextDate(input.to), 0, tz).toISOString()) as Row[];
  const bySupplier = new Map<string, { supplierId: string; supplierName: string; totalMinor: number; trips: ReturnType<typeof trip>[] }>();
  for (const r of rows) {
    const entry = bySupplier.get(r.supplierId) ?? { supplierId: r.supplierId, supplierName: r.supplierName, totalMinor: 0, trips: [] };
    const t = trip(r);
    entry.trips.push(t);
    entry.totalMinor += t.amountMinor;
    bySupplier.set(r.supplierId, entry);
  }
  const suppliers = [...bySupplier.values()];
  return { suppliers, totalMinor: suppliers.reduce((sum, s) => sum + s.totalMinor, 0) };
}

function trip(r: Row) {
  const hoursX100 = r.waybillHoursX100 ?? paidHoursX100(r.orderedHoursX100, r.minHoursX100);
  return {
    itemId: r.itemId,
    dealId: r.dealId,
    dealNumber: r.dealNumber,
    customerName: r.customerName,
    startAt: r.startAt,
    endAt: r.endAt,
    plate: r.plate,
    done: r.waybillHoursX100 !== null,
    hoursX100,
    costPerHourMinor: r.costPerHourMinor,
    amountMinor: hoursAmount(hoursX100, r.costPerHourMinor),
  };
}
