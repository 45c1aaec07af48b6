/**
 * "Send to driver": drivers do not use the app, so the trip goes to them as a plain text to
 * paste into a messenger, with links that open a call or a chat with the driver's phone.
 */
import { parsePhoneNumberFromString } from 'libphonenumber-js';
import { z } from 'zod';
import { query, type Ctx } from '../api/define';
import { id } from '../api/fields';
import { tripSheetPrintModel } from '../print/build';
import { hoursNumber, timeRange, tonnes, unitName } from '../print/format';
import type { Lang, TripSheetPrint } from '../print/model';
import { normalisePhone } from '../validation/phone';

const driverMessageInput = z.object({ itemId: id, lang: z.enum(['ru', 'en']).optional() });

export const driverMessageApi = {
  'rentals.driverMessage': query(
    'The trip of a rental item as a text for the driver’s messenger (time, address, contact, machine, notes), with tel:, WhatsApp and Telegram links to the driver’s phone.',
    driverMessageInput,
    (ctx, input) => driverMessage(ctx, input.itemId, input.lang ?? (ctx.locale === 'ru' ? 'ru' : 'en')),
  ),
};

const words = {
  ru: { when: 'Выезд', site: 'Адрес', customer: 'Заказчик', contact: 'Контакт', machine: 'Техника', ordered: 'Заказано', km: 'км', notes: 'Примечание', deal: (n: string) => `Заявка № ${n}` },
  en: { when: 'Trip', site: 'Address', customer: 'Customer', contact: 'Contact', machine: 'Equipment', ordered: 'Ordered', km: 'km', notes: 'Notes', deal: (n: string) => `Order No. ${n}` },
} as const;

/** A phone as people read it («+7 916 111 22 33»); anything libphonenumber cannot read, as stored. */
function readable(phone: string): string {
  return parsePhoneNumberFromString(phone, 'RU')?.formatInternational() ?? phone;
}

/** The trip as lines of «Label: value», empty ones left out. */
export function tripText(t: TripSheetPrint, lang: Lang): string {
  const w = words[lang];
  const m = t.machine;
  const contact = [t.contact.name, t.contact.phone && readable(t.contact.phone)].filter(Boolean).join(', ');
  const machine = [[m.type, m.model].filter(Boolean).join(' '), m.capacityKg ? tonnes(m.capacityKg, lang) : null, m.plate].filter(Boolean).join(', ');
  const ordered = [t.orderedHoursX100 ? `${hoursNumber(t.orderedHoursX100, lang)} ${unitName('h', lang)}` : null, t.orderedKm ? `${t.orderedKm} ${w.km}` : null].filter(Boolean).join(', ');
  const lines: [string, string | null][] = [
    [w.when, timeRange(t.startAt, t.endAt, t.timeZone, lang)],
    [w.site, t.siteAddress],
    [w.customer, t.customer.name],
    [w.contact, contact],
    [w.machine, machine],
    [w.ordered, ordered],
    [w.notes, t.notes],
  ];
  return [...lines.filter(([, v]) => v).map(([k, v]) => `${k}: ${v}`), w.deal(t.dealNumber)].join('\n').replace(/\u00a0/g, ' ');
}

/** Links that open a call or a chat; Telegram cannot prefill a message to a phone number. */
export function driverLinks(phone: string | null, text: string) {
  const e164 = phone ? normalisePhone(phone) : null;
  if (!e164) return { tel: null, telegram: null, whatsapp: null };
  return { tel: `tel:${e164}`, telegram: `https://t.me/${e164}`, whatsapp: `https://wa.me/${e164.slice(1)}?text=${encodeURIComponent(text)}` };
}

export function driverMessage(ctx: Ctx, itemId: string, lang: Lang) {
  const trip = tripSheetPrintModel(ctx.db, itemId);
  const text = tripText(trip, lang);
  const raw = trip.driver.phone?.trim() || null;
  return { text, phone: raw && (normalisePhone(raw) ?? raw), links: driverLinks(raw, text) };
}
