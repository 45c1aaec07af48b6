import ExcelJS from 'exceljs';
import type { z } from 'zod';
import { query, type Ctx } from '../api/define';
import type { Db } from '../db/open';
import { prepared } from '../db/prepared';
import { currentBranch } from '../organisation/app';
import { instantAt, nextDate } from '../scheduler/zoned-time';
import { reportPeriod, reportExport } from './inputs';
import { hoursAmount } from './overtime';

/**
 * Rental reports over recorded trips (waybills) whose actual start falls in the period
 * (business dates in the branch's time zone). Figures are integers: hours ×100, kopecks.
 */
export const reportsApi = {
  'reports.driverPayroll': query('Driver payroll: per trip, totals per driver, and third-party drivers’ cost apart.', reportPeriod, (ctx, input) => driverPayroll(ctx.db, input.from, input.to)),
  'reports.plates': query('Licence-plate report: per plate and customer, hours and km revenue.', reportPeriod, (ctx, input) => platesReport(ctx.db, input.from, input.to)),
  'reports.export': query('A rental report as an Excel workbook (.xlsx, base64).', reportExport, exportReport),
};

function period(db: Db, from: string, to: string): [string, string] {
  const tz = currentBranch(db).timeZone;
  return [instantAt(from, 0, tz).toISOString(), instantAt(nextDate(to), 0, tz).toISOString()];
}

/**
 * A period's trips through waybills_start_idx. Deals and customers are joined per trip; types,
 * machines and drivers are few (hundreds at most), so they are read whole and matched here,
 * which halves the lookups per trip of a month's report.
 */
export const tripsSql = `SELECT i.id AS itemId, w.actual_start_at AS startAt, w.billable_hours_x100 AS hoursX100, w.km,
    i.rate_minor AS rateMinor, i.rate_per_km_minor AS ratePerKmMinor, i.supply, i.machine_type_id AS typeId, i.machine_id AS machineId,
    i.driver_id AS driverId, i.supply_plate AS supplyPlate, i.supply_driver_name AS supplyDriverName,
    c.name AS customerName, s.name AS supplierName, deal.number AS dealNumber
  FROM waybills w
  JOIN rental_items i ON i.id = w.item_id
  JOIN rental_deals deal ON deal.id = i.deal_id
  JOIN customers c ON c.id = deal.customer_id
  LEFT JOIN customers s ON s.id = i.supplier_id
  WHERE w.deleted_at IS NULL AND i.deleted_at IS NULL AND w.actual_start_at >= ? AND w.actual_start_at < ?
  ORDER BY w.actual_start_at`;

type TripRow = {
  itemId: string; startAt: string; hoursX100: number; km: number; rateMinor: number; ratePerKmMinor: number; supply: number; typeId: string;
  machineId: string | null; driverId: string | null; supplyPlate: string | null; supplyDriverName: string | null; customerName: string; supplierName: string | null; dealNumber: string;
};

type Trip = {
  itemId: string; startAt: string; hoursX100: number; km: number; rateMinor: number; ratePerKmMinor: number; supply: number;
  plate: string; model: string | null; capacityKg: number; typeName: string; driverId: string | null; driverName: string | null;
  thirdParty: number; driverCostMinor: number; customerName: string; supplierName: string | null; dealNumber: string;
};

// What localeCompare(…, 'ru') and localeCompare() do, made once: a collator made per comparison
// was a third of a month's plate report.
const ruOrder = new Intl.Collator('ru');
const defaultOrder = new Intl.Collator();

function byId<T extends { id: string }>(rows: T[]): Map<string, T> {
  return new Map(rows.map((r) => [r.id, r]));
}

