import type { Db } from '../db/open';
import { prepared } from '../db/prepared';

// A merged customer is tombstoned with merged_into_id set (customers/merge.ts), but posted
// payments still name it, and so may rows of other branches: reads of a customer's money
// follow merged_into_id, through chains too (A into B, later B into C).

/** The customer and every customer merged into it, directly or through others. */
export function withMergedIds(db: Db, customerId: string): string[] {
  return prepared(
    db.$client,
    'WITH RECURSIVE m(id) AS (SELECT ? UNION SELECT c.id FROM customers c JOIN m ON c.merged_into_id = m.id) SELECT id FROM m',
  )
    .pluck()
    .all(customerId) as string[];
}

/** For every merged customer, the customer it ended up in (id and name); few rows, on an index. */
export function mergeTargets(db: Db): Map<string, { id: string; name: string }> {
  const rows = prepared(db.$client, 'SELECT c.id, c.merged_into_id AS target, t.name FROM customers c JOIN customers t ON t.id = c.merged_into_id WHERE c.merged_into_id IS NOT NULL').all() as {
    id: string;
    target: string;
    name: string;
  }[];
  const next = new Map(rows.map((r) => [r.id, { id: r.target, name: r.name }]));
  const targets = new Map<string, { id: string; name: string }>();
  for (const r of rows) {
    let target = next.get(r.id)!;
    for (let hops = 0; next.has(target.id) && hops < rows.length; hops++) target = next.get(target.id)!;
    targets.set(r.id, target);
  }
  return targets;
}
