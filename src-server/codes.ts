import { createHash, randomBytes, randomInt } from 'node:crypto';

/**
 * The secrets and short codes the server hands out. Codes use Crockford's base 32 (no I, L, O,
 * U), the same letters as the desks' document numbers, so they can be read out over the phone.
 */
const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

export const ENROLMENT_CODE_DAYS = 7;

export const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** A workstation's long-lived token: 32 random bytes; only its hash is stored. */
export const newToken = () => randomBytes(32).toString('base64url');

/** A one-time enrolment code, "K7Q2-M9XD-3HTA" (60 random bits; it expires in a week). */
export function newEnrolmentCode(): string {
  const chars = Array.from({ length: 12 }, () => alphabet[randomInt(alphabet.length)]);
  return [chars.slice(0, 4), chars.slice(4, 8), chars.slice(8)].map((g) => g.join('')).join('-');
}

/** The form a code is hashed in: however it was typed (case, spaces, dashes, O for 0, I or L for 1). */
export function normaliseEnrolmentCode(typed: string): string {
  return typed
    .toUpperCase()
    .replace(/[\s-]/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
}

export const enrolmentCodeHash = (typed: string) => sha256(normaliseEnrolmentCode(typed));

/** Every two-character desk code, for picking a free one. */
export const allDeskCodes: readonly string[] = [...alphabet].flatMap((a) => [...alphabet].map((b) => a + b));

export function pickFreeDeskCode(taken: ReadonlySet<string>): string | null {
  const free = allDeskCodes.filter((c) => !taken.has(c));
  return free.length ? free[randomInt(free.length)] : null;
}
