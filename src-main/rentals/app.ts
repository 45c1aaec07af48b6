import { and, asc, eq, inArray, isNull } from 'drizzle-orm';
import { z } from 'zod';
import { command, query, type Ctx } from '../api/define';
import { byId } from '../api/fields';
import { AppError, fieldError } from '../api/errors';
import { insertRow, updateRow, tombstoneRow, tombstoneChildren, getLive } from '../db/dal';
import type { Db } from '../db/open';
import { prepared } from '../db/prepared';
import { documentNumber } from '../db/numbers';
import { customers } from '../customers/schema';
import { employees } from '../staff/schema';
import { legalEntities } from '../organisation/schema';
import { invoices, invoiceLines } from '../payments/schema';
import { paidForInvoice, invoiceStatus } from '../payments/balances';
import { currentBranch, defaultLegalEntity } from '../organisation/app';
import { wallTime } from '../scheduler/zoned-time';
import { vatOf } from '../work-orders/totals';
import { machineTypes, machines, drivers, rentalDeals, rentalItems, waybills } from './schema';
import { typeCreate, typeUpdate, machineCreate, machineUpdate, machineList, driverCreate, driverUpdate, dealCreate, dealUpdate, itemAdd, itemUpdate, supplyItemAdd, availability, prepayment, waybillRecord } from './inputs';
import { workedHoursX100, billableHoursX100, overtimeOf, prepaymentOf } from './overtime';
import { overtimeLines, prepaymentLines, type InvoiceLine } from './invoice-lines';
import { availabilityQueries } from './availability.sql';

export const rentalsApi = {
  'machineTypes.list': query('Machine types (a list the user edits).', z.object({}), (ctx) => ({ items: ctx.db.select().from(machineTypes).where(isNull(machineTypes.deletedAt)).orderBy(asc(machineTypes.name)).all() })),
  'machineTypes.create': command('Add a machine type.', typeCreate, (ctx, input) => insertRow(ctx.db, machineTypes, input)),
  'machineTypes.update': command('Rename a machine type.', typeUpdate, (ctx, { id, ...patch }) => updateRow(ctx.db, machineTypes, id, patch, 'machine_type')),
  'machines.list': query('Machines, own and suppliers’, optionally of one type.', machineList, (ctx, input) => ({
    items: ctx.db
      .select()
      .from(machines)
      .where(and(isNull(machines.deletedAt), input.typeId ? eq(machines.typeId, input.typeId) : undefined, input.includeInactive ? undefined : eq(machines.active, true)))
      .orderBy(asc(machines.plate))
      .all(),
  })),
  'machines.create': command('Add a machine (own, or a supplier’s with their price).', machineCreate, createMachine),
  'machines.update': command('Change a machine.', machineUpdate, (ctx, { id, ...patch }) => updateRow(ctx.db, machines, id, patch, 'machine')),
  'drivers.list': query('Drivers: employees and third parties.', z.object({ includeInactive: z.boolean().optional() }), (ctx, input) => ({
    items: ctx.db.select().from(drivers).where(and(isNull(drivers.deletedAt), input.includeInactive ? undefined : eq(drivers.active, true))).orderBy(asc(drivers.name)).all(),
  })),
  'drivers.create': command('Add a driver: an employee with the driver role, or a third party with their cost per hour.', driverCreate, createDriver),
  'drivers.update': command('Change a driver.', driverUpdate, (ctx, { id, ...patch }) => updateRow(ctx.db, drivers, id, patch, 'driver')),
  'deals.create': command('Open a rental deal.', dealCreate, createDeal),
  'deals.update': command('Change a deal or its stage; closing needs every invoice paid, losing needs a reason.', dealUpdate, updateDeal),
  'deals.get': query('One deal with its items, waybills and invoices.', byId, (ctx, input) => dealView(ctx.db, input.id)),
  'deals.addItem': command('Add an item: a machine type or machine, a driver, a time range, rate, ordered hours and km.', itemAdd, addItem),
  'deals.addSupplyItem': command('Add supply equipment: hired from a supplier at their price, with their plate and driver.', supplyItemAdd, addSupplyItem),
  'deals.updateItem': command('Change an item (a confirmed one stays within the no-overlap rule).', itemUpdate, updateItem),
  'deals.removeItem': command('Remove an item that is not confirmed.', byId, removeItem),
  'rentals.availability': query('For a type and a time range: which own machines and drivers are free, and suppliers’ machines.', availability, checkAvailability),
  'rentals.confirmItem': command('Confirm an item: its machine and driver are booked; refused when either is taken.', byId, (ctx, input) => confirmItem(ctx, input.id)),
  'rentals.cancelItem': command('Cancel an item; its machine and driver are free again.', byId, (ctx, input) => {
    const item = getLive(ctx.db, rentalItems, input.id, 'rental_item');
    updateRow(ctx.db, rentalItems, item.id, { status: 'cancelled' }, 'rental_item');
    return dealView(ctx.db, item.dealId);
  }),
  'rentals.prepaymentInvoice': command('A prepayment invoice for the deal’s items (paid hours and ordered km).', prepayment, prepaymentInvoice),
  'rentals.recordWaybill': command('Record the trip’s waybill; overtime above what was paid becomes one post-payment invoice.', waybillRecord, recordWaybill),
};

