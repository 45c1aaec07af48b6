import { and, asc, desc, eq, isNull, ne } from 'drizzle-orm';
import type { z } from 'zod';
import { command, query, type Ctx } from '../api/define';
import { byId } from '../api/fields';
import { AppError, fieldError } from '../api/errors';
import { insertRow, updateRow, tombstoneRow, tombstoneChildren, getLive } from '../db/dal';
import type { Db } from '../db/open';
import { nowIso } from '../db/ids';
import { documentNumber } from '../db/numbers';
import { workOrders, workOrderLabour, workOrderLabourMechanics, workOrderParts, workOrderEvents, recommendations, type WorkOrderStatus } from './schema';
import { customers } from '../customers/schema';
import { vehicles } from '../vehicles/schema';
import { employees } from '../staff/schema';
import { legalEntities } from '../organisation/schema';
import { repairRequests, requestOperations } from '../requests/schema';
import { items, warehouses } from '../stock/schema';
import { currentBranch, defaultLegalEntity } from '../organisation/app';
import { operationWithNorms, templateWithLines } from '../catalogue/app';
import { normFor } from '../catalogue/norms';
import { salePrice } from '../stock/items';
import { recordMileage } from '../vehicles/app';
import { setRequestStatus } from '../requests/app';
import { workOrderTotals, labourMoney, partMoney, sharesValid, type VatMode } from './totals';
import { reservePart, releasePart, issueOrderParts, unissueOrderParts, releaseOrderParts } from './stock-effects';
import { paidForOrder, paymentsOfOrder, invoicesOfOrder } from '../payments/balances';
import { inspectionOf } from './inspection';
import { workOrderCreate, workOrderUpdate, labourAdd, labourUpdate, templateAdd, partAdd, partUpdate, statusChange, reopen, recommendationsSet } from './inputs';

export const workOrdersApi = {
  'workOrders.create': command('Open a work order from a repair request (everything carries over) or from scratch.', workOrderCreate, createWorkOrder),
  'workOrders.update': command('Change the header: payer, vehicle, mileage, complaint, promised time, advisor, legal entity.', workOrderUpdate, updateWorkOrder),
  'workOrders.get': query('The order with its lines, totals, payments, invoices, inspection and history.', byId, (ctx, input) => workOrderView(ctx.db, input.id)),
  'workOrders.addLabour': command('Add a labour line from the catalogue or free text, with mechanics and their shares.', labourAdd, addLabour),
  'workOrders.addTemplate': command('Add every operation of a repair template.', templateAdd, addTemplate),
  'workOrders.updateLabour': command('Change a labour line.', labourUpdate, updateLabour),
  'workOrders.removeLabour': command('Remove a labour line.', byId, removeLabour),
  'workOrders.addPart': command('Add a part from stock (reserved now) or supplied by the customer.', partAdd, addPart),
  'workOrders.updatePart': command('Change a part line’s quantity, price or discount (the reservation follows).', partUpdate, updatePart),
  'workOrders.removePart': command('Remove a part line; its reservation is released.', byId, removePart),
  'workOrders.setStatus': command('Move the order on: in progress, completed (parts issued), issued to the customer, or cancelled.', statusChange, setStatus),
  'workOrders.reopen': command('Reopen a completed or issued order (the reason is recorded; issued parts go back to reserved).', reopen, reopenOrder),
  'workOrders.setRecommendations': command('Work advised but not done: kept on the vehicle for next time.', recommendationsSet, setRecommendations),
};

const editable: WorkOrderStatus[] = ['draft', 'in_progress'];

export function orderRow(db: Db, id: string) {
  return getLive(db, workOrders, id, 'work_order');
}

function editableOrder(db: Db, id: string) {
  const order = orderRow(db, id);
  if (!editable.includes(order.status)) throw new AppError('conflict', {}, { id: 'field.order_locked' }, 'field.order_locked');
  return order;
}

export function vatFor(db: Db, legalEntityId: string | null): { mode: VatMode; rateBp: number } {
  const entity = legalEntityId ? db.select().from(legalEntities).where(eq(legalEntities.id, legalEntityId)).get() : defaultLegalEntity(db);
  return entity ? { mode: entity.vatMode, rateBp: entity.vatRateBp } : { mode: 'none', rateBp: 0 };
}

function labourRows(db: Db, orderId: string) {
  return db.select().from(workOrderLabour).where(and(eq(workOrderLabour.workOrderId, orderId), isNull(workOrderLabour.deletedAt))).orderBy(asc(workOrderLabour.position)).all();
}

