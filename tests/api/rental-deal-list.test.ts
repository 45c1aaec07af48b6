import { describe, it, expect } from 'vitest';
import { tempBackend } from './backend';

describe('deals.list and machine types', () => {
  it('lists deals newest first with the customer, dates and total; filters by stage and a fragment', async () => {
    const b = await tempBackend();
    const stroy = b.ok('customers.create', { kind: 'company', name: 'ООО "СтройДом"', phones: ['+74950001122'] }).id;
    const most = b.ok('customers.create', { kind: 'company', name: 'Mostostroy', phones: ['+74950001133'] }).id;
    const crane = b.ok('machineTypes.create', { name: 'Кран' }).id;
    expect(b.ok('machineTypes.update', { id: crane, name: 'Автокран' }).name).toBe('Автокран');
    const first = b.ok('deals.create', { customerId: stroy, siteAddress: 'Москва, ул. Стройки, 5' });
    // 8 h at 3 500 ₽ + 30 km at 120 ₽, and 3 h ordered below the 4 h minimum at 2 000 ₽ (billed 4 h).
    b.ok('deals.addItem', { dealId: first.id, machineTypeId: crane, start: '2026-12-01T08:00:00+03:00', end: '2026-12-01T16:00:00+03:00', rateMinor: 350000, orderedHoursX100: 800, orderedKm: 30, ratePerKmMinor: 12000 });
    const v = b.ok('deals.addItem', { dealId: first.id, machineTypeId: crane, start: '2026-12-03T09:00:00+03:00', end: '2026-12-03T12:00:00+03:00', rateMinor: 200000, minHoursX100: 400, orderedHoursX100: 300 });
    // A cancelled item counts neither in the dates nor in the total.
    const cancelled = b.ok('deals.addItem', { dealId: first.id, machineTypeId: crane, start: '2026-12-09T09:00:00+03:00', end: '2026-12-09T12:00:00+03:00', rateMinor: 100000, orderedHoursX100: 300 });
    b.ok('rentals.cancelItem', { id: cancelled.items.find((i) => !v.items.some((x) => x.id === i.id))!.id });
    const second = b.ok('deals.create', { customerId: most, contactName: 'Nikolai' });

    const all = b.ok('deals.list', {}).items;
    expect(all.map((d) => d.number)).toEqual([second.number, first.number]);
    expect(all[1]).toMatchObject({ customerName: 'ООО "СтройДом"', siteAddress: 'Москва, ул. Стройки, 5', stage: 'new', startAt: '2026-12-01T05:00:00.000Z', endAt: '2026-12-03T09:00:00.000Z', totalMinor: 2_800_000 + 360_000 + 800_000 });
    expect(all[0]).toMatchObject({ customerName: 'Mostostroy', startAt: null, endAt: null, totalMinor: 0 });

    expect(b.ok('deals.list', { q: 'Стройки' }).items.map((d) => d.id)).toEqual([first.id]);
    expect(b.ok('deals.list', { q: 'mostos' }).items.map((d) => d.id)).toEqual([second.id]);
    expect(b.ok('deals.list', { q: first.number }).items.map((d) => d.id)).toEqual([first.id]);
    b.ok('deals.update', { id: second.id, stage: 'proposal' });
    expect(b.ok('deals.list', { stage: 'proposal' }).items.map((d) => d.id)).toEqual([second.id]);
    expect(b.ok('deals.list', { limit: 1, offset: 1 }).items.map((d) => d.id)).toEqual([first.id]);
  });
});
