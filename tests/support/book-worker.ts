// One desk in the booking race: opens the same database file as the other desk and books,
// moves and cancels random slots as fast as it can. Prints its tally as JSON.
import { openBackend } from '../../src-main/backend';
import { seededRng } from '../../src-main/demo/generate';
import { startTogether } from './start-together';

const [dataDir, rounds, seed] = [process.argv[2], Number(process.argv[3]), Number(process.argv[4])];
const backend = await openBackend({ dataDir });
const rng = seededRng(seed);
await startTogether(dataDir, String(seed), 2);
const res = backend.call('resources.list', {});
if (!res.ok) throw new Error('no resources');
const items = (res.data as { items: { id: string; kind: string }[] }).items;
const bays = items.filter((r) => r.kind === 'bay').map((r) => r.id);
const mechanics = items.filter((r) => r.kind === 'mechanic').map((r) => r.id);
const pick = <T>(list: T[]) => list[Math.floor(rng() * list.length)];
const slot = () => {
  // 40 quarter-hours on one day; 15–90 minutes long: plenty of collisions.
  const start = Date.UTC(2026, 11, 1, 6) + Math.floor(rng() * 40) * 900_000;
  return { start: new Date(start).toISOString(), end: new Date(start + (1 + Math.floor(rng() * 6)) * 900_000).toISOString() };
};
const tally = { ok: 0, conflict: 0, other: 0 };
const mine: string[] = [];
for (let i = 0; i < rounds; i++) {
  const roll = rng();
  let r;
  if (roll < 0.6 || !mine.length) {
    r = backend.call('bookings.create', { bayId: pick(bays), mechanicIds: rng() < 0.7 ? [pick(mechanics)] : [], ...slot(), allowOutsideHours: true });
    if (r.ok) mine.push((r.data as { id: string }).id);
  } else if (roll < 0.9) {
    r = backend.call('bookings.move', { id: pick(mine), ...slot(), bayId: pick(bays), allowOutsideHours: true });
  } else {
    const id = pick(mine);
    r = backend.call('bookings.cancel', { id });
    if (r.ok) mine.splice(mine.indexOf(id), 1);
  }
  if (r.ok) tally.ok++;
  else if (r.error.code === 'booking_conflict') tally.conflict++;
  else {
    tally.other++;
    console.error(JSON.stringify(r.error));
  }
}
backend.close();
console.log(JSON.stringify(tally));