export const MAX_RENTAL_DAYS = 62;

function createMachine(ctx: Ctx, input: z.output<typeof machineCreate>) {
  getLive(ctx.db, machineTypes, input.typeId, 'machine_type');
  if (input.ownership === 'supplier' && !input.supplierId) throw fieldError('supplierId', 'field.supplier_required');
  if (input.supplierId && !getLive(ctx.db, customers, input.supplierId, 'customer').isSupplier) throw fieldError('supplierId', 'field.not_a_supplier');
  return insertRow(ctx.db, machines, {
    ...input,
    supplierId: input.supplierId ?? null,
    minHoursX100: input.minHoursX100 ?? 400,
    ratePerKmMinor: input.ratePerKmMinor ?? 0,
    supplierCostPerHourMinor: input.supplierCostPerHourMinor ?? null,
    active: input.active ?? true,
  });
}

function createDriver(ctx: Ctx, input: z.output<typeof driverCreate>) {
  if (input.employeeId && getLive(ctx.db, employees, input.employeeId, 'employee').role !== 'driver') throw fieldError('employeeId', 'field.not_a_driver');
  return insertRow(ctx.db, drivers, { ...input, phone: input.phone ?? null, employeeId: input.employeeId ?? null, thirdParty: input.thirdParty ?? !input.employeeId, supplierId: input.supplierId ?? null, active: input.active ?? true });
}

function createDeal(ctx: Ctx, input: z.output<typeof dealCreate>) {
  getLive(ctx.db, customers, input.customerId, 'customer');
  const legalEntityId = input.legalEntityId ?? defaultLegalEntity(ctx.db)?.id ?? null;
  const deal = insertRow(ctx.db, rentalDeals, {
    branchId: currentBranch(ctx.db).id,
    number: documentNumber(ctx.db, 'rental_deal'),
    customerId: input.customerId,
    contactName: input.contactName ?? null,
    contactPhone: input.contactPhone ?? null,
    siteAddress: input.siteAddress ?? null,
    legalEntityId,
    stage: 'new',
    lostReason: null,
    notes: input.notes ?? null,
    leadId: input.leadId ?? null,
  });
  return dealView(ctx.db, deal.id);
}

function dealInvoices(db: Db, dealId: string) {
  return db
    .select()
    .from(invoices)
    .where(and(eq(invoices.dealId, dealId), isNull(invoices.deletedAt)))
    .orderBy(asc(invoices.id))
    .all()
    .map((i) => {
      const paidMinor = paidForInvoice(db, i.id);
      return { ...i, paidMinor, dueMinor: i.cancelledAt ? 0 : i.totalMinor - paidMinor, status: invoiceStatus(i, paidMinor) };
    });
}

function updateDeal(ctx: Ctx, input: z.output<typeof dealUpdate>) {
  const deal = getLive(ctx.db, rentalDeals, input.id, 'rental_deal');
  const { id, ...patch } = input;
  if (patch.stage === 'closed' && dealInvoices(ctx.db, id).some((i) => i.dueMinor > 0)) throw new AppError('conflict', {}, { stage: 'field.deal_unpaid' }, 'field.deal_unpaid');
  if (patch.stage === 'lost' && !(patch.lostReason ?? deal.lostReason)) throw fieldError('lostReason', 'field.required');
  updateRow(ctx.db, rentalDeals, id, patch, 'rental_deal');
  return dealView(ctx.db, id);
}

