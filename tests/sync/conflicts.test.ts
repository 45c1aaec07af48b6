import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { tempBackend } from '../api/backend';
import { applyChanges } from '../../src-main/sync/apply';
import { formatHlc } from '../../src-main/sync/hlc';
import type { SyncChange } from '../../src-main/sync/merge';

type Desk = Awaited<ReturnType<typeof tempBackend>>;
const open: Desk[] = [];
afterEach(() => {
  for (const d of open.splice(0)) d.close();
});

// Pulled bookings that clash with each other or with one of this desk's own, applied the way a
// sync applies them: a few (each looked at), or a first sync's thousands (one pass in time order).
describe.each([
  { size: 'a few pulled bookings', fillers: 0 },
  { size: 'a large page', fillers: 80 },
])('overlap conflicts after a merge: $size', ({ fillers }) => {
  it('lists two bookings on one bay, two with one mechanic, and a pulled one over a local one; nothing else', async () => {
    const d = await tempBackend();
    open.push(d);
    const branchId = d.ok('branches.current', {}).id;
    const bay1 = d.ok('resources.create', { kind: 'bay', name: 'Bay 1' }).id;
    const bay2 = d.ok('resources.create', { kind: 'bay', name: 'Bay 2' }).id;
    const bay3 = d.ok('resources.create', { kind: 'bay', name: 'Bay 3' }).id;
    const ivan = d.ok('employees.create', { name: 'Ivan', role: 'mechanic' }).id;
    const oleg = d.ok('employees.create', { name: 'Oleg', role: 'mechanic' }).id;
    const at = (day: number, h: number, m = 0) => new Date(Date.UTC(2027, 0, day, h, m)).toISOString();
    // This desk's own booking, later in the day than the pulled one that overlaps it.
    const local = d.ok('bookings.create', { bayId: bay3, start: at(5, 16), end: at(5, 17), allowOutsideHours: true }).id;

    const now = new Date().toISOString();
    let n = 0;
    const changes: SyncChange[] = [];
    const booking = (bayId: string, start: string, end: string, mechanics: string[] = [], status = 'confirmed') => {
      const id = randomUUID();
      const row = { branch_id: branchId, bay_id: bayId, start_at: start, end_at: end, status, customer_id: null, vehicle_id: null, note: null, created_at: now, updated_at: now, deleted_at: null };
      changes.push({ id: randomUUID(), table: 'bookings', rowId: id, hlc: formatHlc(Date.now(), n++, 'other-desk'), scope: branchId, fields: row });
      for (const employeeId of mechanics)
        changes.push({ id: randomUUID(), table: 'booking_mechanics', rowId: randomUUID(), hlc: formatHlc(Date.now(), n++, 'other-desk'), scope: branchId, fields: { booking_id: id, employee_id: employeeId, created_at: now, updated_at: now, deleted_at: null } });
      return id;
    };
    for (let i = 0; i < fillers; i++) booking(bay1, at(10 + (i % 20), 8 + Math.floor(i / 20)), at(10 + (i % 20), 8 + Math.floor(i / 20), 50), [ivan]);
    const onBay = [booking(bay1, at(4, 10), at(4, 11)), booking(bay1, at(4, 10, 30), at(4, 11, 30))];
    const withOleg = [booking(bay1, at(4, 13), at(4, 14), [oleg]), booking(bay2, at(4, 13, 30), at(4, 14, 30), [oleg])];
    const overLocal = booking(bay3, at(5, 15, 30), at(5, 16, 30));
    // Touching ends, a cancelled one, and other mechanics at once: no conflict.
    booking(bay1, at(4, 11, 30), at(4, 12), [oleg]);
    booking(bay2, at(4, 13, 30), at(4, 14, 30), [oleg], 'cancelled');
    booking(bay3, at(4, 13), at(4, 14), [ivan]);
    applyChanges(d.db, changes, 1);

    const found = d
      .ok('sync.conflicts', {})
      .items.filter((c) => c.kind === 'booking_overlap')
      .map((c) => (c.details as { bookingIds: string[] }).bookingIds);
    expect(found.sort()).toEqual([[...onBay].sort(), [...withOleg].sort(), [local, overLocal].sort()].sort());
  });
});

describe('overlap conflicts after a merge: what is looked at', () => {
  it('a settled clash stays settled when only a note changes, and comes back when a time does', async () => {
    const d = await tempBackend();
    open.push(d);
    const branchId = d.ok('branches.current', {}).id;
    const bay = d.ok('resources.create', { kind: 'bay', name: 'Bay 1' }).id;
    const now = new Date().toISOString();
    let n = 0;
    const pulled = (rowId: string, fields: Record<string, unknown>): SyncChange => ({ id: randomUUID(), table: 'bookings', rowId, hlc: formatHlc(Date.now(), n++, 'other-desk'), scope: branchId, fields });
    const [a, b] = [randomUUID(), randomUUID()];
    const row = (start: string, end: string) => ({ branch_id: branchId, bay_id: bay, start_at: start, end_at: end, status: 'confirmed', customer_id: null, vehicle_id: null, note: null, created_at: now, updated_at: now, deleted_at: null });
    applyChanges(d.db, [pulled(a, row('2027-01-04T10:00:00.000Z', '2027-01-04T11:00:00.000Z')), pulled(b, row('2027-01-04T10:30:00.000Z', '2027-01-04T11:30:00.000Z'))], 2);
    const [clash] = d.ok('sync.conflicts', {}).items;
    expect(clash.kind).toBe('booking_overlap');
    // Both may stay (two cars on one lift, say): the front desk marks it resolved.
    d.ok('sync.resolveConflict', { id: clash.id });

    applyChanges(d.db, [pulled(b, { note: 'Customer will wait', updated_at: now })], 3);
    expect(d.ok('sync.conflicts', {}).items).toEqual([]);

    applyChanges(d.db, [pulled(b, { start_at: '2027-01-04T10:15:00.000Z', updated_at: now })], 4);
    expect(d.ok('sync.conflicts', {}).items.map((c) => c.id)).toEqual([clash.id]);
  });
});
