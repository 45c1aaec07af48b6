import { and, eq, gt, isNull } from 'drizzle-orm';
import { uuidv7 } from 'uuidv7';
import type { Ctx } from './context';
import { SyncError, sqlState } from './errors';
import { enrolmentCodeHash, newToken, pickFreeDeskCode, sha256 } from './codes';
import { enrolInput, parse } from './inputs';
import { branches, enrolmentCodes, workstations } from './schema';

export interface Enrolment {
  token: string;
  workstationId: string;
  branchId: string;
  branchName: string;
  docPrefix: string;
  headOffice: boolean;
  deskCode: string;
}

/**
 * POST /enrol: trades a one-time enrolment code for a workstation's own token and desk code.
 * The code is spent in the same transaction that creates the workstation.
 */
export async function enrol({ db, now, body }: Ctx): Promise<Enrolment> {
  const { code, deskName } = parse(enrolInput, body);
  const at = new Date(now());
  // Two desks enrolling in one branch at once may pick the same free desk code: try again.
  for (let attempt = 0; ; attempt++) {
    try {
      return await db.orm.transaction(async (tx) => {
        const [spent] = await tx
          .update(enrolmentCodes)
          .set({ usedAt: at })
          .where(and(eq(enrolmentCodes.codeHash, enrolmentCodeHash(code)), isNull(enrolmentCodes.usedAt), gt(enrolmentCodes.expiresAt, at)))
          .returning({ branchId: enrolmentCodes.branchId });
        if (!spent) throw new SyncError('bad_code', 'This enrolment code is unknown, already used or expired. Ask head office for a new code.');
        const [branch] = await tx.select().from(branches).where(eq(branches.id, spent.branchId));
        const taken = await tx.select({ code: workstations.deskCode }).from(workstations).where(eq(workstations.branchId, branch.id));
        const deskCode = pickFreeDeskCode(new Set(taken.map((t) => t.code)));
        if (!deskCode) throw new SyncError('forbidden', `Branch ${branch.name} has no free desk codes left.`);
        const token = newToken();
        const workstationId = uuidv7();
        await tx.insert(workstations).values({ id: workstationId, branchId: branch.id, name: deskName, deskCode, tokenHash: sha256(token), enrolledAt: at });
        await tx.update(enrolmentCodes).set({ usedBy: workstationId }).where(eq(enrolmentCodes.codeHash, enrolmentCodeHash(code)));
        return { token, workstationId, branchId: branch.id, branchName: branch.name, docPrefix: branch.docPrefix, headOffice: branch.headOffice, deskCode };
      });
    } catch (e) {
      if (sqlState(e) !== '23505' || attempt >= 4) throw e;
    }
  }
}