function partRows(db: Db, orderId: string) {
  return db.select().from(workOrderParts).where(and(eq(workOrderParts.workOrderId, orderId), isNull(workOrderParts.deletedAt))).orderBy(asc(workOrderParts.position)).all();
}

export function orderTotals(db: Db, order: { id: string; legalEntityId: string | null }) {
  return workOrderTotals(labourRows(db, order.id), partRows(db, order.id), vatFor(db, order.legalEntityId), paidForOrder(db, order.id));
}

/** Keeps the stored total in step with the lines (lists and filters read it). */
function recalc(db: Db, orderId: string) {
  const order = orderRow(db, orderId);
  const totals = orderTotals(db, order);
  if (totals.totalMinor !== order.totalMinor) updateRow(db, workOrders, orderId, { totalMinor: totals.totalMinor }, 'work_order');
}

function event(db: Db, workOrderId: string, kind: 'status' | 'reopen', fromStatus: string | null, toStatus: string, note: string | null = null) {
  insertRow(db, workOrderEvents, { workOrderId, kind, fromStatus, toStatus, note });
}


function createWorkOrder(ctx: Ctx, input: z.output<typeof workOrderCreate>) {
  const request = input.requestId ? getLive(ctx.db, repairRequests, input.requestId, 'request') : null;
  if (request) {
    // One request, one order: a second click must not open a duplicate.
    const existing = ctx.db.select({ number: workOrders.number }).from(workOrders).where(and(eq(workOrders.requestId, request.id), isNull(workOrders.deletedAt), ne(workOrders.status, 'cancelled'))).get();
    if (existing) throw new AppError('conflict', { number: existing.number }, { requestId: 'field.request_has_order' }, 'field.request_has_order');
  }
  const customerId = input.customerId ?? request?.customerId;
  if (!customerId) throw fieldError('customerId', 'field.required');
  getLive(ctx.db, customers, customerId, 'customer');
  const payerId = input.payerId ?? customerId;
  getLive(ctx.db, customers, payerId, 'customer');
  const vehicleId = input.vehicleId === undefined ? (request?.vehicleId ?? null) : input.vehicleId;
  if (vehicleId) {
    const car = getLive(ctx.db, vehicles, vehicleId, 'vehicle');
    if (car.customerId !== customerId) throw fieldError('vehicleId', 'field.vehicle_not_customers');
    if (input.mileageKm !== undefined) recordMileage(ctx.db, vehicleId, input.mileageKm, 'work_order');
  }
  if (input.advisorId) getLive(ctx.db, employees, input.advisorId, 'employee');
  if (input.legalEntityId) getLive(ctx.db, legalEntities, input.legalEntityId, 'legal_entity');
  const order = insertRow(ctx.db, workOrders, {
    branchId: currentBranch(ctx.db).id,
    number: documentNumber(ctx.db, 'work_order'),
    status: 'draft',
    requestId: request?.id ?? null,
    bookingId: input.bookingId ?? request?.bookingId ?? null,
    customerId,
    payerId,
    vehicleId,
    mileageKm: input.mileageKm ?? null,
    complaint: input.complaint ?? request?.complaint ?? null,
    acceptedAt: nowIso(),
    promisedAt: input.promisedAt ?? null,
    completedAt: null,
    issuedAt: null,
    advisorId: input.advisorId ?? null,
    legalEntityId: input.legalEntityId ?? defaultLegalEntity(ctx.db)?.id ?? null,
    totalMinor: 0,
    notes: input.notes ?? null,
  });
  event(ctx.db, order.id, 'status', null, 'draft');
  if (request) {
    const ops = ctx.db.select().from(requestOperations).where(and(eq(requestOperations.requestId, request.id), isNull(requestOperations.deletedAt))).orderBy(asc(requestOperations.position)).all();
    ops.forEach((o, position) =>
      insertRow(ctx.db, workOrderLabour, { workOrderId: order.id, operationId: o.operationId, code: null, name: o.name, hoursX100: o.standardHoursX100, rateMinor: o.rateMinor, quantityX1000: o.quantityX1000, discountBp: 0, position }),
    );
    if (request.status !== 'converted') setRequestStatus(ctx, { id: request.id, status: 'converted' });
    recalc(ctx.db, order.id);
  }
  return workOrderView(ctx.db, order.id);
}