function checkItem(db: Db, v: { machineTypeId?: string; machineId?: string | null; driverId?: string | null; start?: string; end?: string }) {
  if (v.machineTypeId) getLive(db, machineTypes, v.machineTypeId, 'machine_type');
  if (v.machineId) {
    const m = getLive(db, machines, v.machineId, 'machine');
    if (v.machineTypeId && m.typeId !== v.machineTypeId) throw fieldError('machineId', 'field.machine_type_mismatch');
  }
  if (v.driverId) getLive(db, drivers, v.driverId, 'driver');
  if (v.start && v.end && Date.parse(v.end) - Date.parse(v.start) > MAX_RENTAL_DAYS * 86_400_000) throw fieldError('end', 'field.end_before_start');
}

function addItem(ctx: Ctx, input: z.output<typeof itemAdd>) {
  getLive(ctx.db, rentalDeals, input.dealId, 'rental_deal');
  checkItem(ctx.db, input);
  const machine = input.machineId ? getLive(ctx.db, machines, input.machineId, 'machine') : null;
  insertRow(ctx.db, rentalItems, {
    dealId: input.dealId,
    machineTypeId: input.machineTypeId,
    machineId: input.machineId ?? null,
    driverId: input.driverId ?? null,
    startAt: input.start,
    endAt: input.end,
    rateMinor: input.rateMinor ?? machine?.hourlyRateMinor ?? 0,
    minHoursX100: input.minHoursX100 ?? machine?.minHoursX100 ?? 0,
    orderedHoursX100: input.orderedHoursX100,
    orderedKm: input.orderedKm ?? 0,
    ratePerKmMinor: input.ratePerKmMinor ?? machine?.ratePerKmMinor ?? 0,
    status: 'draft',
    supply: false,
    supplierId: machine?.ownership === 'supplier' ? machine.supplierId : null,
    supplierCostPerHourMinor: machine?.supplierCostPerHourMinor ?? null,
    supplyPlate: null,
    supplyDriverName: null,
    notes: input.notes ?? null,
    overtimeInvoiceId: null,
  });
  return dealView(ctx.db, input.dealId);
}

function addSupplyItem(ctx: Ctx, input: z.output<typeof supplyItemAdd>) {
  getLive(ctx.db, rentalDeals, input.dealId, 'rental_deal');
  checkItem(ctx.db, { machineTypeId: input.machineTypeId, start: input.start, end: input.end });
  if (!getLive(ctx.db, customers, input.supplierId, 'customer').isSupplier) throw fieldError('supplierId', 'field.not_a_supplier');
  insertRow(ctx.db, rentalItems, {
    dealId: input.dealId,
    machineTypeId: input.machineTypeId,
    machineId: null,
    driverId: null,
    startAt: input.start,
    endAt: input.end,
    rateMinor: input.rateMinor,
    minHoursX100: input.minHoursX100 ?? 0,
    orderedHoursX100: input.orderedHoursX100,
    orderedKm: input.orderedKm ?? 0,
    ratePerKmMinor: input.ratePerKmMinor ?? 0,
    status: 'draft',
    supply: true,
    supplierId: input.supplierId,
    supplierCostPerHourMinor: input.supplierCostPerHourMinor,
    supplyPlate: input.supplyPlate,
    supplyDriverName: input.supplyDriverName,
    notes: input.notes ?? null,
    overtimeInvoiceId: null,
  });
  return dealView(ctx.db, input.dealId);
}

function updateItem(ctx: Ctx, input: z.output<typeof itemUpdate>) {
  const item = getLive(ctx.db, rentalItems, input.id, 'rental_item');
  checkItem(ctx.db, { ...input, machineTypeId: input.machineTypeId ?? item.machineTypeId });
  const { id, start, end, ...patch } = input;
  try {
    updateRow(ctx.db, rentalItems, id, { ...patch, startAt: start, endAt: end }, 'rental_item');
  } catch (e) {
    explainRentalConflict(ctx, e, { ...item, ...patch, startAt: start ?? item.startAt, endAt: end ?? item.endAt });
  }
  return dealView(ctx.db, item.dealId);
}

