import { describe, it, expect, beforeEach } from 'vitest';
import { tempBackend, snapshot } from './backend';

let b: Awaited<ReturnType<typeof tempBackend>>;
let bay1: string;
let bay2: string;
let mech1: string;
let mech2: string;

const at = (hhmm: string, day = '2026-12-01') => `${day}T${hhmm}:00+03:00`;

beforeEach(async () => {
  b = await tempBackend();
  bay1 = b.ok('resources.create', { kind: 'bay', name: 'Подъёмник 1' }).id;
  bay2 = b.ok('resources.create', { kind: 'bay', name: 'Подъёмник 2' }).id;
  mech1 = b.ok('employees.create', { name: 'Смирнов Олег', role: 'mechanic', hourlyCostMinor: 50000 }).id;
  mech2 = b.ok('employees.create', { name: 'Кузнецов Илья', role: 'mechanic' }).id;
  b.ok('employees.create', { name: 'Анна (приёмка)', role: 'front_desk' });
});

describe('resources', () => {
  it('lists bays and mechanics in the stable shape', () => {
    const { items } = b.ok('resources.list', {});
    expect(items).toEqual([
      { id: bay1, kind: 'bay', name: 'Подъёмник 1' },
      { id: bay2, kind: 'bay', name: 'Подъёмник 2' },
      { id: mech2, kind: 'mechanic', name: 'Кузнецов Илья' },
      { id: mech1, kind: 'mechanic', name: 'Смирнов Олег' },
    ]);
    expect(b.fail('resources.create', { kind: 'mechanic', name: 'X' }).fields?.kind).toMatch(/employees/i);
  });

  it('drops a bay out of use from the list', () => {
    b.ok('bays.update', { id: bay2, active: false });
    expect(b.ok('resources.list', {}).items.map((r) => r.id)).not.toContain(bay2);
    expect(b.fail('bookings.create', { bayId: bay2, start: at('10:00'), end: at('11:00') }).fields?.bayId).toBeTruthy();
  });
});

