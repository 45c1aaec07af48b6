import type { ApiInput, ApiOutput } from '../api/client';

export type Customer = ApiOutput<'customers.get'>;
export type CustomerKind = Customer['kind'];
export type MessengerKind = Customer['messengers'][number]['kind'];
export const messengerKinds: MessengerKind[] = ['telegram', 'whatsapp', 'viber', 'vk', 'other'];

/** What the form edits: strings for text boxes, '' for an empty number box. */
export type CustomerFormValues = {
  kind: CustomerKind;
  name: string;
  phones: string[];
  email: string;
  messengers: { kind: MessengerKind; handle: string }[];
  consentToMessages: boolean;
  inn: string;
  kpp: string;
  discountPct: number | string;
  notes: string;
};

export function emptyCustomerValues(): CustomerFormValues {
  return { kind: 'person', name: '', phones: [''], email: '', messengers: [], consentToMessages: false, inn: '', kpp: '', discountPct: 0, notes: '' };
}

export function customerValues(c: Customer, formatPhone: (e164: string) => string): CustomerFormValues {
  return {
    kind: c.kind,
    name: c.name,
    phones: c.phones.length ? c.phones.map(formatPhone) : [''],
    email: c.email ?? '',
    messengers: c.messengers.map((m) => ({ ...m })),
    consentToMessages: c.consentToMessages,
    inn: c.inn ?? '',
    kpp: c.kpp ?? '',
    discountPct: c.discountPct,
    notes: c.notes ?? '',
  };
}

/**
 * The API input. Every field is sent (an edit replaces the whole card); the back end trims,
 * normalises phones to E.164 and turns '' into null. Array indices stay as typed so that an
 * error on "phones.1" lands on the second phone box.
 */
export function customerInput(v: CustomerFormValues): ApiInput<'customers.create'> {
  return {
    kind: v.kind,
    name: v.name,
    phones: v.phones,
    email: v.email,
    messengers: v.messengers,
    consentToMessages: v.consentToMessages,
    inn: v.inn,
    kpp: v.kind === 'company' ? v.kpp : null,
    discountPct: typeof v.discountPct === 'number' ? v.discountPct : 0,
    notes: v.notes,
  };
}
