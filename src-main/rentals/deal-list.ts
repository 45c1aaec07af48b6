import type { z } from 'zod';
import { query, type Ctx } from '../api/define';
import { prepared } from '../db/prepared';
import { dealList } from './inputs';
import { prepaymentOf } from './overtime';
import type { dealStages } from './schema';

export const dealListApi = {
  'deals.list': query('Deals, newest first, with the customer, the items’ dates and the total; filters: stage, branch (head office), a fragment of number, customer, site or contact.', dealList, listDeals),
};

type DealRow = { id: string; number: string; stage: (typeof dealStages)[number]; customerId: string; customerName: string; siteAddress: string | null; contactName: string | null; createdAt: string; startAt: string | null; endAt: string | null };
type ItemRow = { dealId: string; orderedHoursX100: number; minHoursX100: number; orderedKm: number; rateMinor: number; ratePerKmMinor: number };

/**
 * Newest first by id (UUIDv7 is time-ordered); the items' first start and last end come from
 * rental_items_deal_idx; the total is the items' prepayment (ordered hours and km at their rates).
 */
function listDeals(ctx: Ctx, input: z.output<typeof dealList>) {
  const where = ['d.deleted_at IS NULL'];
  const params: Record<string, unknown> = { limit: input.limit ?? 100, offset: input.offset ?? 0 };
  if (input.branchId) {
    where.push('d.branch_id = :branch');
    params.branch = input.branchId;
  }
  if (input.stage) {
    where.push('d.stage = :stage');
    params.stage = input.stage;
  }
  if (input.q?.trim()) {
    where.push('(d.number LIKE :q OR c.name LIKE :q OR d.site_address LIKE :q OR d.contact_name LIKE :q OR d.contact_phone LIKE :q)');
    params.q = `%${input.q.trim()}%`;
  }
  const live = `i.deal_id = d.id AND i.deleted_at IS NULL AND i.status <> 'cancelled'`;
  const deals = prepared(
    ctx.db.$client,
    `SELECT d.id, d.number, d.stage, d.customer_id AS customerId, c.name AS customerName, d.site_address AS siteAddress, d.contact_name AS contactName,
            d.created_at AS createdAt, (SELECT MIN(i.start_at) FROM rental_items i WHERE ${live}) AS startAt, (SELECT MAX(i.end_at) FROM rental_items i WHERE ${live}) AS endAt
       FROM rental_deals d JOIN customers c ON c.id = d.customer_id
      WHERE ${where.join(' AND ')}
      ORDER BY d.id DESC LIMIT :limit OFFSET :offset`,
  ).all(params) as DealRow[];
  const totals = new Map<string, number>();
  if (deals.length) {
    const items = ctx.db.$client
      .prepare(
        `SELECT deal_id AS dealId, ordered_hours_x100 AS orderedHoursX100, min_hours_x100 AS minHoursX100, ordered_km AS orderedKm, rate_minor AS rateMinor, rate_per_km_minor AS ratePerKmMinor
           FROM rental_items WHERE deal_id IN (${deals.map(() => '?').join(',')}) AND deleted_at IS NULL AND status <> 'cancelled'`,
      )
      .all(...deals.map((d) => d.id)) as ItemRow[];
    for (const i of items) totals.set(i.dealId, (totals.get(i.dealId) ?? 0) + prepaymentOf(i));
  }
  return { items: deals.map((d) => ({ ...d, totalMinor: totals.get(d.id) ?? 0 })) };
}
