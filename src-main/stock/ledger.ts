import { divRound } from '../catalogue/norms';

/**
 * Stock arithmetic, pure. Quantities are thousandths of a unit, values minor units.
 * Cost is the moving average per item and warehouse: what goes out takes its share of the
 * value; the last unit out takes all that is left, so no kopeck is stranded by rounding.
 */
export type Balance = { qtyX1000: number; valueMinor: number };
export type Move = { itemId: string; warehouseId: string; qtyX1000: number; valueMinor: number };

/** Value of qty received at a unit price: qty/1000 × price, rounded once. */
export function lineValue(qtyX1000: number, priceMinor: number): number {
  return divRound(BigInt(qtyX1000) * BigInt(priceMinor), 1000n);
}

/** The cost value of taking `qtyX1000` out of `balance` at its average cost. */
export function outgoingValue(balance: Balance, qtyX1000: number): number {
  if (qtyX1000 <= 0) return 0;
  if (balance.qtyX1000 <= 0) return 0;
  if (qtyX1000 >= balance.qtyX1000) return balance.valueMinor;
  return divRound(BigInt(balance.valueMinor) * BigInt(qtyX1000), BigInt(balance.qtyX1000));
}

/** Average cost of one unit, in minor units (for display). */
export function averageCost(balance: Balance): number {
  return balance.qtyX1000 > 0 ? divRound(BigInt(balance.valueMinor) * 1000n, BigInt(balance.qtyX1000)) : 0;
}

export type DocLine = { itemId: string; qtyX1000: number; priceMinor: number; countedX1000?: number | null };
export type DocForPosting = {
  kind: 'receipt' | 'transfer' | 'write_off' | 'count' | 'issue' | 'sale' | 'customer_return' | 'supplier_return';
  fromWarehouseId: string | null;
  toWarehouseId: string | null;
  lines: DocLine[];
};

const key = (itemId: string, warehouseId: string) => `${itemId}|${warehouseId}`;

/**
 * The ledger rows a document posts, given the balances before it. Lines are applied in order
 * against a running copy of the balances, so two lines of one item cost correctly.
 * For a count, the line's countedX1000 is compared with the book quantity.
 */
export function movesFor(doc: DocForPosting, balanceOf: (itemId: string, warehouseId: string) => Balance): Move[] {
  const running = new Map<string, Balance>();
  const current = (itemId: string, warehouseId: string) => running.get(key(itemId, warehouseId)) ?? balanceOf(itemId, warehouseId);
  const moves: Move[] = [];
  const apply = (m: Move) => {
    const b = current(m.itemId, m.warehouseId);
    running.set(key(m.itemId, m.warehouseId), { qtyX1000: b.qtyX1000 + m.qtyX1000, valueMinor: b.valueMinor + m.valueMinor });
    moves.push(m);
  };
  const out = (itemId: string, warehouseId: string, qtyX1000: number) => {
    const value = outgoingValue(current(itemId, warehouseId), qtyX1000);
    apply({ itemId, warehouseId, qtyX1000: -qtyX1000, valueMinor: -value });
    return value;
  };
  for (const line of doc.lines) {
    switch (doc.kind) {
      case 'receipt':
      case 'customer_return':
        apply({ itemId: line.itemId, warehouseId: doc.toWarehouseId!, qtyX1000: line.qtyX1000, valueMinor: lineValue(line.qtyX1000, line.priceMinor) });
        break;
      case 'transfer': {
        const value = out(line.itemId, doc.fromWarehouseId!, line.qtyX1000);
        apply({ itemId: line.itemId, warehouseId: doc.toWarehouseId!, qtyX1000: line.qtyX1000, valueMinor: value });
        break;
      }
      case 'write_off':
      case 'issue':
      case 'sale':
      case 'supplier_return':
        out(line.itemId, doc.fromWarehouseId!, line.qtyX1000);
        break;
      case 'count': {
        const book = current(line.itemId, doc.toWarehouseId!);
        const diff = (line.countedX1000 ?? 0) - book.qtyX1000;
        if (diff > 0) apply({ itemId: line.itemId, warehouseId: doc.toWarehouseId!, qtyX1000: diff, valueMinor: book.qtyX1000 > 0 ? lineValue(diff, averageCost(book)) : lineValue(diff, line.priceMinor) });
        else if (diff < 0) out(line.itemId, doc.toWarehouseId!, -diff);
        break;
      }
    }
  }
  return moves;
}

/** Reversal: the same rows with opposite signs. */
export function reversalOf(moves: Move[]): Move[] {
  return moves.map((m) => ({ ...m, qtyX1000: -m.qtyX1000, valueMinor: -m.valueMinor }));
}

/** Balances after the moves, per item and warehouse touched. */
export function balancesAfter(moves: Move[], balanceOf: (itemId: string, warehouseId: string) => Balance): Map<string, Balance & { itemId: string; warehouseId: string }> {
  const result = new Map<string, Balance & { itemId: string; warehouseId: string }>();
  for (const m of moves) {
    const k = key(m.itemId, m.warehouseId);
    const b = result.get(k) ?? { ...balanceOf(m.itemId, m.warehouseId), itemId: m.itemId, warehouseId: m.warehouseId };
    result.set(k, { ...b, qtyX1000: b.qtyX1000 + m.qtyX1000, valueMinor: b.valueMinor + m.valueMinor });
  }
  return result;
}

/** "DR-1 234" style article key: no spaces, dashes, dots, slashes; upper case. */
export function articleKey(article: string): string {
  return article.replace(/[\s\-./\\_]+/g, '').toUpperCase();
}
