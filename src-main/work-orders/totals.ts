import { divRound, labourAmount } from '../catalogue/norms';
import { lineValue } from '../stock/ledger';

/**
 * Work order money, pure. One rounding rule: each exact product is rounded half away from
 * zero to whole kopecks once — line gross, line discount, and VAT on the document total.
 */
export type VatMode = 'none' | 'included' | 'on_top';

export type LabourInput = { hoursX100: number; quantityX1000: number; rateMinor: number; discountBp: number };
export type PartInput = { quantityX1000: number; priceMinor: number; discountBp: number; customerSupplied: boolean };

export type LineMoney = { grossMinor: number; discountMinor: number; amountMinor: number };

function withDiscount(grossMinor: number, discountBp: number): LineMoney {
  const discountMinor = divRound(BigInt(grossMinor) * BigInt(discountBp), 10000n);
  return { grossMinor, discountMinor, amountMinor: grossMinor - discountMinor };
}

export function labourMoney(l: LabourInput): LineMoney {
  return withDiscount(labourAmount(l.hoursX100, l.quantityX1000, l.rateMinor), l.discountBp);
}

export function partMoney(p: PartInput): LineMoney {
  if (p.customerSupplied) return { grossMinor: 0, discountMinor: 0, amountMinor: 0 };
  return withDiscount(lineValue(p.quantityX1000, p.priceMinor), p.discountBp);
}

/** VAT of a sum: extracted from it ("included") or added to it ("on top"). */
export function vatOf(sumMinor: number, mode: VatMode, rateBp: number): { vatMinor: number; totalMinor: number } {
  if (mode === 'none' || rateBp === 0) return { vatMinor: 0, totalMinor: sumMinor };
  if (mode === 'included') return { vatMinor: divRound(BigInt(sumMinor) * BigInt(rateBp), BigInt(10000 + rateBp)), totalMinor: sumMinor };
  const vatMinor = divRound(BigInt(sumMinor) * BigInt(rateBp), 10000n);
  return { vatMinor, totalMinor: sumMinor + vatMinor };
}

export type Totals = {
  labourMinor: number;
  partsMinor: number;
  discountMinor: number;
  vatMode: VatMode;
  vatRateBp: number;
  vatMinor: number;
  totalMinor: number;
  paidMinor: number;
  dueMinor: number;
};

/** Labour and parts after line discounts; VAT by the legal entity's mode; paid and due. */
export function workOrderTotals(labour: LabourInput[], parts: PartInput[], vat: { mode: VatMode; rateBp: number }, paidMinor: number): Totals {
  const l = labour.map(labourMoney);
  const p = parts.map(partMoney);
  const labourMinor = l.reduce((s, x) => s + x.amountMinor, 0);
  const partsMinor = p.reduce((s, x) => s + x.amountMinor, 0);
  const discountMinor = [...l, ...p].reduce((s, x) => s + x.discountMinor, 0);
  const { vatMinor, totalMinor } = vatOf(labourMinor + partsMinor, vat.mode, vat.rateBp);
  return { labourMinor, partsMinor, discountMinor, vatMode: vat.mode, vatRateBp: vat.rateBp, vatMinor, totalMinor, paidMinor, dueMinor: totalMinor - paidMinor };
}

/** Mechanics' shares of a labour line must sum to exactly 100 % (10 000 bp), each above zero. */
export function sharesValid(shares: { shareBp: number }[]): boolean {
  return shares.length === 0 || (shares.every((s) => s.shareBp > 0) && shares.reduce((s, x) => s + x.shareBp, 0) === 10000);
}

/** Splits an amount by shares so the parts add up exactly (the remainder goes to the largest shares). */
export function splitByShares(amountMinor: number, shares: number[]): number[] {
  const total = shares.reduce((s, x) => s + x, 0);
  if (!total) return shares.map(() => 0);
  const exact = shares.map((s) => (amountMinor * s) / total);
  const floors = exact.map(Math.floor);
  let left = amountMinor - floors.reduce((s, x) => s + x, 0);
  const order = exact.map((e, i) => [e - Math.floor(e), i] as const).sort((a, b) => b[0] - a[0]);
  for (const [, i] of order) {
    if (left <= 0) break;
    floors[i]++;
    left--;
  }
  return floors;
}
