import { create } from 'zustand';
import { parseStockHash, stockHash, type StockView } from '../stock/stock-route';
import { parseRentalsHash, rentalsHash, type RentalsView } from '../rentals/rentals-route';
import { parseWorkOrdersHash, workOrdersHash, type WorkOrdersView } from '../work-orders/work-orders-route';

export const settingsTabs = ['organisation', 'employees', 'bays', 'hours', 'operations', 'templates', 'sync', 'language'] as const;
export type SettingsTab = (typeof settingsTabs)[number];

export const schedulerViews = ['day', 'timeline', 'week'] as const;
export type SchedulerView = (typeof schedulerViews)[number];

/** The screens, addressed by the URL hash so Back/Forward and reloads work in both shells. */
export type Route =
  | { name: 'scheduler'; view?: SchedulerView; date?: string }
  | { name: 'customers' }
  | { name: 'customer'; id: string }
  | { name: 'stock'; view: StockView }
  | { name: 'workOrders'; view: WorkOrdersView }
  | { name: 'rentals'; view: RentalsView }
  | { name: 'settings'; tab: SettingsTab }
  | { name: 'syncConflicts' };

const isDate = (s: string | undefined): s is string => !!s && /^\d{4}-\d{2}-\d{2}$/.test(s);

export function parseHash(hash: string): Route {
  const [area, arg, extra] = hash.replace(/^#\/?/, '').split('/').map(decodeURIComponent);
  if (area === 'customers') return arg ? { name: 'customer', id: arg } : { name: 'customers' };
  if (area === 'stock') return { name: 'stock', view: parseStockHash(arg, extra) };
  if (area === 'work-orders') return { name: 'workOrders', view: parseWorkOrdersHash(arg, extra) };
  if (area === 'rentals') return { name: 'rentals', view: parseRentalsHash(arg, extra) };
  if (area === 'sync') return { name: 'syncConflicts' };
  if (area === 'settings') return { name: 'settings', tab: settingsTabs.find((t) => t === arg) ?? 'organisation' };
  // The scheduler is the home screen; "#/scheduler/week/2026-11-23" opens a view on a date.
  const view = schedulerViews.find((v) => v === arg);
  return { name: 'scheduler', ...(view ? { view } : {}), ...(isDate(extra) ? { date: extra } : {}) };
}

export function routeHash(route: Route): string {
  switch (route.name) {
    case 'scheduler':
      return route.view ? `#/scheduler/${route.view}${route.date ? `/${route.date}` : ''}` : '#/scheduler';
    case 'customers':
      return '#/customers';
    case 'stock':
      return stockHash(route.view);
    case 'workOrders':
      return workOrdersHash(route.view);
    case 'rentals':
      return rentalsHash(route.view);
    case 'customer':
      return `#/customers/${encodeURIComponent(route.id)}`;
    case 'settings':
      return `#/settings/${route.tab}`;
    case 'syncConflicts':
      return '#/sync/conflicts';
  }
}

export const useRoute = create<{ route: Route }>(() => ({ route: parseHash(window.location.hash) }));

window.addEventListener('hashchange', () => useRoute.setState({ route: parseHash(window.location.hash) }));

export function navigate(route: Route): void {
  const hash = routeHash(route);
  if (window.location.hash !== hash) window.location.hash = hash;
  else useRoute.setState({ route });
}

/**
 * Records where the user is on the current screen (say, the scheduler's view and date) without
 * a history entry per click. Never switches screens: if the address already names another one
 * (a link was just followed and its hashchange is still queued), it is left alone.
 */
export function replaceRoute(route: Route): void {
  const hash = routeHash(route);
  if (parseHash(window.location.hash).name === route.name && window.location.hash !== hash) history.replaceState(null, '', hash);
}
