import { describe, it, expect } from 'vitest';
import { tempBackend } from './backend';
import { availabilityQueries } from '../../src-main/rentals/availability.sql';
import { tripsSql } from '../../src-main/rentals/reports';

// Five years of trips must not be read to answer a day's availability or a month's report.
describe('rental query plans', () => {
  it('availability seeks confirmed items per machine and per driver; the reports seek trips by start', async () => {
    const b = await tempBackend();
    const plan = (sql: string, ...params: string[]) => (b.db.$client.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as { detail: string }[]).map((p) => p.detail).join('\n');
    expect(plan(availabilityQueries.busyMachines, 't', 'a', 'b')).toMatch(/SEARCH i USING (COVERING )?INDEX rental_items_confirmed_machine_idx \(machine_id=\? AND end_at>\?\)/);
    expect(plan(availabilityQueries.busyDrivers, 'a', 'b')).toMatch(/SEARCH i USING (COVERING )?INDEX rental_items_confirmed_driver_idx \(driver_id=\? AND end_at>\?\)/);
    const trips = plan(tripsSql, 'a', 'b');
    expect(trips).toMatch(/SEARCH w USING INDEX waybills_start_idx \(actual_start_at>\? AND actual_start_at<\?\)/);
    expect(trips).not.toMatch(/SCAN|TEMP B-TREE FOR ORDER BY/);
    b.close();
  });
});