describe('bookings never collide', () => {
  it('books a bay with mechanics and returns the booking with its id', () => {
    const c = b.ok('customers.create', { kind: 'person', name: 'Орлов Павел', phones: ['+79161230000'] });
    const v = b.ok('vehicles.create', { customerId: c.id, plate: 'В777ОР77', make: 'Kia', model: 'Rio' });
    const bk = b.ok('bookings.create', { bayId: bay1, mechanicIds: [mech1], start: at('10:00'), end: at('11:30'), customerId: c.id, vehicleId: v.id, note: 'ТО-2' });
    expect(bk).toMatchObject({ bayId: bay1, mechanicIds: [mech1], start: '2026-12-01T07:00:00.000Z', end: '2026-12-01T08:30:00.000Z', status: 'confirmed', customerName: 'Орлов Павел', vehiclePlate: 'В777ОР77' });
    expect(b.ok('bookings.list', { from: at('00:00'), to: at('23:59') }).items.map((i) => i.id)).toEqual([bk.id]);
  });

  it('refuses an overlap on the same bay with 409-style booking_conflict naming the other booking', () => {
    const c = b.ok('customers.create', { kind: 'person', name: 'Орлов Павел', phones: ['+79161230000'] });
    const first = b.ok('bookings.create', { bayId: bay1, start: at('10:00'), end: at('11:00'), customerId: c.id });
    const before = snapshot(b);
    const e = b.fail('bookings.create', { bayId: bay1, start: at('10:30'), end: at('11:30') });
    expect(e.code).toBe('booking_conflict');
    expect(e.conflict).toMatchObject({ id: first.id, resourceId: bay1, customerName: 'Орлов Павел' });
    expect(e.message).toMatch(/Подъёмник 1.*Орлов Павел/);
    expect(snapshot(b)).toBe(before);
  });

  it('allows touching edges and other bays', () => {
    b.ok('bookings.create', { bayId: bay1, start: at('10:00'), end: at('11:00') });
    b.ok('bookings.create', { bayId: bay1, start: at('11:00'), end: at('12:00') });
    b.ok('bookings.create', { bayId: bay1, start: at('09:00'), end: at('10:00') });
    b.ok('bookings.create', { bayId: bay2, start: at('10:00'), end: at('11:00') });
  });

  it('refuses a mechanic booked on another bay at the same time, and rolls back the booking', () => {
    b.ok('bookings.create', { bayId: bay1, mechanicIds: [mech1], start: at('10:00'), end: at('12:00') });
    const before = snapshot(b);
    const e = b.fail('bookings.create', { bayId: bay2, mechanicIds: [mech2, mech1], start: at('11:00'), end: at('13:00') });
    expect(e.code).toBe('booking_conflict');
    expect(e.conflict).toMatchObject({ resourceId: mech1, resourceName: 'Смирнов Олег' });
    expect(snapshot(b)).toBe(before);
  });

  it('ignores cancelled bookings, and refuses to reopen one whose time was taken', () => {
    const first = b.ok('bookings.create', { bayId: bay1, start: at('10:00'), end: at('11:00') });
    b.ok('bookings.cancel', { id: first.id });
    const second = b.ok('bookings.create', { bayId: bay1, start: at('10:00'), end: at('11:00') });
    expect(b.fail('bookings.setStatus', { id: first.id, status: 'confirmed' }).code).toBe('booking_conflict');
    b.ok('bookings.setStatus', { id: second.id, status: 'no_show' });
    expect(b.ok('bookings.setStatus', { id: first.id, status: 'confirmed' }).status).toBe('confirmed');
  });

  it('moves and resizes, refusing a move into a conflict and leaving the booking where it was', () => {
    const a = b.ok('bookings.create', { bayId: bay1, mechanicIds: [mech1], start: at('10:00'), end: at('11:00') });
    const c = b.ok('bookings.create', { bayId: bay2, mechanicIds: [mech2], start: at('12:00'), end: at('13:00') });
    const moved = b.ok('bookings.move', { id: a.id, start: at('14:00'), end: at('16:00') });
    expect(moved).toMatchObject({ start: '2026-12-01T11:00:00.000Z', end: '2026-12-01T13:00:00.000Z', mechanicIds: [mech1] });
    const before = snapshot(b);
    expect(b.fail('bookings.move', { id: a.id, start: at('12:30'), end: at('13:30'), bayId: bay2 }).code).toBe('booking_conflict');
    expect(b.fail('bookings.move', { id: a.id, start: at('12:30'), end: at('13:30'), mechanicIds: [mech2] }).code).toBe('booking_conflict');
    expect(snapshot(b)).toBe(before);
    // Swapping mechanics: mech1 leaves c's time, so the move to mech2's free time works.
    expect(b.ok('bookings.move', { id: c.id, start: at('12:00'), end: at('13:00'), mechanicIds: [mech1] }).mechanicIds).toEqual([mech1]);
  });

  it('refuses nonsense times with field errors', () => {
    expect(b.fail('bookings.create', { bayId: bay1, start: at('11:00'), end: at('10:00') }).fields?.end).toBeTruthy();
    expect(b.fail('bookings.create', { bayId: bay1, start: '2026-12-01 10:00', end: at('11:00') }).fields?.start).toBeTruthy();
    expect(b.fail('bookings.create', { bayId: bay1, start: at('10:00'), end: at('10:00', '2027-03-01') }).fields?.end).toBeTruthy();
  });

  it('holds the rule in the database itself: a raw insert that overlaps is aborted', () => {
    const a = b.ok('bookings.create', { bayId: bay1, start: at('10:00'), end: at('11:00') });
    const row = b.db.$client.prepare('SELECT * FROM bookings WHERE id = ?').get(a.id) as Record<string, unknown>;
    const insert = () =>
      b.db.$client.prepare('INSERT INTO bookings (id, created_at, updated_at, branch_id, bay_id, start_at, end_at, status) VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
        .run('raw', row.created_at, row.updated_at, row.branch_id, bay1, '2026-12-01T07:30:00.000Z', '2026-12-01T08:30:00.000Z', 'tentative');
    expect(insert).toThrow(/booking_conflict/);
  });
});

describe('working hours', () => {
  beforeEach(() => {
    // Mon–Fri 09:00–18:00 with lunch 13:00–14:00.
    b.ok('hours.setWeekly', { intervals: [1, 2, 3, 4, 5].flatMap((weekday) => [{ weekday, startMinute: 540, endMinute: 780 }, { weekday, startMinute: 840, endMinute: 1080 }]) });
  });

  it('asks for confirmation outside hours, then books when confirmed', () => {
    const e = b.fail('bookings.create', { bayId: bay1, start: at('12:30'), end: at('13:30') });
    expect(e.code).toBe('outside_hours');
    expect(b.ok('bookings.create', { bayId: bay1, start: at('12:30'), end: at('13:30'), allowOutsideHours: true }).id).toBeTruthy();
  });

  it('knows holidays and a mechanic’s absence', () => {
    // Days to come (hours.get lists the exceptions from today on): a Wednesday, then Thursday–Friday.
    const day = (weekday: number, plus = 0) => {
      const d = new Date();
      d.setUTCDate(d.getUTCDate() + 7);
      while (d.getUTCDay() !== weekday) d.setUTCDate(d.getUTCDate() + 1);
      d.setUTCDate(d.getUTCDate() + plus);
      return d.toISOString().slice(0, 10);
    };
    const [wednesday, thursday, friday] = [day(3), day(3, 1), day(3, 2)];
    b.ok('hours.addException', { fromDate: wednesday, toDate: wednesday, kind: 'holiday', note: 'Санитарный день' });
    expect(b.fail('bookings.create', { bayId: bay1, start: at('10:00', wednesday), end: at('11:00', wednesday) }).code).toBe('outside_hours');
    b.ok('hours.addException', { employeeId: mech1, fromDate: thursday, toDate: friday, kind: 'vacation' });
    const e = b.fail('bookings.create', { bayId: bay1, mechanicIds: [mech1], start: at('10:00', thursday), end: at('11:00', thursday) });
    expect(e.code).toBe('outside_hours');
    expect(e.message).toContain('Смирнов Олег');
    expect(b.ok('hours.get', { employeeId: mech1 }).exceptions).toHaveLength(1);
  });

  it('finds the next free slot for a bay and for a mechanic', () => {
    b.ok('bookings.create', { bayId: bay1, start: at('09:00'), end: at('12:00') });
    b.ok('bookings.create', { bayId: bay2, start: at('09:00'), end: at('10:00') });
    const slot = b.ok('slots.findNext', { durationMinutes: 90, resourceKind: 'bay', from: at('08:00') });
    expect(slot).toMatchObject({ resourceId: bay2, start: '2026-12-01T07:00:00.000Z', end: '2026-12-01T08:30:00.000Z' });
    b.ok('bookings.create', { bayId: bay2, mechanicIds: [mech1, mech2], start: at('10:00'), end: at('13:00') });
    expect(b.ok('slots.findNext', { durationMinutes: 60, resourceKind: 'mechanic', resourceIds: [mech1], from: at('08:00') }).start).toBe('2026-12-01T06:00:00.000Z');
    const m = b.ok('slots.findNext', { durationMinutes: 60, resourceKind: 'mechanic', resourceIds: [mech1], from: at('10:00') });
    expect(m.start).toBe('2026-12-01T11:00:00.000Z'); // 14:00 Moscow, after the booking and lunch
  });

  it('gives open time per resource for greying out the calendar', () => {
    const open = b.ok('hours.open', { from: at('00:00'), to: at('00:00', '2026-12-02'), employeeIds: [mech1] });
    expect(open.branch).toEqual([
      { start: '2026-12-01T06:00:00.000Z', end: '2026-12-01T10:00:00.000Z' },
      { start: '2026-12-01T11:00:00.000Z', end: '2026-12-01T15:00:00.000Z' },
    ]);
    expect(open.mechanics[mech1]).toEqual(open.branch);
  });
});

describe('query plans', () => {
  it('checks a mechanic through recent bookings, never a scan of their whole history', async () => {
    const { bookingQueries } = await import('../../src-main/scheduler/bookings.sql');
    const plan = (b.db.$client.prepare(`EXPLAIN QUERY PLAN ${bookingQueries.mechanicBlockers}`).all('m', 'a', 'b', 'x') as { detail: string }[]).map((p) => p.detail).join('\n');
    expect(plan).toMatch(/SEARCH b USING INDEX bookings_end_idx/);
    expect(plan).toMatch(/SEARCH m USING (COVERING )?INDEX booking_mechanics_booking_idx/);
    const bay = (b.db.$client.prepare(`EXPLAIN QUERY PLAN ${bookingQueries.bayBlockers}`).all('b', 'a', 'b', 'x') as { detail: string }[]).map((p) => p.detail).join('\n');
    expect(bay).toMatch(/SEARCH bookings USING INDEX bookings_bay_end_idx/);
    const window = (b.db.$client.prepare(`EXPLAIN QUERY PLAN ${bookingQueries.inWindow}`).all('a', 'b', 'c', 0) as { detail: string }[]).map((p) => p.detail).join('\n');
    expect(window).toMatch(/SEARCH b USING INDEX bookings_start_idx/);
  });
});