function removeItem(ctx: Ctx, input: { id: string }) {
  const item = getLive(ctx.db, rentalItems, input.id, 'rental_item');
  if (item.status === 'confirmed' || item.status === 'done') throw new AppError('conflict', {}, { id: 'field.item_confirmed' }, 'field.item_confirmed');
  tombstoneRow(ctx.db, rentalItems, item.id, 'rental_item');
  return dealView(ctx.db, item.dealId);
}

/** The trigger's refusal, with the deal in the way. */
function explainRentalConflict(ctx: Ctx, e: unknown, item: { id: string; machineId: string | null; driverId: string | null; startAt: string; endAt: string }): never {
  if (!(e instanceof Error) || !/rental_conflict|booking_range/.test(e.message)) throw e;
  if (e.message.includes('booking_range')) throw fieldError('end', 'field.end_before_start');
  const other = ctx.db.$client
    .prepare(
      `SELECT o.id, o.start_at AS start, o.end_at AS end, d.id AS dealId, d.number AS dealNumber, c.name AS customerName,
              CASE WHEN o.machine_id = ? THEN 'machine' ELSE 'driver' END AS resourceKind
         FROM rental_items o JOIN rental_deals d ON d.id = o.deal_id JOIN customers c ON c.id = d.customer_id
        WHERE o.status = 'confirmed' AND o.deleted_at IS NULL AND o.id <> ? AND o.end_at > ? AND o.start_at < ?
          AND (o.machine_id = ? OR o.driver_id = ?) LIMIT 1`,
    )
    .get(item.machineId, item.id, item.startAt, item.endAt, item.machineId, item.driverId) as { dealNumber: string; customerName: string; start: string; end: string; resourceKind: string } | undefined;
  const when = other ? `${other.start.slice(0, 16).replace('T', ' ')}–${other.end.slice(11, 16)} UTC` : '';
  throw new AppError('booking_conflict', { resource: other?.resourceKind === 'driver' ? 'driver' : 'machine', when, who: other ? ` (${other.dealNumber}, ${other.customerName})` : '' }, undefined, undefined, other);
}

export function confirmItem(ctx: Ctx, itemId: string) {
  const item = getLive(ctx.db, rentalItems, itemId, 'rental_item');
  if (!item.supply && !item.machineId) throw fieldError('machineId', 'field.required');
  if (!item.supply && !item.driverId) throw fieldError('driverId', 'field.required');
  try {
    updateRow(ctx.db, rentalItems, item.id, { status: 'confirmed' }, 'rental_item');
  } catch (e) {
    explainRentalConflict(ctx, e, item);
  }
  const deal = getLive(ctx.db, rentalDeals, item.dealId, 'rental_deal');
  if (['new', 'proposal', 'agreed'].includes(deal.stage)) updateRow(ctx.db, rentalDeals, deal.id, { stage: 'booked' }, 'rental_deal');
  return dealView(ctx.db, item.dealId);
}

function checkAvailability(ctx: Ctx, input: z.output<typeof availability>) {
  const sqlite = ctx.db.$client;
  const busyMachines = new Set(prepared(sqlite, availabilityQueries.busyMachines).pluck().all(input.typeId, input.start, input.end) as string[]);
  const busyDrivers = new Set(prepared(sqlite, availabilityQueries.busyDrivers).pluck().all(input.start, input.end) as string[]);
  const ofType = ctx.db.select().from(machines).where(and(eq(machines.typeId, input.typeId), eq(machines.active, true), isNull(machines.deletedAt))).orderBy(asc(machines.plate)).all();
  const allDrivers = ctx.db.select().from(drivers).where(and(eq(drivers.active, true), isNull(drivers.deletedAt))).orderBy(asc(drivers.name)).all();
  return {
    machines: ofType.filter((m) => m.ownership === 'own').map((m) => ({ ...m, free: !busyMachines.has(m.id) })),
    drivers: allDrivers.filter((d) => !d.thirdParty).map((d) => ({ ...d, free: !busyDrivers.has(d.id) })),
    supplierMachines: ofType.filter((m) => m.ownership === 'supplier').map((m) => ({ ...m, free: !busyMachines.has(m.id) })),
  };
}

