// One dispatcher in the rental race: adds items on two machines and two drivers at random
// hours of one day and confirms them, against the same file as the other dispatcher.
import { openBackend } from '../../src-main/backend';
import { seededRng } from '../../src-main/demo/generate';
import { startTogether } from './start-together';

const [dataDir, rounds, seed] = [process.argv[2], Number(process.argv[3]), Number(process.argv[4])];
const backend = await openBackend({ dataDir });
const rng = seededRng(seed);
await startTogether(dataDir, String(seed), 2);
const call = (m: string, input: unknown) => backend.call(m, input);
const ids = (m: string) => ((call(m, {}) as { ok: true; data: { items: { id: string }[] } }).data.items).map((x) => x.id);
const [typeId] = ids('machineTypes.list');
const machineIds = ids('machines.list');
const driverIds = ids('drivers.list');
const customerId = (call('customers.search', { q: '' }) as { ok: true; data: { items: { id: string }[] } }).data.items[0].id;
const deal = call('deals.create', { customerId }) as { ok: true; data: { id: string } };
const tally = { confirmed: 0, conflict: 0, other: 0 };
for (let i = 0; i < rounds; i++) {
  const start = Date.UTC(2026, 11, 1, 5) + Math.floor(rng() * 40) * 900_000;
  const end = start + (1 + Math.floor(rng() * 8)) * 900_000;
  const added = call('deals.addItem', {
    dealId: deal.data.id, machineTypeId: typeId, machineId: machineIds[Math.floor(rng() * machineIds.length)], driverId: driverIds[Math.floor(rng() * driverIds.length)],
    start: new Date(start).toISOString(), end: new Date(end).toISOString(), orderedHoursX100: 100,
  }) as { ok: true; data: { items: { id: string; status: string }[] } };
  const item = added.data.items.filter((x) => x.status === 'draft').pop()!;
  const r = call('rentals.confirmItem', { id: item.id });
  if (r.ok) tally.confirmed++;
  else if (r.error.code === 'booking_conflict') {
    tally.conflict++;
    call('deals.removeItem', { id: item.id });
  } else {
    tally.other++;
    console.error(JSON.stringify(r.error));
  }
}
backend.close();
console.log(JSON.stringify(tally));