function trips(db: Db, from: string, to: string): Trip[] {
  const sqlite = db.$client;
  const types = byId(prepared(sqlite, 'SELECT id, name FROM machine_types').all() as { id: string; name: string }[]);
  const machines = byId(prepared(sqlite, 'SELECT id, plate, model, capacity_kg AS capacityKg FROM machines').all() as { id: string; plate: string; model: string; capacityKg: number }[]);
  const drivers = byId(prepared(sqlite, 'SELECT id, name, third_party AS thirdParty, cost_per_hour_minor AS costMinor FROM drivers').all() as { id: string; name: string; thirdParty: number; costMinor: number }[]);
  const list: Trip[] = [];
  for (const r of prepared(sqlite, tripsSql).all(...period(db, from, to)) as TripRow[]) {
    const type = types.get(r.typeId);
    if (!type) continue;
    const m = r.machineId ? machines.get(r.machineId) : undefined;
    const d = r.driverId ? drivers.get(r.driverId) : undefined;
    list.push({
      itemId: r.itemId, startAt: r.startAt, hoursX100: r.hoursX100, km: r.km, rateMinor: r.rateMinor, ratePerKmMinor: r.ratePerKmMinor, supply: r.supply,
      plate: (m?.plate ?? r.supplyPlate) as string, model: m?.model ?? null, capacityKg: m?.capacityKg ?? 0, typeName: type.name,
      driverId: d?.id ?? null, driverName: d?.name ?? r.supplyDriverName, thirdParty: d?.thirdParty ?? 1, driverCostMinor: d?.costMinor ?? 0,
      customerName: r.customerName, supplierName: r.supplierName, dealNumber: r.dealNumber,
    });
  }
  return list;
}

export function driverPayroll(db: Db, from: string, to: string) {
  // A supplier's machine comes with the supplier's driver: that cost is the supplier's, not payroll.
  const rows = trips(db, from, to)
    .filter((t) => t.driverId)
    .map((t) => ({
      date: t.startAt,
      dealNumber: t.dealNumber,
      machine: [t.typeName, t.model].filter(Boolean).join(' '),
      capacityKg: t.capacityKg,
      plate: t.plate,
      driver: t.driverName ?? '',
      thirdParty: !!t.thirdParty,
      hoursX100: t.hoursX100,
      rateMinor: t.driverCostMinor,
      amountMinor: hoursAmount(t.hoursX100, t.driverCostMinor),
    }));
  const byDriver = new Map<string, { driver: string; thirdParty: boolean; trips: number; hoursX100: number; amountMinor: number }>();
  for (const r of rows) {
    const d = byDriver.get(r.driver) ?? { driver: r.driver, thirdParty: r.thirdParty, trips: 0, hoursX100: 0, amountMinor: 0 };
    d.trips++;
    d.hoursX100 += r.hoursX100;
    d.amountMinor += r.amountMinor;
    byDriver.set(r.driver, d);
  }
  const totals = [...byDriver.values()].sort((a, b) => ruOrder.compare(a.driver, b.driver));
  return {
    rows,
    totals,
    ownTotalMinor: totals.filter((t) => !t.thirdParty).reduce((s, t) => s + t.amountMinor, 0),
    thirdPartyTotalMinor: totals.filter((t) => t.thirdParty).reduce((s, t) => s + t.amountMinor, 0),
  };
}

export function platesReport(db: Db, from: string, to: string) {
  const byKey = new Map<string, { plate: string; customer: string; type: string; capacityKg: number; supplier: string | null; hoursX100: number; rateMinor: number; hoursRevenueMinor: number; km: number; kmRevenueMinor: number; totalMinor: number }>();
  for (const t of trips(db, from, to)) {
    const key = `${t.plate}|${t.customerName}`;
    const r = byKey.get(key) ?? { plate: t.plate, customer: t.customerName, type: t.typeName, capacityKg: t.capacityKg, supplier: t.supplierName, hoursX100: 0, rateMinor: t.rateMinor, hoursRevenueMinor: 0, km: 0, kmRevenueMinor: 0, totalMinor: 0 };
    const hoursRevenue = hoursAmount(t.hoursX100, t.rateMinor);
    const kmRevenue = t.km * t.ratePerKmMinor;
    r.hoursX100 += t.hoursX100;
    r.hoursRevenueMinor += hoursRevenue;
    r.km += t.km;
    r.kmRevenueMinor += kmRevenue;
    r.totalMinor += hoursRevenue + kmRevenue;
    byKey.set(key, r);
  }
  const rows = [...byKey.values()].sort((a, b) => defaultOrder.compare(a.plate, b.plate) || ruOrder.compare(a.customer, b.customer));
  return { rows, totalMinor: rows.reduce((s, r) => s + r.totalMinor, 0) };
}

