import { describe, it, expect } from 'vitest';
import { lineValue, outgoingValue, averageCost, movesFor, reversalOf, balancesAfter, articleKey, type Balance } from '../../src-main/stock/ledger';

const none = (): Balance => ({ qtyX1000: 0, valueMinor: 0 });

describe('ledger arithmetic', () => {
  it.each([
    [1000, 12345, 12345], // 1 pc × 123.45 ₽
    [1500, 89990, 134985], // 1.5 l × 899.90 ₽
    [333, 100, 33], // 0.333 kg × 1.00 ₽
    [1, 1, 0],
    [500, 1, 1], // half a kopeck rounds away from zero
  ])('%i thousandths × %i kopecks = %i', (qty, price, value) => {
    expect(lineValue(qty, price)).toBe(value);
  });

  it('takes out at the average cost and leaves no kopeck behind on the last unit', () => {
    const b = { qtyX1000: 3000, valueMinor: 1000 }; // 3 pcs worth 10.00 ₽
    expect(outgoingValue(b, 1000)).toBe(333);
    expect(outgoingValue({ qtyX1000: 2000, valueMinor: 667 }, 1000)).toBe(334); // 333.5 → 334
    expect(outgoingValue({ qtyX1000: 1000, valueMinor: 333 }, 1000)).toBe(333);
    expect(outgoingValue(b, 5000)).toBe(1000); // more than there is: all the value
    expect(averageCost(b)).toBe(333);
  });

  it('averages cost over receipts at different prices, in fractional units', () => {
    const balances = new Map<string, Balance>();
    const read = (i: string, w: string) => balances.get(`${i}|${w}`) ?? none();
    const post = (moves: ReturnType<typeof movesFor>) => {
      for (const [k, b] of balancesAfter(moves, read)) balances.set(k, { qtyX1000: b.qtyX1000, valueMinor: b.valueMinor });
    };
    // Oil: 4.5 l at 800 ₽, then 5.5 l at 900 ₽ → 10 l worth 8 550 ₽.
    post(movesFor({ kind: 'receipt', fromWarehouseId: null, toWarehouseId: 'S', lines: [{ itemId: 'oil', qtyX1000: 4500, priceMinor: 80000 }] }, read));
    post(movesFor({ kind: 'receipt', fromWarehouseId: null, toWarehouseId: 'S', lines: [{ itemId: 'oil', qtyX1000: 5500, priceMinor: 90000 }] }, read));
    expect(read('oil', 'S')).toEqual({ qtyX1000: 10000, valueMinor: 855000 });
    expect(averageCost(read('oil', 'S'))).toBe(85500);
    // Transfer 4.2 l to the workshop at average cost.
    const transfer = movesFor({ kind: 'transfer', fromWarehouseId: 'S', toWarehouseId: 'W', lines: [{ itemId: 'oil', qtyX1000: 4200, priceMinor: 0 }] }, read);
    expect(transfer).toEqual([
      { itemId: 'oil', warehouseId: 'S', qtyX1000: -4200, valueMinor: -359100 },
      { itemId: 'oil', warehouseId: 'W', qtyX1000: 4200, valueMinor: 359100 },
    ]);
    post(transfer);
    // A count finds 5.7 l in the store (books say 5.8): 0.1 l written off at average cost.
    const count = movesFor({ kind: 'count', fromWarehouseId: null, toWarehouseId: 'S', lines: [{ itemId: 'oil', qtyX1000: 0, priceMinor: 0, countedX1000: 5700 }] }, read);
    expect(count).toEqual([{ itemId: 'oil', warehouseId: 'S', qtyX1000: -100, valueMinor: -8550 }]);
  });

  it('reverses by negating every row, which brings balances back exactly', () => {
    const read = () => ({ qtyX1000: 2000, valueMinor: 777 });
    const moves = movesFor({ kind: 'write_off', fromWarehouseId: 'S', toWarehouseId: null, lines: [{ itemId: 'x', qtyX1000: 1000, priceMinor: 0 }] }, read);
    const after = balancesAfter([...moves, ...reversalOf(moves)], read);
    expect([...after.values()][0]).toMatchObject({ qtyX1000: 2000, valueMinor: 777 });
  });

  it('costs two lines of one item against the running balance', () => {
    const moves = movesFor({ kind: 'issue', fromWarehouseId: 'S', toWarehouseId: null, lines: [{ itemId: 'x', qtyX1000: 1000, priceMinor: 0 }, { itemId: 'x', qtyX1000: 1000, priceMinor: 0 }] }, () => ({ qtyX1000: 2000, valueMinor: 101 }));
    expect(moves.map((m) => m.valueMinor)).toEqual([-51, -50]);
  });

  it.each([
    ['OC 90', 'OC90'],
    ['oc-90', 'OC90'],
    ['1 987 432 097', '1987432097'],
    ['W 712/73', 'W71273'],
  ])('article %s keys as %s', (a, k) => {
    expect(articleKey(a)).toBe(k);
  });
});
