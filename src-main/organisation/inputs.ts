import { z } from 'zod';
import { id, optionalText, requiredText, optionalCode } from '../api/fields';
import { isValidInn, isValidKpp, isValidOgrn, isValidBic, isValidBankAccount, isValidCorrAccount } from '../validation/ru-ids';
import { vatModes } from './schema';

const legalEntityFields = {
  name: requiredText(300),
  inn: z.preprocess((v) => (typeof v === 'string' ? v.replace(/\s+/g, '') : v), z.string({ error: 'field.required' }).refine(isValidInn, 'field.inn_invalid')),
  kpp: optionalCode(isValidKpp, 'field.kpp_invalid'),
  ogrn: optionalCode(isValidOgrn, 'field.ogrn_invalid'),
  address: requiredText(500),
  phone: optionalText(40),
  bankName: optionalText(200),
  bic: optionalCode(isValidBic, 'field.bic_invalid'),
  bankAccount: optionalCode((s) => /^\d{20}$/.test(s), 'field.account_invalid'),
  corrAccount: optionalCode((s) => /^\d{20}$/.test(s), 'field.corr_account_invalid'),
  vatMode: z.enum(vatModes),
  // Basis points: 2200 = 22 %.
  vatRateBp: z.number().int().min(0).max(10000),
  isDefault: z.boolean().optional(),
};

/** Bank accounts are checked against the БИК with the Central Bank's control key. */
function checkBank(v: { bic?: string | null; bankAccount?: string | null; corrAccount?: string | null }, ctx: z.RefinementCtx) {
  if (v.bic && v.bankAccount && !isValidBankAccount(v.bankAccount, v.bic)) ctx.addIssue({ code: 'custom', path: ['bankAccount'], message: 'field.account_invalid' });
  if (v.bic && v.corrAccount && !isValidCorrAccount(v.corrAccount, v.bic)) ctx.addIssue({ code: 'custom', path: ['corrAccount'], message: 'field.corr_account_invalid' });
}

export const legalEntityCreate = z.object(legalEntityFields).superRefine(checkBank);
export const legalEntityUpdate = z.object({ id, ...legalEntityFields }).partial().required({ id: true }).superRefine(checkBank);

export const branchUpdate = z.object({
  name: requiredText(200).optional(),
  docPrefix: z.string().trim().toUpperCase().regex(/^[0-9A-ZА-Я]{1,6}$/u, 'field.prefix_invalid').optional(),
  timeZone: z.string().refine((tz) => {
    try {
      new Intl.DateTimeFormat('en', { timeZone: tz });
      return true;
    } catch {
      return false;
    }
  }).optional(),
  // Kopecks per standard hour; operations without their own rate use it.
  labourRateMinor: z.number().int().min(0).max(100_000_000).optional(),
});
