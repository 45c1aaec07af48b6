import { asc, eq, or, sql } from 'drizzle-orm';
import { z } from 'zod';
import { uuidv7 } from 'uuidv7';
import type { ServerDb } from './db';
import { SyncError } from './errors';
import { ENROLMENT_CODE_DAYS, enrolmentCodeHash, newEnrolmentCode } from './codes';
import { parse } from './inputs';
import { branches, enrolmentCodes, workstations } from './schema';

/**
 * Head office's admin operations. The command line runs them on the database directly, or,
 * while a server holds the embedded database, through that server's loopback admin endpoint
 * (admin-endpoint.ts): the same map serves both.
 */
export const adminOps = {
  'branch.add': addBranch,
  'code.create': createEnrolmentCode,
  'workstation.revoke': revokeWorkstation,
  'workstation.list': listWorkstations,
} satisfies Record<string, (db: ServerDb, input: unknown, nowMs: number) => Promise<unknown>>;

export type AdminOps = typeof adminOps;
export type AdminOpName = keyof AdminOps;
export type AdminResult<N extends AdminOpName> = Awaited<ReturnType<AdminOps[N]>>;

// The desks' rule for a document-number prefix (organisation/inputs.ts).
const prefixPattern = /^[0-9A-ZА-Я]{1,6}$/u;

const branchAddInput = z.object({ name: z.string().trim().min(1).max(100), headOffice: z.boolean().default(false), prefix: z.string().optional() });
const codeCreateInput = z.object({ branch: z.string().trim().min(1) });
const revokeInput = z.object({ workstationId: z.string().trim().min(1) });

interface BranchInfo {
  id: string;
  name: string;
  docPrefix: string;
  headOffice: boolean;
}

export interface IssuedCode {
  branch: BranchInfo;
  code: string;
  expiresAt: string;
}

async function addBranch(db: ServerDb, input: unknown, nowMs: number): Promise<IssuedCode> {
  const { name, headOffice, prefix } = parse(branchAddInput, input);
  return db.orm.transaction(async (tx) => {
    const all = await tx.select().from(branches);
    if (all.some((b) => b.name.toLowerCase() === name.toLowerCase())) throw new SyncError('invalid', `A branch named "${name}" already exists.`);
    const taken = new Set(all.map((b) => b.docPrefix));
    let docPrefix: string;
    if (prefix !== undefined) {
      docPrefix = prefix.trim().toUpperCase();
      if (!prefixPattern.test(docPrefix)) throw new SyncError('invalid', `The prefix "${prefix}" is not valid: use 1 to 6 letters or digits.`);
      const owner = all.find((b) => b.docPrefix === docPrefix);
      if (owner) throw new SyncError('invalid', `The prefix ${docPrefix} is already used by branch "${owner.name}".`);
    } else docPrefix = defaultPrefix(name, taken);
    const branch = { id: uuidv7(), name, docPrefix, headOffice };
    await tx.insert(branches).values({ ...branch, createdAt: new Date(nowMs) });
    return { branch, ...(await issueCode(tx, branch.id, nowMs)) };
  });
}

async function createEnrolmentCode(db: ServerDb, input: unknown, nowMs: number): Promise<IssuedCode> {
  const { branch: ref } = parse(codeCreateInput, input);
  const [branch] = await db.orm
    .select({ id: branches.id, name: branches.name, docPrefix: branches.docPrefix, headOffice: branches.headOffice })
    .from(branches)
    .where(or(eq(branches.id, ref), sql`lower(${branches.name}) = lower(${ref})`));
  if (!branch) throw new SyncError('not_found', `There is no branch "${ref}". Add it first: branch add NAME.`);
  return { branch, ...(await issueCode(db.orm, branch.id, nowMs)) };
}

async function issueCode(orm: Pick<ServerDb['orm'], 'insert'>, branchId: string, nowMs: number) {
  const code = newEnrolmentCode();
  const expiresAt = new Date(nowMs + ENROLMENT_CODE_DAYS * 86_400_000);
  await orm.insert(enrolmentCodes).values({ codeHash: enrolmentCodeHash(code), branchId, createdAt: new Date(nowMs), expiresAt });
  return { code, expiresAt: expiresAt.toISOString() };
}

async function revokeWorkstation(db: ServerDb, input: unknown, nowMs: number): Promise<{ workstationId: string; name: string; revokedAt: string }> {
  const { workstationId } = parse(revokeInput, input);
  const [found] = await db.orm.select().from(workstations).where(eq(workstations.id, workstationId));
  if (!found) throw new SyncError('not_found', `There is no workstation ${workstationId}.`);
  const revokedAt = found.revokedAt ?? new Date(nowMs);
  if (!found.revokedAt) await db.orm.update(workstations).set({ revokedAt }).where(eq(workstations.id, workstationId));
  return { workstationId, name: found.name, revokedAt: revokedAt.toISOString() };
}

async function listWorkstations(db: ServerDb): Promise<{ workstations: { id: string; name: string; branch: string; headOffice: boolean; deskCode: string; enrolledAt: string; lastSeenAt: string | null; revokedAt: string | null }[] }> {
  const list = await db.orm
    .select({ id: workstations.id, name: workstations.name, branch: branches.name, headOffice: branches.headOffice, deskCode: workstations.deskCode, enrolledAt: workstations.enrolledAt, lastSeenAt: workstations.lastSeenAt, revokedAt: workstations.revokedAt })
    .from(workstations)
    .innerJoin(branches, eq(branches.id, workstations.branchId))
    .orderBy(asc(branches.name), asc(workstations.enrolledAt));
  return { workstations: list.map((w) => ({ ...w, enrolledAt: w.enrolledAt.toISOString(), lastSeenAt: w.lastSeenAt?.toISOString() ?? null, revokedAt: w.revokedAt?.toISOString() ?? null })) };
}

/** The branch name's first letter, or its first letters, or the letter and a number: the first one free. */
export function defaultPrefix(name: string, taken: ReadonlySet<string>): string {
  const letters = name.toUpperCase().replace(/Ё/g, 'Е').replace(/[^0-9A-ZА-Я]/gu, '');
  const first = letters[0] ?? 'B';
  const candidates = [first, letters.slice(0, 2), letters.slice(0, 3), ...Array.from({ length: 998 }, (_, i) => `${first}${i + 2}`)];
  const free = candidates.find((p) => prefixPattern.test(p) && !taken.has(p));
  if (!free) throw new SyncError('invalid', 'No free document-number prefix: give one with --prefix.');
  return free;
}
