import type { Db } from '../db/open';
import { insertRow } from '../db/dal';
import { customers } from '../customers/schema';
import { vehicles, vehicleOwners, mileageReadings } from '../vehicles/schema';
import { legalEntities } from '../organisation/schema';
import { refreshSearchDoc } from '../customers/search';
import { normalisePhone } from '../validation/phone';
import { normalisePlate } from '../validation/plate';
import { generateCustomers, demoLegalEntities } from './generate';
import { fillWorkshopDemo } from './workshop';
import { fillStockDemo } from './stock';
import { fillWorkOrdersDemo } from './work-orders';
import { fillRentalsDemo } from './rentals';

export const demoScales = ['small', 'garage', 'large'] as const;
export type DemoScale = (typeof demoScales)[number];

// garage = ten years of a busy garage (~25k customers, ~35k vehicles); large = a chain's worth.
const customerCounts: Record<DemoScale, number> = { small: 300, garage: 25_000, large: 100_000 };

/** Fills the database through the data-access layer, in batches, reporting progress. */
export function fillDemo(db: Db, scale: DemoScale, progress?: (done: number, total: number, what: string) => void): { customers: number; vehicles: number; bookings: number; items: number; stockMoves: number; workOrders: number; rentalTrips: number } {
  const total = customerCounts[scale];
  const sqlite = db.$client;
  let vehicleCount = 0;
  let done = 0;

  sqlite.transaction(() => {
    const hasEntities = sqlite.prepare('SELECT 1 FROM legal_entities WHERE deleted_at IS NULL').get();
    if (!hasEntities) for (const e of demoLegalEntities()) insertRow(db, legalEntities, e);
  })();

  const source = generateCustomers(total, { seed: 42 });
  const batch = sqlite.transaction((size: number) => {
    for (let i = 0; i < size; i++) {
      const next = source.next();
      if (next.done) return;
      const c = next.value;
      const at = c.createdAt.toISOString();
      const row = insertRow(db, customers, {
        createdAt: at,
        kind: c.kind,
        name: c.name,
        phones: c.phones.map((p) => normalisePhone(p)).filter((p): p is string => !!p),
        email: c.email ?? null,
        messengers: c.messengers,
        consentToMessages: c.consentToMessages,
        inn: c.inn ?? null,
        kpp: c.kpp ?? null,
        discountPct: c.discountPct,
        notes: c.notes ?? null,
      });
      for (const v of c.vehicles) {
        const car = insertRow(db, vehicles, {
          createdAt: at,
          customerId: row.id,
          plate: v.plate ? normalisePlate(v.plate) : null,
          vin: v.vin ?? null,
          make: v.make,
          model: v.model,
          year: v.year ?? null,
          colour: v.colour ?? null,
          notes: null,
        });
        insertRow(db, vehicleOwners, { createdAt: at, vehicleId: car.id, customerId: row.id, fromAt: at, toAt: null });
        if (v.mileage !== undefined) insertRow(db, mileageReadings, { createdAt: at, vehicleId: car.id, km: v.mileage, readAt: at, source: 'demo' });
        vehicleCount++;
      }
      refreshSearchDoc(db, row.id);
      done++;
    }
  });
  while (done < total) {
    const before = done;
    batch(Math.min(2000, total - done));
    progress?.(done, total, 'customers');
    if (done === before) break;
  }
  const workshop = fillWorkshopDemo(db, scale, (d, t) => progress?.(d, t, 'days of bookings'));
  const stock = fillStockDemo(db, scale, (d, t) => progress?.(d, t, 'stock movements'));
  const orders = fillWorkOrdersDemo(db, scale, (d, t) => progress?.(d, t, 'work orders'));
  const rentals = fillRentalsDemo(db, scale, (d, t) => progress?.(d, t, 'days of rental trips'));
  return { customers: done, vehicles: vehicleCount, bookings: workshop.bookings, items: stock.items, stockMoves: stock.moves, workOrders: orders.workOrders, rentalTrips: rentals.trips };
}
