import { describe, it, expect } from 'vitest';
import { workOrderTotals, vatOf, labourMoney, partMoney, sharesValid, splitByShares } from '../../src-main/work-orders/totals';

describe('VAT', () => {
  it.each([
    // sum, mode, rate bp → vat, total
    [100000, 'none', 2200, 0, 100000],
    [122000, 'included', 2200, 22000, 122000],
    [100000, 'on_top', 2200, 22000, 122000],
    [1, 'on_top', 2200, 0, 1], // 0.22 kopeck rounds to 0
    [3, 'on_top', 2200, 1, 4], // 0.66 → 1
    [250, 'on_top', 2000, 50, 300],
    [5, 'included', 2200, 1, 5], // 0.9 → 1
    [99999, 'included', 2000, 16667, 99999], // 16666.5 → 16667 (half away from zero)
    [100000, 'on_top', 0, 0, 100000],
  ] as const)('%i in mode %s at %i bp → VAT %i, total %i', (sum, mode, rate, vat, total) => {
    expect(vatOf(sum, mode, rate)).toEqual({ vatMinor: vat, totalMinor: total });
  });
});

describe('lines', () => {
  it('labour: hours × quantity × rate, then the discount, each rounded once', () => {
    expect(labourMoney({ hoursX100: 150, quantityX1000: 1000, rateMinor: 250000, discountBp: 1000 })).toEqual({ grossMinor: 375000, discountMinor: 37500, amountMinor: 337500 });
    expect(labourMoney({ hoursX100: 33, quantityX1000: 1000, rateMinor: 100001, discountBp: 333 })).toEqual({ grossMinor: 33000, discountMinor: 1099, amountMinor: 31901 });
  });

  it('parts: quantity × price less discount; the customer’s own parts cost nothing', () => {
    expect(partMoney({ quantityX1000: 4500, priceMinor: 99990, discountBp: 500, customerSupplied: false })).toEqual({ grossMinor: 449955, discountMinor: 22498, amountMinor: 427457 });
    expect(partMoney({ quantityX1000: 1000, priceMinor: 500000, discountBp: 0, customerSupplied: true })).toEqual({ grossMinor: 0, discountMinor: 0, amountMinor: 0 });
  });

  it('totals an order with VAT on top, paid and due', () => {
    const t = workOrderTotals(
      [{ hoursX100: 100, quantityX1000: 1000, rateMinor: 250000, discountBp: 0 }, { hoursX100: 50, quantityX1000: 2000, rateMinor: 200000, discountBp: 1000 }],
      [{ quantityX1000: 1000, priceMinor: 63000, discountBp: 0, customerSupplied: false }, { quantityX1000: 1000, priceMinor: 9999999, discountBp: 0, customerSupplied: true }],
      { mode: 'on_top', rateBp: 2200 },
      100000,
    );
    expect(t).toEqual({ labourMinor: 430000, partsMinor: 63000, discountMinor: 20000, vatMode: 'on_top', vatRateBp: 2200, vatMinor: 108460, totalMinor: 601460, paidMinor: 100000, dueMinor: 501460 });
  });
});

describe('mechanics’ shares', () => {
  it.each([
    [[], true],
    [[10000], true],
    [[5000, 5000], true],
    [[3333, 3333, 3334], true],
    [[5000, 4999], false],
    [[10000, 0], false],
    [[6000, 6000], false],
  ])('%j valid: %s', (shares, ok) => {
    expect(sharesValid(shares.map((shareBp) => ({ shareBp })))).toBe(ok);
  });

  it('splits an amount so the parts add up exactly', () => {
    expect(splitByShares(100, [3333, 3333, 3334])).toEqual([33, 33, 34]);
    expect(splitByShares(1001, [5000, 5000])).toEqual([501, 500]);
    expect(splitByShares(7, [1, 1, 1]).reduce((a, b) => a + b)).toBe(7);
  });
});