function updateWorkOrder(ctx: Ctx, input: z.output<typeof workOrderUpdate>) {
  const order = editableOrder(ctx.db, input.id);
  const { id, ...patch } = input;
  const customerId = patch.customerId ?? order.customerId;
  if (patch.customerId) getLive(ctx.db, customers, patch.customerId, 'customer');
  if (patch.payerId) getLive(ctx.db, customers, patch.payerId, 'customer');
  const vehicleId = patch.vehicleId === undefined ? order.vehicleId : patch.vehicleId;
  if (vehicleId && getLive(ctx.db, vehicles, vehicleId, 'vehicle').customerId !== customerId) throw fieldError('vehicleId', 'field.vehicle_not_customers');
  if (vehicleId && patch.mileageKm !== undefined) recordMileage(ctx.db, vehicleId, patch.mileageKm, 'work_order');
  if (patch.advisorId) getLive(ctx.db, employees, patch.advisorId, 'employee');
  if (patch.legalEntityId) getLive(ctx.db, legalEntities, patch.legalEntityId, 'legal_entity');
  updateRow(ctx.db, workOrders, id, patch, 'work_order');
  recalc(ctx.db, id);
  return workOrderView(ctx.db, id);
}

function checkMechanics(db: Db, mechanics: { employeeId: string; shareBp: number }[] | undefined) {
  if (!mechanics) return;
  if (!sharesValid(mechanics)) throw fieldError('mechanics', 'field.shares_sum');
  mechanics.forEach((m, i) => {
    const e = getLive(db, employees, m.employeeId, 'employee');
    if (e.role !== 'mechanic') throw fieldError(`mechanics.${i}.employeeId`, 'field.not_a_mechanic');
  });
}

function writeMechanics(db: Db, labourId: string, mechanics: { employeeId: string; shareBp: number }[] | undefined) {
  if (!mechanics) return;
  tombstoneChildren(db, workOrderLabourMechanics, workOrderLabourMechanics.labourId, labourId);
  for (const m of mechanics) insertRow(db, workOrderLabourMechanics, { labourId, employeeId: m.employeeId, shareBp: m.shareBp });
}

function nextPosition(rows: { position: number }[]) {
  return rows.reduce((m, r) => Math.max(m, r.position + 1), 0);
}

function addLabour(ctx: Ctx, input: z.output<typeof labourAdd>) {
  const order = editableOrder(ctx.db, input.workOrderId);
  checkMechanics(ctx.db, input.mechanics);
  const op = input.operationId ? operationWithNorms(ctx.db, input.operationId) : null;
  const car = order.vehicleId ? ctx.db.select().from(vehicles).where(eq(vehicles.id, order.vehicleId)).get() : null;
  const line = insertRow(ctx.db, workOrderLabour, {
    workOrderId: order.id,
    operationId: op?.id ?? null,
    code: op?.code ?? null,
    name: input.name ?? op!.name,
    hoursX100: input.hoursX100 ?? (op ? normFor(op.standardHoursX100, op.norms, car) : 0),
    rateMinor: input.rateMinor ?? op?.effectiveRateMinor ?? currentBranch(ctx.db).labourRateMinor,
    quantityX1000: input.quantityX1000 ?? 1000,
    discountBp: input.discountBp ?? 0,
    position: nextPosition(labourRows(ctx.db, order.id)),
  });
  writeMechanics(ctx.db, line.id, input.mechanics);
  recalc(ctx.db, order.id);
  return workOrderView(ctx.db, order.id);
}

function addTemplate(ctx: Ctx, input: z.output<typeof templateAdd>) {
  editableOrder(ctx.db, input.workOrderId);
  for (const op of templateWithLines(ctx.db, input.templateId).operations) {
    addLabour(ctx, { workOrderId: input.workOrderId, operationId: op.operationId, quantityX1000: op.quantityX1000, mechanics: input.mechanics });
  }
  return workOrderView(ctx.db, input.workOrderId);
}

function updateLabour(ctx: Ctx, input: z.output<typeof labourUpdate>) {
  const line = getLive(ctx.db, workOrderLabour, input.id, 'work_order');
  editableOrder(ctx.db, line.workOrderId);
  checkMechanics(ctx.db, input.mechanics);
  const { id, mechanics, ...patch } = input;
  updateRow(ctx.db, workOrderLabour, id, patch, 'work_order');
  writeMechanics(ctx.db, id, mechanics);
  recalc(ctx.db, line.workOrderId);
  return workOrderView(ctx.db, line.workOrderId);
}

function removeLabour(ctx: Ctx, input: { id: string }) {
  const line = getLive(ctx.db, workOrderLabour, input.id, 'work_order');
  editableOrder(ctx.db, line.workOrderId);
  tombstoneRow(ctx.db, workOrderLabour, line.id, 'work_order');
  recalc(ctx.db, line.workOrderId);
  return workOrderView(ctx.db, line.workOrderId);
}

