/** Where in "Work orders" the user is: the list, receivables, or one order on one of its tabs. */
export const orderTabs = ['lines', 'inspection', 'payments', 'log'] as const;
export type OrderTab = (typeof orderTabs)[number];

export type WorkOrdersView = { screen: 'list' } | { screen: 'receivables' } | { screen: 'order'; id: string; tab?: OrderTab };

/** "#/work-orders", "#/work-orders/receivables", "#/work-orders/<id>", "#/work-orders/<id>/payments". */
export function parseWorkOrdersHash(arg: string | undefined, extra: string | undefined): WorkOrdersView {
  if (!arg) return { screen: 'list' };
  if (arg === 'receivables') return { screen: 'receivables' };
  const tab = orderTabs.find((t) => t === extra);
  return { screen: 'order', id: arg, ...(tab ? { tab } : {}) };
}

export function workOrdersHash(view: WorkOrdersView): string {
  switch (view.screen) {
    case 'list':
      return '#/work-orders';
    case 'receivables':
      return '#/work-orders/receivables';
    case 'order':
      return `#/work-orders/${encodeURIComponent(view.id)}${view.tab && view.tab !== 'lines' ? `/${view.tab}` : ''}`;
  }
}
