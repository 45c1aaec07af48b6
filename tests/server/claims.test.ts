import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildServer } from '../../src-server/app';
import type { Enrolment } from '../../src-server/enrol';
import { addBranch, bearer, enrol, newCode, openTestDb } from './support';

let db: Awaited<ReturnType<typeof openTestDb>>;
let app: FastifyInstance;
let north: Enrolment, north2: Enrolment, south: Enrolment;

beforeAll(async () => {
  db = await openTestDb();
  app = buildServer({ db });
  const n = await addBranch(db, 'North');
  north = await enrol(app, n.code);
  north2 = await enrol(app, await newCode(db, 'North'));
  south = await enrol(app, (await addBranch(db, 'South')).code);
}, 60_000);
afterAll(async () => {
  await app?.close();
  await db?.drop();
});

const at = (h: number, m = 0) => `2025-03-10T${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}:00Z`;
const claim = (desk: Enrolment, bookingId: string, resourceId: string, start: string, end: string) =>
  app.inject({ method: 'POST', url: '/claim', headers: bearer(desk.token), payload: { bookingId, resourceId, start, end } });
const release = (desk: Enrolment, bookingId: string) => app.inject({ method: 'POST', url: '/release', headers: bearer(desk.token), payload: { bookingId } });

describe('booking claims', () => {
  it('refuses an overlapping claim on the same resource, naming the holder; adjacent slots and other resources are fine', async () => {
    expect((await claim(north, 'b1', 'bay-1', at(10), at(11))).json()).toEqual({ ok: true });
    const clash = await claim(north2, 'b2', 'bay-1', at(10, 30), at(11, 30));
    expect(clash.statusCode).toBe(409);
    expect(clash.json().error).toMatchObject({ code: 'booking_conflict', holder: { bookingId: 'b1' } });
    expect((await claim(north2, 'b2', 'bay-1', at(11), at(12))).json()).toEqual({ ok: true });
    expect((await claim(north2, 'b3', 'bay-1', at(9), at(10))).json()).toEqual({ ok: true });
    expect((await claim(north2, 'b4', 'bay-2', at(10, 30), at(11, 30))).json()).toEqual({ ok: true });
    // Offsets are instants: 13:30+03:00 is 10:30Z, inside b1.
    expect((await claim(north2, 'b5', 'bay-1', '2025-03-10T13:30:00+03:00', '2025-03-10T13:45:00+03:00')).json().error.holder).toEqual({ bookingId: 'b1' });
  });

  it('moves a claim when the same booking claims again, and a refused move keeps the old slot', async () => {
    expect((await claim(north, 'm1', 'bay-3', at(10), at(11))).json()).toEqual({ ok: true });
    expect((await claim(north, 'm1', 'bay-3', at(10, 30), at(11, 30))).json()).toEqual({ ok: true });
    expect((await claim(north, 'm2', 'bay-3', at(10), at(10, 30))).json()).toEqual({ ok: true });
    expect((await claim(north, 'm2', 'bay-3', at(11), at(12))).json().error.holder).toEqual({ bookingId: 'm1' });
    expect((await claim(north2, 'x', 'bay-3', at(10), at(10, 15))).json().error.holder).toEqual({ bookingId: 'm2' });
  });

  it('claims the bay and every mechanic of a booking: a mechanic busy elsewhere refuses it, and dropping him frees his time', async () => {
    const many = (desk: Enrolment, bookingId: string, resourceIds: string[], start: string, end: string) =>
      app.inject({ method: 'POST', url: '/claim', headers: bearer(desk.token), payload: { bookingId, resourceIds, start, end } });
    expect((await many(north, 'k1', ['bay-6', 'mech-ivan', 'mech-oleg'], at(10), at(12))).json()).toEqual({ ok: true });
    // Another bay, but Oleg is already under the car in bay 6: refused, naming the holder.
    const busy = await many(south, 'k2', ['bay-7', 'mech-oleg'], at(11), at(13));
    expect(busy.statusCode).toBe(409);
    expect(busy.json().error.holder).toEqual({ bookingId: 'k1' });
    expect((await many(south, 'k2', ['bay-7', 'mech-petr'], at(11), at(13))).json()).toEqual({ ok: true });
    // k1 claims again without Oleg: his time is free for k3.
    expect((await many(north, 'k1', ['bay-6', 'mech-ivan'], at(10), at(12))).json()).toEqual({ ok: true });
    expect((await many(north2, 'k3', ['bay-8', 'mech-oleg'], at(10), at(11))).json()).toEqual({ ok: true });
    expect((await many(north2, 'k4', ['bay-9', 'mech-ivan'], at(11), at(12))).json().error.holder).toEqual({ bookingId: 'k1' });
    expect((await many(north, 'k5', [], at(14), at(15))).json().error.code).toBe('invalid');
  });

  it('frees the slot on release; another branch may neither release nor move it', async () => {
    expect((await claim(north, 'r1', 'bay-4', at(10), at(11))).json()).toEqual({ ok: true });
    const foreign = await release(south, 'r1');
    expect(foreign.statusCode).toBe(403);
    expect((await claim(south, 'r1', 'bay-9', at(10), at(11))).statusCode).toBe(403);
    expect((await claim(south, 's1', 'bay-4', at(10), at(11))).statusCode).toBe(409);
    expect((await release(north2, 'r1')).json()).toEqual({ ok: true });
    expect((await release(north2, 'r1')).json()).toEqual({ ok: true });
    expect((await claim(south, 's1', 'bay-4', at(10), at(11))).json()).toEqual({ ok: true });
  });

  it('refuses a malformed claim or one without a token', async () => {
    expect((await claim(north, 'z', 'bay-5', at(11), at(10))).json().error.code).toBe('invalid');
    expect((await claim(north, 'z', 'bay-5', 'tomorrow', at(10))).json().error.code).toBe('invalid');
    const anonymous = await app.inject({ method: 'POST', url: '/claim', payload: { bookingId: 'z', resourceId: 'bay-5', start: at(9), end: at(10) } });
    expect(anonymous.statusCode).toBe(401);
  });

  it('lets exactly one of many simultaneous claims on one slot win', async () => {
    const results = await Promise.all(Array.from({ length: 8 }, (_, i) => claim(i % 2 ? north : south, `race-${i}`, 'bay-race', at(14), at(15))));
    expect(results.filter((r) => r.statusCode === 200)).toHaveLength(1);
    expect(results.filter((r) => r.statusCode === 409)).toHaveLength(7);
  });
});
