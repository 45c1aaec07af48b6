import type { ApiOutput } from '../api/client';

export type StockDocKind = ApiOutput<'stockDocs.get'>['kind'];

/** The documents a storekeeper makes on these screens; the others come from work orders and sales. */
export const editableKinds = ['receipt', 'transfer', 'write_off', 'count'] as const satisfies readonly StockDocKind[];
export type EditableKind = (typeof editableKinds)[number];

export const isEditableKind = (kind: StockDocKind): kind is EditableKind => (editableKinds as readonly string[]).includes(kind);

/** Where in "Parts & stock" the user is. */
export type StockView =
  | { screen: 'items' }
  | { screen: 'to-order' }
  | { screen: 'groups' }
  | { screen: 'item'; id: string }
  | { screen: 'docs'; kind: EditableKind }
  | { screen: 'new'; kind: EditableKind }
  | { screen: 'doc'; kind: StockDocKind; id: string };

const slugs: Record<StockDocKind, string> = {
  receipt: 'receipts',
  transfer: 'transfers',
  write_off: 'write-offs',
  count: 'counts',
  issue: 'issues',
  sale: 'sales',
  customer_return: 'customer-returns',
  supplier_return: 'supplier-returns',
};

const kindOfSlug = (slug: string | undefined) => (Object.keys(slugs) as StockDocKind[]).find((k) => slugs[k] === slug);

/** "#/stock/<arg>/<extra>": items (no arg), to-order, groups, items/<id>, receipts, receipts/new, receipts/<id>… */
export function parseStockHash(arg: string | undefined, extra: string | undefined): StockView {
  if (arg === 'to-order') return { screen: 'to-order' };
  if (arg === 'groups') return { screen: 'groups' };
  if (arg === 'items' && extra) return { screen: 'item', id: extra };
  const kind = kindOfSlug(arg);
  if (kind && extra && extra !== 'new') return { screen: 'doc', kind, id: extra };
  if (kind && isEditableKind(kind)) return extra === 'new' ? { screen: 'new', kind } : { screen: 'docs', kind };
  return { screen: 'items' };
}

export function stockHash(view: StockView): string {
  switch (view.screen) {
    case 'items':
      return '#/stock';
    case 'to-order':
    case 'groups':
      return `#/stock/${view.screen}`;
    case 'item':
      return `#/stock/items/${encodeURIComponent(view.id)}`;
    case 'docs':
      return `#/stock/${slugs[view.kind]}`;
    case 'new':
      return `#/stock/${slugs[view.kind]}/new`;
    case 'doc':
      return `#/stock/${slugs[view.kind]}/${encodeURIComponent(view.id)}`;
  }
}
