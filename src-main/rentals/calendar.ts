import { z } from 'zod';
import { query, type Ctx } from '../api/define';
import { prepared } from '../db/prepared';
import { instant } from '../scheduler/inputs';
import { MAX_RENTAL_DAYS } from './app';

const calendarInput = z
  .object({ from: instant, to: instant, groupBy: z.enum(['machine', 'driver']).optional() })
  .refine((v) => v.to > v.from, { path: ['to'], message: 'field.end_before_start' });

export const calendarApi = {
  'rentals.calendar': query('The rental calendar: machines (by type) or drivers as rows, the items of a time range as events.', calendarInput, rentalCalendar),
};

/** Row ids that are not a machine or a driver: a supplier's plate (or driver), and items with nobody yet. */
export const supplyRowPrefix = 'supply:';
export const unassignedRowId = 'unassigned';

/**
 * Items last at most MAX_RENTAL_DAYS, so those overlapping [from, to) are found among the
 * ones starting in [from − max, to) through rental_items_start_idx, never five years of them.
 * Drafts are shown (faded on screen) unless their deal is lost or closed; cancelled items never.
 */
export const calendarQueries = {
  items: `SELECT i.id, i.deal_id AS dealId, d.number AS dealNumber, c.name AS customerName,
      i.start_at AS start, i.end_at AS end, i.status, i.supply, i.machine_type_id AS typeId, t.name AS typeName,
      i.machine_id AS machineId, m.model, coalesce(m.plate, i.supply_plate) AS plate,
      i.driver_id AS driverId, coalesce(r.name, i.supply_driver_name) AS driverName, s.name AS supplierName
    FROM rental_items i
    JOIN rental_deals d ON d.id = i.deal_id
    JOIN customers c ON c.id = d.customer_id
    JOIN machine_types t ON t.id = i.machine_type_id
    LEFT JOIN machines m ON m.id = i.machine_id
    LEFT JOIN drivers r ON r.id = i.driver_id
    LEFT JOIN customers s ON s.id = i.supplier_id
    WHERE i.start_at >= ? AND i.start_at < ? AND i.end_at > ? AND i.deleted_at IS NULL
      AND (i.status IN ('confirmed', 'done') OR (i.status = 'draft' AND d.stage NOT IN ('lost', 'closed')))
    ORDER BY i.start_at`,
  /** Active machines, and any other one an item in view uses; by type, then plate. */
  machines: `SELECT m.id, m.plate, m.model, m.type_id AS typeId, t.name AS typeName, s.name AS supplierName
    FROM machines m JOIN machine_types t ON t.id = m.type_id LEFT JOIN customers s ON s.id = m.supplier_id
    WHERE (m.active = 1 AND m.deleted_at IS NULL) OR m.id IN (SELECT value FROM json_each(?))
    ORDER BY t.name, m.plate`,
  drivers: `SELECT id, name, phone FROM drivers
    WHERE (active = 1 AND deleted_at IS NULL) OR id IN (SELECT value FROM json_each(?))
    ORDER BY name`,
};

type ItemRow = {
  id: string;
  dealId: string;
  dealNumber: string;
  customerName: string;
  start: string;
  end: string;
  status: 'draft' | 'confirmed' | 'done';
  supply: number;
  typeId: string;
  typeName: string;
  machineId: string | null;
  model: string | null;
  plate: string | null;
  driverId: string | null;
  driverName: string | null;
  supplierName: string | null;
};

/**
 * A calendar row: a machine (`group`: its type; `typeId` for where an item may be dropped),
 * a driver, a supplier's plate or driver (`supply`), or the row of items with no machine or
 * driver yet (`unassigned`, titled by the screen).
 */
export type CalendarResource = { id: string; title: string; detail: string | null; group: string | null; kind: 'machine' | 'driver' | 'supply' | 'unassigned'; typeId: string | null };

function rentalCalendar(ctx: Ctx, input: z.output<typeof calendarInput>) {
  const sqlite = ctx.db.$client;
  const byDriver = input.groupBy === 'driver';
  const earliest = new Date(Date.parse(input.from) - MAX_RENTAL_DAYS * 86_400_000).toISOString();
  const items = prepared(sqlite, calendarQueries.items).all(earliest, input.to, input.from) as ItemRow[];

  const rowOf = (i: ItemRow) => (byDriver ? i.driverId : i.machineId) ?? (i.supply ? `${supplyRowPrefix}${(byDriver ? i.driverName : i.plate) ?? ''}` : unassignedRowId);
  const events = items.map((i) => ({
    id: i.id,
    resourceId: rowOf(i),
    start: i.start,
    end: i.end,
    dealId: i.dealId,
    dealNumber: i.dealNumber,
    customerName: i.customerName,
    typeId: i.typeId,
    service: [i.typeName, i.model].filter(Boolean).join(' '),
    machineLabel: [i.typeName, i.model, i.plate].filter(Boolean).join(' '),
    driverName: i.driverName,
    status: i.status,
    supply: !!i.supply,
  }));

  const used = JSON.stringify([...new Set(items.map((i) => (byDriver ? i.driverId : i.machineId)).filter(Boolean))]);
  const resources: CalendarResource[] = byDriver
    ? (prepared(sqlite, calendarQueries.drivers).all(used) as { id: string; name: string; phone: string | null }[]).map((d) => ({ id: d.id, title: d.name, detail: d.phone, group: null, kind: 'driver', typeId: null }))
    : (prepared(sqlite, calendarQueries.machines).all(used) as { id: string; plate: string; model: string; typeId: string; typeName: string; supplierName: string | null }[]).map((m) => ({
        id: m.id,
        title: m.plate,
        detail: [m.model, m.supplierName].filter(Boolean).join(', '),
        group: m.typeName,
        kind: 'machine',
        typeId: m.typeId,
      }));
  const extra = new Map<string, CalendarResource>();
  for (const i of items) {
    const id = rowOf(i);
    if (extra.has(id)) continue;
    if (id === unassignedRowId) extra.set(id, { id, title: '', detail: null, group: null, kind: 'unassigned', typeId: null });
    else if (id.startsWith(supplyRowPrefix)) {
      const detail = [byDriver ? i.plate : null, i.supplierName].filter(Boolean).join(', ');
      extra.set(id, { id, title: id.slice(supplyRowPrefix.length), detail, group: null, kind: 'supply', typeId: null });
    }
  }
  return { resources: [...resources, ...extra.values()], events };
}