function itemTitle(db: Db, item: typeof rentalItems.$inferSelect): string {
  const type = db.select({ name: machineTypes.name }).from(machineTypes).where(eq(machineTypes.id, item.machineTypeId)).get()?.name ?? '';
  const machine = item.machineId ? db.select().from(machines).where(eq(machines.id, item.machineId)).get() : null;
  const plate = machine?.plate ?? item.supplyPlate ?? '';
  return [type, machine?.model, plate].filter(Boolean).join(' ');
}

function insertInvoice(ctx: Ctx, deal: typeof rentalDeals.$inferSelect, kind: 'prepayment' | 'postpayment', lines: InvoiceLine[], rentalItemId: string | null) {
  if (!deal.legalEntityId) throw fieldError('legalEntityId', 'field.legal_entity_required');
  const entity = getLive(ctx.db, legalEntities, deal.legalEntityId, 'legal_entity');
  const sum = lines.reduce((s, l) => s + l.amountMinor, 0);
  const { vatMinor, totalMinor } = vatOf(sum, entity.vatMode, entity.vatRateBp);
  const branch = currentBranch(ctx.db);
  const invoice = insertRow(ctx.db, invoices, {
    branchId: branch.id,
    number: documentNumber(ctx.db, 'invoice'),
    kind,
    legalEntityId: entity.id,
    payerId: deal.customerId,
    workOrderId: null,
    dealId: deal.id,
    rentalItemId,
    date: wallTime(new Date(), branch.timeZone).date,
    dueDate: null,
    totalMinor,
    vatMode: entity.vatMode,
    vatRateBp: entity.vatRateBp,
    vatMinor,
    cancelledAt: null,
  });
  writeInvoiceLines(ctx.db, invoice.id, lines);
  return invoice;
}

function writeInvoiceLines(db: Db, invoiceId: string, lines: InvoiceLine[]) {
  tombstoneChildren(db, invoiceLines, invoiceLines.invoiceId, invoiceId);
  lines.forEach((l, position) => insertRow(db, invoiceLines, { invoiceId, ...l, position }));
}

function prepaymentInvoice(ctx: Ctx, input: z.output<typeof prepayment>) {
  const deal = getLive(ctx.db, rentalDeals, input.dealId, 'rental_deal');
  const list = ctx.db
    .select()
    .from(rentalItems)
    .where(and(eq(rentalItems.dealId, deal.id), isNull(rentalItems.deletedAt), input.itemIds ? inArray(rentalItems.id, input.itemIds) : undefined))
    .all()
    .filter((i) => i.status !== 'cancelled');
  if (!list.length) throw fieldError('itemIds', 'field.lines_required');
  const timeZone = currentBranch(ctx.db).timeZone;
  // The trip's date as the branch's calendar has it.
  const lines = list.flatMap((i) => prepaymentLines(itemTitle(ctx.db, i), wallTime(new Date(i.startAt), timeZone).date, i));
  insertInvoice(ctx, deal, 'prepayment', lines, null);
  if (deal.stage === 'new' || deal.stage === 'proposal') updateRow(ctx.db, rentalDeals, deal.id, { stage: 'agreed' }, 'rental_deal');
  return dealView(ctx.db, deal.id);
}

/** Called when a payment lands on a deal's prepayment invoice: once paid, its items are confirmed. */
export function onRentalInvoicePayment(ctx: Ctx, invoiceId: string) {
  const invoice = ctx.db.select().from(invoices).where(eq(invoices.id, invoiceId)).get();
  if (!invoice?.dealId || invoice.kind !== 'prepayment' || paidForInvoice(ctx.db, invoice.id) < invoice.totalMinor) return;
  for (const item of ctx.db.select().from(rentalItems).where(and(eq(rentalItems.dealId, invoice.dealId), eq(rentalItems.status, 'draft'), isNull(rentalItems.deletedAt))).all()) {
    if (item.supply || (item.machineId && item.driverId)) confirmItem(ctx, item.id);
  }
}

