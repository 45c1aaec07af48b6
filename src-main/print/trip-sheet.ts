/**
 * The trip sheet (лист выезда) a driver takes to the site: when, where, whom to call, which
 * machine — and boxes to fill in by hand there: actual times, km, odometer or engine hours,
 * downtime, the customer's signature. Drivers do not use the app; this paper comes back and
 * becomes the waybill. No prices: it goes to the site.
 */
import type { Content, TableCell } from 'pdfmake/interfaces';
import { hoursNumber, km, timeRange, tonnes, unitName } from './format';
import { colours, fields, heading, labelled, page, sellerHeader, signatures, title, writingLines } from './layout';
import type { Lang, TripSheetPrint } from './model';
import { renderPdf } from './pdf';

const words = {
  ru: {
    title: (n: string) => `Лист выезда № ${n}`,
    toDeal: (n: string) => `к заявке на аренду техники № ${n}`,
    when: 'Дата и время работы', orderedHours: 'Заказано часов', orderedKm: 'Заказано км',
    site: 'Адрес объекта:', customer: 'Заказчик:', contact: 'Контакт на объекте:', notes: 'Примечания:',
    machine: 'Техника', capacity: 'Г/п', plate: 'Госномер', driver: 'Водитель', driverPhone: 'Телефон водителя', supplier: 'Поставщик техники',
    actual: 'Заполняется на объекте',
    boxes: [
      ['Начало работ (факт.): дата, время', 'Окончание работ (факт.): дата, время'],
      ['Спидометр при выезде, км', 'Спидометр при возвращении, км'],
      ['Моточасы при выезде', 'Моточасы при возвращении'],
      ['Пробег всего, км', 'Простой, ч'],
    ],
    remarks: 'Замечания заказчика',
    confirm: 'Время работы и пробег подтверждаю.',
    driverSign: 'Водитель', customerSign: 'От заказчика',
  },
  en: {
    title: (n: string) => `Trip sheet No. ${n}`,
    toDeal: (n: string) => `for equipment rental order No. ${n}`,
    when: 'Date and time', orderedHours: 'Hours ordered', orderedKm: 'Km ordered',
    site: 'Site address:', customer: 'Customer:', contact: 'Contact on site:', notes: 'Notes:',
    machine: 'Equipment', capacity: 'Capacity', plate: 'Plate', driver: 'Driver', driverPhone: "Driver's phone", supplier: 'Equipment supplier',
    actual: 'Filled in on site',
    boxes: [
      ['Work started (actual): date, time', 'Work finished (actual): date, time'],
      ['Odometer at departure, km', 'Odometer on return, km'],
      ['Engine hours at departure', 'Engine hours on return'],
      ['Distance in all, km', 'Downtime, h'],
    ],
    remarks: "Customer's remarks",
    confirm: 'I confirm the working time and distance.',
    driverSign: 'Driver', customerSign: 'For the customer',
  },
} as const;

/** Label / empty box pairs, two to a row, tall enough to write in by hand. */
function fillInBoxes(pairs: readonly (readonly string[])[]): Content {
  const label = (text: string): TableCell => ({ text, fontSize: 7.5, color: colours.muted, margin: [0, 8, 0, 8] });
  const blank = (): TableCell => ({ text: '' });
  return {
    table: { widths: [150, '*', 150, '*'], body: pairs.map(([a, b]) => [label(a), blank(), label(b), blank()]) },
    layout: { hLineWidth: () => 0.6, vLineWidth: () => 0.6, hLineColor: () => colours.text, vLineColor: () => colours.text, paddingLeft: () => 4, paddingRight: () => 4, paddingTop: () => 2, paddingBottom: () => 2 },
  };
}

export function renderTripSheet(t: TripSheetPrint, lang: Lang): Promise<Buffer> {
  const w = words[lang];
  const docTitle = w.title(t.number);
  const m = t.machine;
  const content: Content[] = [
    sellerHeader(t.seller, lang),
    title(docTitle, w.toDeal(t.dealNumber), t.number),
    fields([
      { label: w.when, value: timeRange(t.startAt, t.endAt, t.timeZone, lang), bold: true },
      { label: w.orderedHours, value: `${hoursNumber(t.orderedHoursX100, lang)} ${unitName('h', lang)}`, width: 80 },
      { label: w.orderedKm, value: t.orderedKm ? km(t.orderedKm, lang) : null, width: 80 },
    ]),
    labelled([
      [w.site, { text: t.siteAddress ?? '—', bold: true, fontSize: 10 }],
      [w.customer, t.customer.name],
      [w.contact, [t.contact.name, t.contact.phone].filter(Boolean).join(', ') || null],
    ]),
    fields([
      { label: w.machine, value: [m.type, m.model].filter(Boolean).join(' '), bold: true },
      { label: w.capacity, value: m.capacityKg ? tonnes(m.capacityKg, lang) : null, width: 44 },
      { label: w.plate, value: m.plate, bold: true, width: 74 },
    ]),
    fields([
      { label: w.driver, value: t.driver.name, bold: true },
      { label: w.driverPhone, value: t.driver.phone, width: 110 },
      ...(t.supplier ? [{ label: w.supplier, value: t.supplier, width: 180 }] : []),
    ]),
    labelled([[w.notes, t.notes]]),
    heading(w.actual),
    fillInBoxes(w.boxes),
    { stack: [heading(w.remarks), writingLines(2)], unbreakable: true },
    { text: w.confirm, margin: [0, 12, 0, 0] },
    signatures([{ role: w.driverSign, name: t.driver.name }, { role: w.customerSign }], lang, 4),
  ];
  return renderPdf(page({ lang, title: docTitle, reference: docTitle, number: t.number, content }));
}
