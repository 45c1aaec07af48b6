import { and, asc, eq, isNull } from 'drizzle-orm';
import type { Db } from '../db/open';
import { AppError } from '../api/errors';
import { getLive } from '../db/dal';
import { customers } from '../customers/schema';
import { vehicles } from '../vehicles/schema';
import { legalEntities, branches } from '../organisation/schema';
import { bookings, bays } from '../scheduler/schema';
import { workOrders } from '../work-orders/schema';
import { invoices, invoiceLines } from '../payments/schema';
import { machineTypes, machines, drivers, rentalDeals, rentalItems } from '../rentals/schema';
import { paidHoursX100, prepaymentOf } from '../rentals/overtime';
import { workOrderView } from '../work-orders/app';
import { vatOf } from '../work-orders/totals';
import { currentBranch, defaultLegalEntity } from '../organisation/app';
import { currentMileage } from '../vehicles/app';
import { nextDate, wallTime } from '../scheduler/zoned-time';
import type { Party, WorkOrderPrint, InvoicePrint, BankDetails, PrintMachine, RentalProposalPrint, TripSheetPrint } from './model';

/** Reads what a printed document needs from the database into the print model. */

/** The document's legal entity, or the default one. */
function legalEntity(db: Db, legalEntityId: string | null) {
  const e = legalEntityId ? db.select().from(legalEntities).where(eq(legalEntities.id, legalEntityId)).get() : defaultLegalEntity(db);
  if (!e) throw new AppError('not_found', { entity: 'legal_entity' });
  return e;
}

function entityParty(db: Db, legalEntityId: string | null): Party & { bank: BankDetails | null } {
  const e = legalEntity(db, legalEntityId);
  const bank = e.bic && e.bankAccount ? { bankName: e.bankName ?? '', bic: e.bic, account: e.bankAccount, corrAccount: e.corrAccount ?? '' } : null;
  return { name: e.name, inn: e.inn, kpp: e.kpp, ogrn: e.ogrn, address: e.address, phone: e.phone, bank };
}

function customerParty(db: Db, id: string): Party & { phones: string[] } {
  const c = db.select().from(customers).where(eq(customers.id, id)).get()!;
  return { name: c.name, inn: c.inn, kpp: c.kpp, phones: c.phones, phone: c.phones[0] ?? null };
}

export function workOrderPrintModel(db: Db, workOrderId: string): WorkOrderPrint {
  const order = workOrderView(db, workOrderId);
  const branch = db.select().from(branches).where(eq(branches.id, order.branchId)).get()!;
  const car = order.vehicleId ? db.select().from(vehicles).where(eq(vehicles.id, order.vehicleId)).get() : null;
  const booking = order.bookingId ? db.select().from(bookings).where(eq(bookings.id, order.bookingId)).get() : null;
  const bay = booking ? (db.select({ name: bays.name }).from(bays).where(eq(bays.id, booking.bayId)).get()?.name ?? null) : null;
  return {
    number: order.number,
    status: order.status,
    createdAt: order.createdAt,
    acceptedAt: order.acceptedAt,
    promisedAt: order.promisedAt,
    completedAt: order.completedAt,
    issuedAt: order.issuedAt,
    timeZone: branch.timeZone,
    seller: entityParty(db, order.legalEntityId),
    customer: customerParty(db, order.customerId),
    payer: customerParty(db, order.payerId),
    vehicle: car ? { make: car.make, model: car.model, year: car.year, vin: car.vin, plate: car.plate, colour: car.colour, mileageKm: order.mileageKm ?? currentMileage(db, car.id) } : null,
    complaint: order.complaint,
    advisor: order.advisorName,
    bay,
    scheduledStart: booking?.startAt ?? null,
    scheduledEnd: booking?.endAt ?? null,
    labour: order.labour.map((l, i) => ({
      no: i + 1,
      code: l.code,
      name: l.name,
      hoursX100: l.hoursX100,
      quantityX1000: l.quantityX1000,
      rateMinor: l.rateMinor,
      discountMinor: l.discountMinor,
      amountMinor: l.amountMinor,
      mechanics: l.mechanics.map((m) => ({ name: m.name, sharePct: m.shareBp / 100 })),
    })),
    parts: order.parts.map((p, i) => ({
      no: i + 1,
      article: p.article,
      name: p.name,
      quantityX1000: p.quantityX1000,
      unit: p.unit,
      priceMinor: p.priceMinor,
      discountMinor: p.discountMinor,
      amountMinor: p.amountMinor,
      customerSupplied: p.customerSupplied,
    })),
    recommendations: order.recommendations.map((r) => r.text),
    totals: order.totals,
    inspection: order.inspection
      ? { marks: order.inspection.marks, fuelEighths: order.inspection.fuelEighths, mileageKm: order.inspection.mileageKm, itemsLeft: order.inspection.itemsLeft, notes: order.inspection.notes, photos: order.inspection.photos.map((p) => ({ name: p.name, dataUrl: p.dataUrl })) }
      : null,
  };
}