function storeWarehouse(db: Db): string {
  const branch = currentBranch(db);
  const row = db.select({ id: warehouses.id }).from(warehouses).where(and(eq(warehouses.branchId, branch.id), eq(warehouses.kind, 'store'), isNull(warehouses.deletedAt))).get();
  if (!row) throw fieldError('warehouseId', 'field.warehouse_required');
  return row.id;
}

function addPart(ctx: Ctx, input: z.output<typeof partAdd>) {
  const order = editableOrder(ctx.db, input.workOrderId);
  const customerSupplied = input.customerSupplied ?? false;
  const item = input.itemId ? getLive(ctx.db, items, input.itemId, 'item') : null;
  const group = item?.groupId ? ctx.db.$client.prepare('SELECT markup_bp FROM item_groups WHERE id = ?').pluck().get(item.groupId) as number : null;
  if (item && ['pcs', 'set'].includes(item.unit) && input.quantityX1000 % 1000 !== 0) throw fieldError('quantityX1000', 'field.whole_units');
  const fromStock = !!item && !customerSupplied;
  const warehouseId = fromStock ? (input.warehouseId ?? storeWarehouse(ctx.db)) : null;
  const line = insertRow(ctx.db, workOrderParts, {
    workOrderId: order.id,
    itemId: item?.id ?? null,
    article: input.article ?? item?.article ?? null,
    name: input.name ?? item!.name,
    unit: input.unit ?? item?.unit ?? 'pcs',
    quantityX1000: input.quantityX1000,
    priceMinor: customerSupplied ? 0 : (input.priceMinor ?? (item ? salePrice({ ...item, markupBp: group }) : 0)),
    discountBp: input.discountBp ?? 0,
    customerSupplied,
    warehouseId,
    reservationId: null,
    position: nextPosition(partRows(ctx.db, order.id)),
  });
  if (fromStock) updateRow(ctx.db, workOrderParts, line.id, { reservationId: reservePart(ctx, order.id, { itemId: item.id, warehouseId: warehouseId!, quantityX1000: input.quantityX1000 }) }, 'work_order');
  recalc(ctx.db, order.id);
  return workOrderView(ctx.db, order.id);
}

function updatePart(ctx: Ctx, input: z.output<typeof partUpdate>) {
  const line = getLive(ctx.db, workOrderParts, input.id, 'work_order');
  const order = editableOrder(ctx.db, line.workOrderId);
  if (input.quantityX1000 !== undefined && input.quantityX1000 !== line.quantityX1000 && line.itemId && line.warehouseId && !line.customerSupplied) {
    if (['pcs', 'set'].includes(line.unit) && input.quantityX1000 % 1000 !== 0) throw fieldError('quantityX1000', 'field.whole_units');
    // Release first, so the new quantity may use what this line held.
    releasePart(ctx, line.reservationId);
    const reservationId = reservePart(ctx, order.id, { itemId: line.itemId, warehouseId: line.warehouseId, quantityX1000: input.quantityX1000 });
    updateRow(ctx.db, workOrderParts, line.id, { reservationId }, 'work_order');
  }
  const { id, ...patch } = input;
  updateRow(ctx.db, workOrderParts, id, line.customerSupplied ? { ...patch, priceMinor: 0 } : patch, 'work_order');
  recalc(ctx.db, order.id);
  return workOrderView(ctx.db, order.id);
}

function removePart(ctx: Ctx, input: { id: string }) {
  const line = getLive(ctx.db, workOrderParts, input.id, 'work_order');
  editableOrder(ctx.db, line.workOrderId);
  releasePart(ctx, line.reservationId);
  tombstoneRow(ctx.db, workOrderParts, line.id, 'work_order');
  recalc(ctx.db, line.workOrderId);
  return workOrderView(ctx.db, line.workOrderId);
}

const allowed: Record<string, WorkOrderStatus[]> = {
  in_progress: ['draft'],
  completed: ['in_progress'],
  issued: ['completed'],
  cancelled: ['draft', 'in_progress'],
};

