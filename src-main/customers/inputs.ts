import { z } from 'zod';
import { id, optionalText, requiredText, phone, email, optionalCode } from '../api/fields';
import { isValidInn, isValidKpp } from '../validation/ru-ids';

export const messenger = z.object({
  kind: z.enum(['telegram', 'whatsapp', 'viber', 'vk', 'other']),
  handle: requiredText(100),
});

const customerFields = {
  kind: z.enum(['person', 'company']),
  name: requiredText(200),
  phones: z.array(phone).min(1, 'field.phones_required').max(10),
  email,
  messengers: z.array(messenger).max(10).optional(),
  consentToMessages: z.boolean().optional(),
  inn: optionalCode(isValidInn, 'field.inn_invalid'),
  kpp: optionalCode(isValidKpp, 'field.kpp_invalid'),
  discountPct: z.number().int().min(0).max(100).optional(),
  isSupplier: z.boolean().optional(),
  notes: optionalText(2000),
};

/** A company's ИНН has 10 digits, a person's (or sole trader's) 12; a КПП is for companies only. */
function checkKindFields(v: { kind?: 'person' | 'company'; inn?: string | null; kpp?: string | null }, ctx: z.RefinementCtx) {
  if (v.kind === 'person' && v.kpp) ctx.addIssue({ code: 'custom', path: ['kpp'], message: 'field.kpp_invalid' });
  if (v.kind === 'person' && v.inn && v.inn.length !== 12) ctx.addIssue({ code: 'custom', path: ['inn'], message: 'field.inn_invalid' });
}

export const customerCreate = z.object(customerFields).superRefine(checkKindFields);
export const customerUpdate = z.object({ id, ...customerFields }).partial().required({ id: true }).superRefine(checkKindFields);
export const customerGet = z.object({ id });
/** Merge `mergeId` into `keepId`: the kept card stays, the other is tombstoned. */
export const customerMerge = z.object({ keepId: id, mergeId: id }).refine((v) => v.keepId !== v.mergeId, { path: ['mergeId'], message: 'field.merge_same' });
export const customerSearch = z.object({
  q: z.string().max(200),
  limit: z.number().int().min(1).max(200).optional(),
  suppliersOnly: z.boolean().optional(),
});

export type CustomerCreate = z.input<typeof customerCreate>;
export type CustomerUpdate = z.input<typeof customerUpdate>;
