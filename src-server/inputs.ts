import { z } from 'zod';
import { parseHlc } from '../src-main/sync/hlc';
import { SyncError } from './errors';

/** The wire contract's request bodies (docs/sync.md, README "Head-office server"). */

export const MAX_CHANGES_PER_PUSH = 1000;
export const MAX_PULL_LIMIT = 5000;
export const DEFAULT_PULL_LIMIT = 1000;

const id = z.string().min(1).max(200);

export const changeInput = z.object({
  id: z.guid(),
  table: z.string().min(1).max(100),
  rowId: id,
  hlc: z.string().refine((s) => parseHlc(s) !== null, 'not a clock stamp'),
  scope: z.string().min(1).max(100),
  fields: z.record(z.string(), z.unknown()),
});

export const pushInput = z.object({
  schemaVersion: z.string().min(1).max(200),
  changes: z.array(changeInput).min(1).max(MAX_CHANGES_PER_PUSH),
});

export const pullInput = z.object({
  after: z.coerce.number().int().min(0).default(0),
  limit: z.coerce.number().int().min(1).max(MAX_PULL_LIMIT).default(DEFAULT_PULL_LIMIT),
});

export const enrolInput = z.object({
  code: z.string().min(1).max(100),
  deskName: z.string().trim().min(1).max(100),
});

/** A booking's slot: its bay and mechanics (`resourceIds`; `resourceId` alone from older desks). */
export const claimInput = z
  .object({ bookingId: id, resourceIds: z.array(id).min(1).max(50).optional(), resourceId: id.optional(), start: z.iso.datetime({ offset: true }), end: z.iso.datetime({ offset: true }) })
  .refine((c) => Date.parse(c.start) < Date.parse(c.end), { message: 'the end must be after the start', path: ['end'] })
  .refine((c) => c.resourceIds || c.resourceId, { message: 'name the resources the booking holds', path: ['resourceIds'] })
  .transform(({ resourceId, resourceIds, ...c }) => ({ ...c, resourceIds: [...new Set([...(resourceIds ?? []), ...(resourceId ? [resourceId] : [])])] }));

export const releaseInput = z.object({ bookingId: id });

export type ChangeInput = z.infer<typeof changeInput>;

/** Parses a body or query, or refuses it as `invalid`, naming the first thing wrong. */
export function parse<T extends z.ZodType>(schema: T, value: unknown): z.infer<T> {
  const result = schema.safeParse(value ?? {});
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const where = issue.path.length ? `${issue.path.join('.')}: ` : '';
  throw new SyncError('invalid', `The request is malformed (${where}${issue.message}).`);
}
