import { and, eq, isNull, sql } from 'drizzle-orm';
import { perDatabase, type ServerDb } from './db';
import { SyncError } from './errors';
import { sha256 } from './codes';
import type { Desk } from './rules';
import { branches, serverState, workstations } from './schema';

const SEEN_EVERY_MS = 60_000;

/**
 * The look-up every desk request starts with, prepared once per database: PostgreSQL plans it
 * once per connection instead of for each of the thousands of requests. It also reads the head
 * of the log, which a pull needs first (pull.ts): one round trip instead of two.
 */
const deskByToken = perDatabase((db) =>
  db.orm
    .select({
      workstationId: workstations.id,
      branchId: workstations.branchId,
      headOffice: branches.headOffice,
      lastSeenAt: workstations.lastSeenAt,
      head: sql<string>`(SELECT ${serverState.lastSeq} FROM ${serverState} WHERE ${serverState.id} = 1)::text`,
    })
    .from(workstations)
    .innerJoin(branches, eq(branches.id, workstations.branchId))
    .where(and(eq(workstations.tokenHash, sql.placeholder('tokenHash')), isNull(workstations.revokedAt)))
    .prepare('desk_by_token'),
);

/** The workstation behind `Authorization: Bearer <token>`, or 401; and the head of the log as it signed in. */
export async function authenticate(db: ServerDb, header: string | undefined, nowMs: number): Promise<{ desk: Desk; head: number }> {
  const token = /^Bearer\s+(\S+)$/i.exec(header ?? '')?.[1];
  const [found] = token ? await deskByToken(db).execute({ tokenHash: sha256(token) }) : [];
  if (!found)
    throw new SyncError('unauthorized', 'Head office does not recognise this computer: it is not enrolled, or its access was revoked. Enrol it again with a new code from head office.');
  // For the admin's list of workstations; written at most once a minute per desk.
  if (!found.lastSeenAt || nowMs - found.lastSeenAt.getTime() > SEEN_EVERY_MS)
    await db.orm.update(workstations).set({ lastSeenAt: new Date(nowMs) }).where(eq(workstations.id, found.workstationId));
  return { desk: { workstationId: found.workstationId, branchId: found.branchId, headOffice: found.headOffice }, head: Number(found.head) };
}
