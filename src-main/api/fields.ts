import { z } from 'zod';
import { normalisePhone } from '../validation/phone';

// Zod building blocks shared by the areas' inputs. Messages are keys from i18n/messages.ts
// (field.*), translated per request by the dispatcher.

/** Forms send "" for an empty box: store it as null. In updates, undefined means "unchanged". */
export function optionalText(max: number) {
  return z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? null : v), z.string().trim().max(max, 'field.too_long').nullable().optional());
}

export function requiredText(max: number) {
  return z.string({ error: 'field.required' }).trim().min(1, 'field.required').max(max, 'field.too_long');
}

export const id = z.string().min(1).max(64);

export const byId = z.object({ id });

export const phone = z.string().max(40, 'field.too_long').transform((s, ctx) => {
  const e164 = normalisePhone(s);
  if (!e164) {
    ctx.addIssue({ code: 'custom', message: 'field.phone_invalid' });
    return z.NEVER;
  }
  return e164;
});

export const email = z.preprocess(
  (v) => (typeof v === 'string' && v.trim() === '' ? null : v),
  z.string().trim().toLowerCase().pipe(z.email('field.email_invalid')).nullable().optional(),
);

/** An optional identifier that must pass `check` after spaces are removed. */
export function optionalCode(check: (s: string) => boolean, message: string) {
  return z.preprocess(
    (v) => (typeof v === 'string' ? (v.replace(/\s+/g, '') === '' ? null : v.replace(/\s+/g, '').toUpperCase()) : v),
    z.string().refine(check, message).nullable().optional(),
  );
}
