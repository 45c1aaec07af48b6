import { emptyDoc, lineFor, type DocFormValues } from './document-form';
import type { EditableKind } from './stock-route';
import { qtyText } from './stock-numbers';
import type { StockItem, Warehouse } from './stock-types';

type Preset = { kind: EditableKind; lines: { item: StockItem; qtyX1000: number }[] };

// Lines handed from one screen to the next new document (e.g. "to order" → a receipt draft).
let pending: Preset | null = null;

export function presetLines(kind: EditableKind, lines: Preset['lines']): void {
  pending = { kind, lines };
}

export function clearPreset(): void {
  pending = null;
}

/** A new document's starting values: empty, or with the lines handed over for its kind. */
export function presetDoc(kind: EditableKind, warehouses: Warehouse[], today: string, locale: string): DocFormValues {
  const doc = emptyDoc(kind, warehouses, today);
  if (pending?.kind !== kind) return doc;
  return { ...doc, lines: pending.lines.map((l) => lineFor(l.item, locale, { qty: qtyText(l.qtyX1000, locale) })) };
}
