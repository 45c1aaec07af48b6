import type { Hlc } from './hlc';

/**
 * Last writer wins per field (docs/sync.md). `clocks` holds, per row, the stamp at which each
 * field was last set: "*" for every field the row's first write set, plus one entry for each
 * field written later. The rule is commutative, associative and idempotent: replicas that have
 * seen the same changes hold the same row, whatever the order and however often they arrived.
 */
export type RowClocks = Record<string, Hlc>;

export interface SyncChange {
  id: string;
  table: string;
  rowId: string;
  hlc: Hlc;
  scope: string;
  fields: Record<string, unknown>;
}

export function clockOf(clocks: RowClocks, field: string): Hlc {
  return clocks[field] ?? clocks['*'] ?? '';
}

/**
 * Which of a change's fields win over what the row holds, and the row's clocks afterwards.
 * `clocks` null means the row does not exist yet. Equal stamps mean the same write: not applied.
 */
export function mergeChange(clocks: RowClocks | null, change: Pick<SyncChange, 'hlc' | 'fields'>): { fields: Record<string, unknown>; clocks: RowClocks } | null {
  if (!clocks) return { fields: change.fields, clocks: { '*': change.hlc } };
  const fields: Record<string, unknown> = {};
  const next: RowClocks = { ...clocks };
  for (const [field, value] of Object.entries(change.fields)) {
    if (change.hlc > clockOf(clocks, field)) {
      fields[field] = value;
      next[field] = change.hlc;
    }
  }
  return Object.keys(fields).length ? { fields, clocks: next } : null;
}
