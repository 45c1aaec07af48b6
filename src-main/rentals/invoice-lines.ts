import { hoursAmount, paidHoursX100, type Overtime } from './overtime';

// The wording and amounts of a rental invoice's lines, as the customer reads them (Russian
// documents), for the handlers and the demo data alike.

export type InvoiceLine = { name: string; quantityX1000: number; unit: string; priceMinor: number; amountMinor: number };

type Priced = { orderedHoursX100: number; minHoursX100: number; orderedKm: number; rateMinor: number; ratePerKmMinor: number };

/**
 * A trip's prepayment: the paid hours (at least the minimum), then the ordered km if any.
 * `day` is the trip's date in the branch's calendar (YYYY-MM-DD), printed as 05.12.2026.
 */
export function prepaymentLines(title: string, day: string, item: Priced): InvoiceLine[] {
  const hours = paidHoursX100(item.orderedHoursX100, item.minHoursX100);
  const lines = [{ name: `Аренда: ${title}, ${day.split('-').reverse().join('.')}`, quantityX1000: hours * 10, unit: 'ч', priceMinor: item.rateMinor, amountMinor: hoursAmount(hours, item.rateMinor) }];
  if (item.orderedKm) lines.push({ name: `Пробег: ${title}`, quantityX1000: item.orderedKm * 1000, unit: 'км', priceMinor: item.ratePerKmMinor, amountMinor: item.orderedKm * item.ratePerKmMinor });
  return lines;
}

/** What a trip went beyond what was paid: the overtime hours and the km above those ordered. */
export function overtimeLines(title: string, overtime: Overtime, item: Pick<Priced, 'rateMinor' | 'ratePerKmMinor'>): InvoiceLine[] {
  const lines: InvoiceLine[] = [];
  if (overtime.hoursX100) lines.push({ name: `Переработка: ${title}`, quantityX1000: overtime.hoursX100 * 10, unit: 'ч', priceMinor: item.rateMinor, amountMinor: overtime.hoursMinor });
  if (overtime.km) lines.push({ name: `Пробег сверх заказанного: ${title}`, quantityX1000: overtime.km * 1000, unit: 'км', priceMinor: item.ratePerKmMinor, amountMinor: overtime.kmMinor });
  return lines;
}
