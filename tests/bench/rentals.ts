// Equipment rental at garage scale (200 machines, 60 drivers, five years of trips), through the
// HTTP transport: rentals.availability for a machine type and one day, and the driver-payroll
// and licence-plate reports for one month, over days and months spread across the history.
import type { DemoScale } from '../../src-main/demo/fill';
import { currentBranch } from '../../src-main/organisation/app';
import { instantAt, nextDate } from '../../src-main/scheduler/zoned-time';
import { demoBackend, httpClient, percentile, timedHttp } from './support';

export async function benchRentals(scale: DemoScale, runs: number) {
  const backend = await demoBackend(scale);
  const sqlite = backend.db.$client;
  const client = await httpClient(backend);
  const tz = currentBranch(backend.db).timeZone;
  const types = sqlite.prepare("SELECT DISTINCT type_id FROM machines WHERE ownership = 'own' AND deleted_at IS NULL").pluck().all() as string[];
  const machines = sqlite.prepare('SELECT count(*) FROM machines').pluck().get() as number;
  const drivers = sqlite.prepare('SELECT count(*) FROM drivers').pluck().get() as number;
  const trips = sqlite.prepare('SELECT count(*) FROM waybills').pluck().get() as number;
  const [first, last] = sqlite.prepare('SELECT min(start_at), max(start_at) FROM rental_items').raw().get() as [string, string];
  const span = Math.round((Date.parse(last) - Date.parse(first)) / 86_400_000);
  const day = (i: number) => nextDate(first.slice(0, 10), Math.floor((((i * 7919) % runs) * span) / runs));
  const month = (i: number) => {
    const from = `${day(i).slice(0, 7)}-01`;
    return { from, to: nextDate(nextDate(from, 31).slice(0, 7) + '-01', -1) };
  };
  const availability = (i: number) => ({ typeId: types[i % types.length], start: instantAt(day(i), 0, tz).toISOString(), end: instantAt(nextDate(day(i)), 0, tz).toISOString() });

  for (let i = 0; i < 10; i++) {
    await client.call('rentals.availability', availability(i));
    await client.call('reports.driverPayroll', month(i));
    await client.call('reports.plates', month(i));
  }
  const free = await timedHttp(client, runs, (i) => client.call('rentals.availability', availability(i)));
  const payroll = await timedHttp(client, runs, (i) => client.call('reports.driverPayroll', month(i)));
  const plates = await timedHttp(client, runs, (i) => client.call('reports.plates', month(i)));
  client.close();
  backend.close();
  const line = (name: string, ms: number[]) => ({ name, scale, machines, drivers, trips, runs, p50_ms: percentile(ms, 50), p95_ms: percentile(ms, 95) });
  return [line('rentals.availability', free), line('reports.driver-payroll', payroll), line('reports.plates', plates)];
}