export function invoicePrintModel(db: Db, invoiceId: string): InvoicePrint {
  const invoice = getLive(db, invoices, invoiceId, 'invoice');
  const seller = entityParty(db, invoice.legalEntityId);
  if (!seller.bank) throw new AppError('invalid_input', {}, { legalEntityId: 'field.bank_details_required' }, 'field.bank_details_required');
  const order = invoice.workOrderId ? db.select({ number: workOrders.number }).from(workOrders).where(eq(workOrders.id, invoice.workOrderId)).get() : null;
  const deal = invoice.dealId ? db.select({ number: rentalDeals.number }).from(rentalDeals).where(eq(rentalDeals.id, invoice.dealId)).get() : null;
  const lines = db.select().from(invoiceLines).where(and(eq(invoiceLines.invoiceId, invoiceId), isNull(invoiceLines.deletedAt))).orderBy(asc(invoiceLines.position)).all();
  const [y, m, d] = invoice.date.split('-');
  return {
    number: invoice.number,
    date: invoice.date,
    kind: invoice.kind,
    seller: { ...seller, bank: seller.bank },
    payer: customerParty(db, invoice.payerId),
    workOrderNumber: order?.number ?? null,
    dealNumber: deal?.number ?? null,
    lines: lines.map((l, i) => ({ no: i + 1, name: l.name, quantityX1000: l.quantityX1000, unit: l.unit, priceMinor: l.priceMinor, amountMinor: l.amountMinor })),
    totals: { vatMode: invoice.vatMode, vatRateBp: invoice.vatRateBp, vatMinor: invoice.vatMinor, totalMinor: invoice.totalMinor },
    purpose: `Оплата по счёту № ${invoice.number} от ${d}.${m}.${y}${invoice.vatMode === 'none' ? ', без НДС' : `, в т.ч. НДС ${(invoice.vatMinor / 100).toFixed(2)}`}`,
    dueDate: invoice.dueDate,
  };
}

// A commercial proposal is valid for this many days from the day it is printed.
const PROPOSAL_VALID_DAYS = 10;

type RentalItem = typeof rentalItems.$inferSelect;

/** The item's machine: the chosen one (own or a supplier's), supply equipment's plate, or just the type. */
function itemMachine(db: Db, item: RentalItem): PrintMachine {
  const type = db.select({ name: machineTypes.name }).from(machineTypes).where(eq(machineTypes.id, item.machineTypeId)).get()?.name ?? '';
  const m = item.machineId ? db.select().from(machines).where(eq(machines.id, item.machineId)).get() : undefined;
  return { type, model: m?.model ?? null, capacityKg: m?.capacityKg ?? null, plate: m?.plate ?? item.supplyPlate ?? null };
}

function liveItems(db: Db, dealId: string): RentalItem[] {
  return db.select().from(rentalItems).where(and(eq(rentalItems.dealId, dealId), isNull(rentalItems.deletedAt))).orderBy(asc(rentalItems.startAt), asc(rentalItems.id)).all();
}

export function rentalProposalPrintModel(db: Db, dealId: string): RentalProposalPrint {
  const deal = getLive(db, rentalDeals, dealId, 'rental_deal');
  const branch = db.select().from(branches).where(eq(branches.id, deal.branchId)).get() ?? currentBranch(db);
  const entity = legalEntity(db, deal.legalEntityId);
  const items = liveItems(db, dealId)
    .filter((i) => i.status !== 'cancelled')
    .map((i, n) => ({
      no: n + 1,
      machine: itemMachine(db, i),
      startAt: i.startAt,
      endAt: i.endAt,
      hoursX100: paidHoursX100(i.orderedHoursX100, i.minHoursX100),
      minHoursX100: i.minHoursX100,
      rateMinor: i.rateMinor,
      km: i.orderedKm,
      ratePerKmMinor: i.ratePerKmMinor,
      amountMinor: prepaymentOf(i),
    }));
  // The same VAT rule as the deal's invoices: the entity's mode on the sum of the items.
  const { vatMinor, totalMinor } = vatOf(items.reduce((s, i) => s + i.amountMinor, 0), entity.vatMode, entity.vatRateBp);
  const date = wallTime(new Date(), branch.timeZone).date;
  return {
    number: deal.number,
    date,
    validUntil: nextDate(date, PROPOSAL_VALID_DAYS),
    timeZone: branch.timeZone,
    seller: entityParty(db, entity.id),
    customer: customerParty(db, deal.customerId),
    contact: { name: deal.contactName, phone: deal.contactPhone },
    siteAddress: deal.siteAddress,
    items,
    totals: { vatMode: entity.vatMode, vatRateBp: entity.vatRateBp, vatMinor, totalMinor },
  };
}

export function tripSheetPrintModel(db: Db, itemId: string): TripSheetPrint {
  const item = getLive(db, rentalItems, itemId, 'rental_item');
  const deal = getLive(db, rentalDeals, item.dealId, 'rental_deal');
  const branch = db.select().from(branches).where(eq(branches.id, deal.branchId)).get() ?? currentBranch(db);
  const driver = item.driverId ? db.select().from(drivers).where(eq(drivers.id, item.driverId)).get() : undefined;
  const supplier = item.supply && item.supplierId ? db.select({ name: customers.name }).from(customers).where(eq(customers.id, item.supplierId)).get() : undefined;
  const position = liveItems(db, deal.id).findIndex((i) => i.id === item.id) + 1;
  return {
    number: `${deal.number}/${position}`,
    dealNumber: deal.number,
    timeZone: branch.timeZone,
    seller: entityParty(db, deal.legalEntityId),
    customer: customerParty(db, deal.customerId),
    contact: { name: deal.contactName, phone: deal.contactPhone },
    siteAddress: deal.siteAddress,
    startAt: item.startAt,
    endAt: item.endAt,
    machine: itemMachine(db, item),
    driver: item.supply ? { name: item.supplyDriverName, phone: null } : { name: driver?.name ?? null, phone: driver?.phone ?? null },
    supplier: supplier?.name ?? null,
    orderedHoursX100: item.orderedHoursX100,
    orderedKm: item.orderedKm,
    notes: item.notes,
  };
}