const rub = (minor: number) => minor / 100;
const hrs = (x100: number) => x100 / 100;

async function exportReport(ctx: Ctx, input: z.output<typeof reportExport>) {
  const ru = (input.lang ?? (ctx.locale === 'ru' ? 'ru' : 'en')) === 'ru';
  const book = new ExcelJS.Workbook();
  book.creator = 'Garage Desk';
  const money = '#,##0.00';
  if (input.report === 'driver-payroll') {
    const report = driverPayroll(ctx.db, input.from, input.to);
    const sheet = book.addWorksheet(ru ? 'Зарплата водителей' : 'Driver payroll');
    sheet.addRow(ru ? ['Дата', 'Сделка', 'Техника', 'Грузоподъёмность, т', 'Госномер', 'Водитель', 'Сторонний', 'Часы', 'Ставка, ₽/ч', 'Сумма, ₽'] : ['Date', 'Deal', 'Machine', 'Capacity, t', 'Plate', 'Driver', 'Third party', 'Hours', 'Rate, ₽/h', 'Amount, ₽']).font = { bold: true };
    for (const r of report.rows) sheet.addRow([r.date.slice(0, 10), r.dealNumber, r.machine, r.capacityKg / 1000, r.plate, r.driver, r.thirdParty ? (ru ? 'да' : 'yes') : '', hrs(r.hoursX100), rub(r.rateMinor), rub(r.amountMinor)]);
    sheet.addRow([]);
    for (const t of report.totals) sheet.addRow(['', '', '', '', '', t.driver, t.thirdParty ? (ru ? 'да' : 'yes') : '', hrs(t.hoursX100), '', rub(t.amountMinor)]).font = { bold: true };
    sheet.addRow(['', '', '', '', '', ru ? 'Итого сторонние водители' : 'Third-party drivers total', '', '', '', rub(report.thirdPartyTotalMinor)]).font = { bold: true };
    sheet.getColumn(9).numFmt = money;
    sheet.getColumn(10).numFmt = money;
  } else {
    const report = platesReport(ctx.db, input.from, input.to);
    const sheet = book.addWorksheet(ru ? 'По госномерам' : 'By plate');
    sheet.addRow(ru ? ['Госномер', 'Заказчик', 'Тип', 'Грузоподъёмность, т', 'Поставщик', 'Часы', 'Ставка, ₽/ч', 'Выручка за часы, ₽', 'Км', 'Выручка за км, ₽', 'Итого, ₽'] : ['Plate', 'Customer', 'Type', 'Capacity, t', 'Supplier', 'Hours', 'Rate, ₽/h', 'Hours revenue, ₽', 'Km', 'Km revenue, ₽', 'Total, ₽']).font = { bold: true };
    for (const r of report.rows) sheet.addRow([r.plate, r.customer, r.type, r.capacityKg / 1000, r.supplier ?? '', hrs(r.hoursX100), rub(r.rateMinor), rub(r.hoursRevenueMinor), r.km, rub(r.kmRevenueMinor), rub(r.totalMinor)]);
    sheet.addRow(['', '', '', '', '', '', '', '', '', ru ? 'Итого' : 'Total', rub(report.totalMinor)]).font = { bold: true };
    for (const c of [7, 8, 10, 11]) sheet.getColumn(c).numFmt = money;
  }
  for (const sheet of book.worksheets) sheet.columns.forEach((c) => (c.width = 16));
  const buffer = Buffer.from(await book.xlsx.writeBuffer());
  return { fileName: `${input.report}-${input.from}-${input.to}.xlsx`, xlsxBase64: buffer.toString('base64') };
}