function setStatus(ctx: Ctx, input: z.output<typeof statusChange>) {
  const order = orderRow(ctx.db, input.id);
  if (!allowed[input.status].includes(order.status)) throw new AppError('conflict', { from: order.status, to: input.status }, { status: 'field.status_transition' }, 'field.status_transition');
  const patch: Partial<typeof workOrders.$inferInsert> = { status: input.status };
  if (input.status === 'completed') {
    // Payroll needs to know who did each job.
    labourRows(ctx.db, order.id).forEach((l, i) => {
      const shares = mechanicsOf(ctx.db, l.id);
      if (!shares.length || !sharesValid(shares)) throw fieldError(`labour.${i}.mechanics`, 'field.mechanic_required');
    });
    issueOrderParts(ctx, order.id);
    patch.completedAt = nowIso();
  }
  if (input.status === 'issued') patch.issuedAt = nowIso();
  if (input.status === 'cancelled') releaseOrderParts(ctx, order.id);
  updateRow(ctx.db, workOrders, order.id, patch, 'work_order');
  event(ctx.db, order.id, 'status', order.status, input.status);
  return workOrderView(ctx.db, order.id);
}

function reopenOrder(ctx: Ctx, input: z.output<typeof reopen>) {
  const order = orderRow(ctx.db, input.id);
  if (order.status !== 'completed' && order.status !== 'issued') throw new AppError('conflict', {}, { id: 'field.status_transition' }, 'field.status_transition');
  unissueOrderParts(ctx, order.id);
  updateRow(ctx.db, workOrders, order.id, { status: 'in_progress', completedAt: null, issuedAt: null }, 'work_order');
  event(ctx.db, order.id, 'reopen', order.status, 'in_progress', input.reason);
  return workOrderView(ctx.db, order.id);
}

function setRecommendations(ctx: Ctx, input: z.output<typeof recommendationsSet>) {
  const order = orderRow(ctx.db, input.workOrderId);
  if (!order.vehicleId) throw fieldError('workOrderId', 'field.vehicle_required');
  tombstoneChildren(ctx.db, recommendations, recommendations.workOrderId, order.id);
  for (const text of input.items) insertRow(ctx.db, recommendations, { vehicleId: order.vehicleId, workOrderId: order.id, text, doneAt: null });
  return workOrderView(ctx.db, order.id);
}

function mechanicsOf(db: Db, labourId: string) {
  return db
    .select({ employeeId: workOrderLabourMechanics.employeeId, shareBp: workOrderLabourMechanics.shareBp, name: employees.name })
    .from(workOrderLabourMechanics)
    .innerJoin(employees, eq(employees.id, workOrderLabourMechanics.employeeId))
    .where(and(eq(workOrderLabourMechanics.labourId, labourId), isNull(workOrderLabourMechanics.deletedAt)))
    .all();
}

export function workOrderView(db: Db, id: string) {
  const order = orderRow(db, id);
  const labour = labourRows(db, id).map((l) => ({ ...l, ...labourMoney(l), mechanics: mechanicsOf(db, l.id) }));
  const parts = partRows(db, id).map((p) => ({ ...p, ...partMoney(p) }));
  const customer = db.select({ id: customers.id, name: customers.name, phones: customers.phones, kind: customers.kind }).from(customers).where(eq(customers.id, order.customerId)).get()!;
  const payer = order.payerId === order.customerId ? customer : db.select({ id: customers.id, name: customers.name, phones: customers.phones, kind: customers.kind }).from(customers).where(eq(customers.id, order.payerId)).get()!;
  const vehicle = order.vehicleId ? db.select({ id: vehicles.id, plate: vehicles.plate, vin: vehicles.vin, make: vehicles.make, model: vehicles.model, year: vehicles.year }).from(vehicles).where(eq(vehicles.id, order.vehicleId)).get() : null;
  const advisor = order.advisorId ? (db.select({ name: employees.name }).from(employees).where(eq(employees.id, order.advisorId)).get()?.name ?? null) : null;
  const events = db.select().from(workOrderEvents).where(eq(workOrderEvents.workOrderId, id)).orderBy(asc(workOrderEvents.id)).all();
  const recs = db.select({ id: recommendations.id, text: recommendations.text }).from(recommendations).where(and(eq(recommendations.workOrderId, id), isNull(recommendations.deletedAt))).all();
  return {
    ...order,
    customer,
    payer,
    vehicle: vehicle ?? null,
    advisorName: advisor,
    labour,
    parts,
    totals: orderTotals(db, order),
    payments: paymentsOfOrder(db, id),
    invoices: invoicesOfOrder(db, id),
    events,
    recommendations: recs,
    inspection: inspectionOf(db, id),
    locked: !editable.includes(order.status),
  };
}

export function latestOrders(db: Db, vehicleId: string) {
  return db.select().from(workOrders).where(and(eq(workOrders.vehicleId, vehicleId), isNull(workOrders.deletedAt))).orderBy(desc(workOrders.createdAt)).all();
}
