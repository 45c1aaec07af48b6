// workOrders.list at garage scale (ten years, ~50k orders): a page of 50 with the filters the
// front desk uses, through the HTTP transport.
import type { DemoScale } from '../../src-main/demo/fill';
import { demoBackend, httpClient, percentile, timedHttp } from './support';

export async function benchWorkOrders(scale: DemoScale, runs: number) {
  const backend = await demoBackend(scale);
  const sqlite = backend.db.$client;
  const client = await httpClient(backend);
  const customers = sqlite.prepare('SELECT DISTINCT customer_id FROM work_orders LIMIT 200').pluck().all() as string[];
  const mechanics = sqlite.prepare("SELECT id FROM employees WHERE role = 'mechanic'").pluck().all() as string[];
  const total = sqlite.prepare('SELECT count(*) FROM work_orders').pluck().get() as number;
  const year = (i: number) => 2017 + (i % 10);
  const filters = (i: number) => {
    switch (i % 6) {
      case 0:
        return { status: 'issued', from: `${year(i)}-03-01`, to: `${year(i)}-03-31` };
      case 1:
        return { unpaid: true };
      case 2:
        return { customerId: customers[i % customers.length] };
      case 3:
        return { mechanicId: mechanics[i % mechanics.length], from: `${year(i)}-01-01`, to: `${year(i)}-06-30` };
      case 4:
        return { status: 'in_progress' };
      default:
        return {};
    }
  };
  for (let i = 0; i < 12; i++) await client.call('workOrders.list', { ...filters(i), limit: 50 });
  const ms = await timedHttp(client, runs, (i) => client.call('workOrders.list', { ...filters(i), limit: 50 }));
  client.close();
  backend.close();
  return { name: 'workOrders.list', scale, work_orders: total, runs, p50_ms: percentile(ms, 50), p95_ms: percentile(ms, 95) };
}
