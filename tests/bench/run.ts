// `npm run bench`: one JSON object per line. Each benchmark runs at the scale its issue names
// (customers.search at large; bookings.list, items.search, stock.balance, items.list, rentals.availability
// and the rental reports, sync.first at garage); `-- --scale small` runs all of them
// small, for a quick look. Demo databases are cached in .data/.
import { parseArgs } from 'node:util';
import { demoScales, type DemoScale } from '../../src-main/demo/fill';
import { benchCustomersSearch } from './customers-search';
import { benchBookingsList } from './bookings-list';
import { benchStock } from './stock';
import { benchWorkOrders } from './work-orders';
import { benchRentals } from './rentals';
import { benchPrint } from './print';
import { benchUiWeekView } from './ui-week-view';
import { benchSyncFirst, benchSyncRoundtrip } from './sync';

const { values } = parseArgs({ options: { scale: { type: 'string' }, runs: { type: 'string' }, only: { type: 'string' } } });
const forced = values.scale as DemoScale | undefined;
if (forced && !demoScales.includes(forced)) throw new Error(`--scale must be one of ${demoScales.join(', ')}`);
// Samples per timed call: 300 unless --runs says otherwise.
const runs = Number(values.runs ?? 300);

const benches: [string, () => Promise<object | object[]>][] = [
  // A p95 of 300 samples rests on its 15 slowest, which a sub-millisecond call's neighbours on
  // the machine decide: this one is timed 3,000 times each way (about ten seconds).
  ['customers.search', () => benchCustomersSearch(forced ?? 'large', Number(values.runs ?? 3000))],
  ['bookings.list', () => benchBookingsList(forced ?? 'garage', runs)],
  ['stock', () => benchStock(forced ?? 'garage', runs)],
  ['workOrders.list', () => benchWorkOrders(forced ?? 'garage', runs)],
  // rentals.availability, reports.driver-payroll, reports.plates
  ['rentals', () => benchRentals(forced ?? 'garage', runs)],
  ['print.work-order', () => benchPrint(runs)],
  // Head-office sync: a real HTTP server, on PostgreSQL when DATABASE_URL is set, else PGlite.
  ['sync.first', () => benchSyncFirst(forced ?? 'garage')],
  ['sync.roundtrip', () => benchSyncRoundtrip('branch')],
  ['sync.roundtrip-shared', () => benchSyncRoundtrip('shared')],
  // Needs Debian's Chromium; prints nothing (and says why) without it.
  ['ui.week-view', async () => (await benchUiWeekView()) ?? []],
];
for (const [name, run] of benches) {
  if (values.only && values.only !== name) continue;
  const result = await run();
  for (const line of Array.isArray(result) ? result : [result]) console.log(JSON.stringify(line));
}
