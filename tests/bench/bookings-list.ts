// bookings.list for one week over all 12 resources (6 bays, 6 mechanics) with ten years of
// history behind it, through the HTTP transport.
import type { DemoScale } from '../../src-main/demo/fill';
import { demoBackend, httpClient, percentile, timedHttp } from './support';

export async function benchBookingsList(scale: DemoScale, runs: number) {
  const backend = await demoBackend(scale);
  const sqlite = backend.db.$client;
  const client = await httpClient(backend);
  const resources = (sqlite.prepare("SELECT id FROM bays WHERE deleted_at IS NULL UNION ALL SELECT id FROM employees WHERE role = 'mechanic' AND deleted_at IS NULL").pluck().all() as string[]).slice(0, 12);
  // Weeks spread over the whole history and the weeks ahead, as people page back and forth.
  const first = Date.parse((sqlite.prepare('SELECT min(start_at) FROM bookings').pluck().get() as string) ?? new Date().toISOString());
  const span = Date.now() + 21 * 86_400_000 - first;
  const weeks = Array.from({ length: runs }, (_, i) => {
    const start = new Date(first + ((i * 7919) % runs) * (span / runs));
    start.setUTCHours(0, 0, 0, 0);
    return { from: start.toISOString(), to: new Date(start.getTime() + 7 * 86_400_000).toISOString(), resourceIds: resources };
  });
  for (const w of weeks.slice(0, 20)) await client.call('bookings.list', w);
  let visible = 0;
  const ms = await timedHttp(client, runs, async (i) => {
    const data = (await client.call('bookings.list', weeks[i])) as { items: unknown[] };
    visible += data.items.length;
  });
  client.close();
  const total = sqlite.prepare('SELECT count(*) FROM bookings').pluck().get();
  backend.close();
  return { name: 'bookings.list', scale, bookings: total, resources: resources.length, avg_bookings_per_week: Math.round(visible / runs), runs, p50_ms: percentile(ms, 50), p95_ms: percentile(ms, 95) };
}
