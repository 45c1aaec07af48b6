import { z } from 'zod';
import { command, query, type Ctx } from '../api/define';
import { byId } from '../api/fields';
import { getLive } from '../db/dal';
import { prepared } from '../db/prepared';
import { vehicles } from '../vehicles/schema';
import { workOrderList, inspectionSave } from './inputs';
import { paidSql } from '../payments/balances';
import { orderRow, workOrderView } from './app';
import { saveInspection } from './inspection';
import { AppError } from '../api/errors';
import { withMergedIds } from '../customers/merged';

export const workOrderListApi = {
  'workOrders.list': query('Work orders, newest first; filters: status, dates, customer, vehicle, advisor, mechanic, branch (head office), unpaid.', workOrderList, listWorkOrders),
  'vehicles.history': query('A vehicle’s orders, open recommendations and mileage readings.', byId, vehicleHistory),
  'inspections.save': command('Save the inspection act of an order: damage marks, fuel, mileage, items left, photos.', inspectionSave, (ctx, input) => {
    const order = orderRow(ctx.db, input.workOrderId);
    if (order.status === 'issued' || order.status === 'cancelled') throw new AppError('conflict', {}, { workOrderId: 'field.order_locked' }, 'field.order_locked');
    return saveInspection(ctx, input, order.id);
  }),
  'inspections.get': query('The inspection act of an order, or null.', z.object({ workOrderId: z.string() }), (ctx, input) => workOrderView(ctx.db, input.workOrderId).inspection),
};

/**
 * The list reads the stored total and sums payments per row (payments_work_order_idx,
 * invoices_work_order_idx); dates filter on created_at through work_orders_created_idx.
 */
function listWorkOrders(ctx: Ctx, input: z.output<typeof workOrderList>) {
  const where = ['wo.deleted_at IS NULL'];
  const params: Record<string, unknown> = {};
  const add = (sql: string, name: string, value: unknown) => {
    where.push(sql);
    params[name] = value;
  };
  if (input.status) add('wo.status = :status', 'status', input.status);
  if (input.from) add('wo.created_at >= :from', 'from', input.from);
  if (input.to) add('wo.created_at < :to', 'to', input.to.length === 10 ? `${input.to}T99` : input.to);
  // A customer's orders include those still naming a card merged into theirs (another branch's, read-only here).
  if (input.customerId) add('wo.customer_id IN (SELECT value FROM json_each(:customer))', 'customer', JSON.stringify(withMergedIds(ctx.db, input.customerId)));
  if (input.vehicleId) add('wo.vehicle_id = :vehicle', 'vehicle', input.vehicleId);
  if (input.branchId) add('wo.branch_id = :branch', 'branch', input.branchId);
  if (input.advisorId) add('wo.advisor_id = :advisor', 'advisor', input.advisorId);
  if (input.mechanicId) {
    add(
      // Per candidate order (newest first, stopping at the page): its labour lines, then their mechanics.
      'EXISTS (SELECT 1 FROM work_order_labour l JOIN work_order_labour_mechanics m ON m.labour_id = l.id WHERE l.work_order_id = wo.id AND l.deleted_at IS NULL AND m.employee_id = :mechanic AND m.deleted_at IS NULL)',
      'mechanic',
      input.mechanicId,
    );
  }
  if (input.q?.trim()) add('(wo.number LIKE :q OR c.name LIKE :q OR v.plate LIKE :q)', 'q', `%${input.q.trim()}%`);
  if (input.unpaid) where.push(`wo.status <> 'cancelled' AND wo.total_minor > ${paidSql}`);
  const sql = `SELECT wo.id, wo.number, wo.status, wo.customer_id AS customerId, wo.vehicle_id AS vehicleId, wo.created_at AS createdAt,
      wo.promised_at AS promisedAt, wo.total_minor AS total, ${paidSql} AS paid, c.name AS customerName, v.plate AS plate,
      trim(coalesce(v.make, '') || ' ' || coalesce(v.model, '')) AS vehicleTitle, e.name AS advisorName
    FROM work_orders wo
    JOIN customers c ON c.id = wo.customer_id
    LEFT JOIN vehicles v ON v.id = wo.vehicle_id
    LEFT JOIN employees e ON e.id = wo.advisor_id
    WHERE ${where.join(' AND ')}
    ORDER BY wo.created_at DESC LIMIT :limit OFFSET :offset`;
  const rows = prepared(ctx.db.$client, sql).all({ ...params, limit: input.limit ?? 50, offset: input.offset ?? 0 }) as { total: number; paid: number }[];
  return { items: rows.map((r) => ({ ...r, due: r.total - r.paid })) };
}

function vehicleHistory(ctx: Ctx, input: { id: string }) {
  getLive(ctx.db, vehicles, input.id, 'vehicle');
  const sqlite = ctx.db.$client;
  const orders = sqlite
    .prepare(`SELECT wo.id, wo.number, wo.status, wo.created_at AS createdAt, wo.mileage_km AS mileageKm, wo.complaint, wo.total_minor AS total FROM work_orders wo
      WHERE wo.vehicle_id = ? AND wo.deleted_at IS NULL ORDER BY wo.created_at DESC`)
    .all(input.id);
  const recommendations = sqlite
    .prepare(`SELECT r.id, r.text, r.created_at AS createdAt, wo.number AS workOrderNumber FROM recommendations r LEFT JOIN work_orders wo ON wo.id = r.work_order_id
      WHERE r.vehicle_id = ? AND r.deleted_at IS NULL AND r.done_at IS NULL ORDER BY r.created_at DESC`)
    .all(input.id);
  const mileage = sqlite.prepare('SELECT km, read_at AS readAt, source FROM mileage_readings WHERE vehicle_id = ? AND deleted_at IS NULL ORDER BY read_at DESC').all(input.id);
  return { orders, recommendations, mileage };
}