/**
 * The waybill: billable hours from the actual times, downtime and the minimum; what goes
 * beyond what was paid is billed on one overtime invoice per item — recording again adjusts
 * that invoice while it is unpaid, and never makes a second one.
 */
function recordWaybill(ctx: Ctx, input: z.output<typeof waybillRecord>) {
  const item = getLive(ctx.db, rentalItems, input.itemId, 'rental_item');
  if (item.status !== 'confirmed' && item.status !== 'done') throw fieldError('itemId', 'field.item_not_confirmed');
  const billable = billableHoursX100(workedHoursX100(input.actualStart, input.actualEnd, input.downtimeHoursX100 ?? 0), item.minHoursX100);
  const fields = {
    actualStartAt: input.actualStart,
    actualEndAt: input.actualEnd,
    downtimeHoursX100: input.downtimeHoursX100 ?? 0,
    km: input.km,
    odometerStart: input.odometerStart ?? null,
    odometerEnd: input.odometerEnd ?? null,
    engineHoursStartX100: input.engineHoursStartX100 ?? null,
    engineHoursEndX100: input.engineHoursEndX100 ?? null,
    billableHoursX100: billable,
  };
  const existing = ctx.db.select().from(waybills).where(and(eq(waybills.itemId, item.id), isNull(waybills.deletedAt))).get();
  if (existing) updateRow(ctx.db, waybills, existing.id, fields, 'rental_item');
  else insertRow(ctx.db, waybills, { itemId: item.id, ...fields });
  updateRow(ctx.db, rentalItems, item.id, { status: 'done' }, 'rental_item');

  const overtime = overtimeOf({ billableHoursX100: billable, km: input.km }, item);
  const lines = overtimeLines(itemTitle(ctx.db, item), overtime, item);
  const deal = getLive(ctx.db, rentalDeals, item.dealId, 'rental_deal');
  const current = item.overtimeInvoiceId ? ctx.db.select().from(invoices).where(eq(invoices.id, item.overtimeInvoiceId)).get() : undefined;
  if (current && !current.cancelledAt) {
    if (paidForInvoice(ctx.db, current.id) > 0) throw new AppError('conflict', {}, { itemId: 'field.invoice_paid' }, 'field.invoice_paid');
    if (!lines.length) updateRow(ctx.db, invoices, current.id, { cancelledAt: new Date().toISOString() }, 'invoice');
    else {
      const entity = getLive(ctx.db, legalEntities, current.legalEntityId, 'legal_entity');
      const { vatMinor, totalMinor } = vatOf(lines.reduce((s, l) => s + l.amountMinor, 0), entity.vatMode, entity.vatRateBp);
      writeInvoiceLines(ctx.db, current.id, lines);
      updateRow(ctx.db, invoices, current.id, { totalMinor, vatMinor }, 'invoice');
    }
  } else if (lines.length) {
    const invoice = insertInvoice(ctx, deal, 'postpayment', lines, item.id);
    updateRow(ctx.db, rentalItems, item.id, { overtimeInvoiceId: invoice.id }, 'rental_item');
  }
  if (deal.stage === 'booked') updateRow(ctx.db, rentalDeals, deal.id, { stage: 'in_work' }, 'rental_deal');
  return dealView(ctx.db, deal.id);
}

export function dealView(db: Db, dealId: string) {
  const deal = getLive(db, rentalDeals, dealId, 'rental_deal');
  const customer = db.select({ id: customers.id, name: customers.name, phones: customers.phones }).from(customers).where(eq(customers.id, deal.customerId)).get();
  const list = db.select().from(rentalItems).where(and(eq(rentalItems.dealId, dealId), isNull(rentalItems.deletedAt))).orderBy(asc(rentalItems.startAt)).all();
  const items = list.map((i) => ({
    ...i,
    title: itemTitle(db, i),
    prepaymentMinor: prepaymentOf(i),
    waybill: db.select().from(waybills).where(and(eq(waybills.itemId, i.id), isNull(waybills.deletedAt))).get() ?? null,
  }));
  return { ...deal, customer, items, invoices: dealInvoices(db, dealId) };
}
