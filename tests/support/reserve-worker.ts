// One desk in the reservation race: reserves single units of the last few in stock, and
// releases some, as fast as it can, against the same file as the other desk.
import { openBackend } from '../../src-main/backend';
import { seededRng } from '../../src-main/demo/generate';
import { startTogether } from './start-together';

const [dataDir, itemId, warehouseId, rounds, seed] = [process.argv[2], process.argv[3], process.argv[4], Number(process.argv[5]), Number(process.argv[6])];
const backend = await openBackend({ dataDir });
const rng = seededRng(seed);
await startTogether(dataDir, String(seed), 2);
const mine: string[] = [];
const tally = { reserved: 0, refused: 0, released: 0, other: 0, overReserved: 0 };
// Read after every successful reservation: more reserved than on hand, ever, is a failure.
const activeSum = backend.db.$client.prepare("SELECT coalesce(sum(qty_x1000), 0) FROM reservations WHERE item_id = ? AND status = 'active'").pluck();
const onHand = backend.db.$client.prepare('SELECT qty_x1000 FROM stock_balances WHERE item_id = ? AND warehouse_id = ?').pluck();
for (let i = 0; i < rounds; i++) {
  if (mine.length && rng() < 0.4) {
    const id = mine.splice(Math.floor(rng() * mine.length), 1)[0];
    const r = backend.call('reservations.release', { id });
    if (r.ok) tally.released++;
    else tally.other++;
    continue;
  }
  const r = backend.call('reservations.create', { itemId, warehouseId, qtyX1000: 1000, forKind: 'work_order', forId: `WO-${seed}-${i}` });
  if (r.ok) {
    tally.reserved++;
    mine.push((r.data as { id: string }).id);
    if ((activeSum.get(itemId) as number) > (onHand.get(itemId, warehouseId) as number)) tally.overReserved++;
  } else if (r.error.code === 'insufficient_stock') tally.refused++;
  else {
    tally.other++;
    console.error(JSON.stringify(r.error));
  }
}
// Give back what is still held, so a desk that finishes first does not starve the other.
for (const id of mine) backend.call('reservations.release', { id });
backend.close();
console.log(JSON.stringify(tally));
