import { create } from 'zustand';

/** The screens, addressed by the URL hash so Back/Forward and reloads work in both shells. */
export type Route =
  | { name: 'customers' }
  | { name: 'customer'; id: string }
  | { name: 'settings'; tab: 'organisation' | 'language' };

export function parseHash(hash: string): Route {
  const [area, arg] = hash.replace(/^#\/?/, '').split('/').map(decodeURIComponent);
  if (area === 'customers' && arg) return { name: 'customer', id: arg };
  if (area === 'settings') return { name: 'settings', tab: arg === 'language' ? 'language' : 'organisation' };
  return { name: 'customers' };
}

export function routeHash(route: Route): string {
  switch (route.name) {
    case 'customers':
      return '#/customers';
    case 'customer':
      return `#/customers/${encodeURIComponent(route.id)}`;
    case 'settings':
      return `#/settings/${route.tab}`;
  }
}

export const useRoute = create<{ route: Route }>(() => ({ route: parseHash(window.location.hash) }));

window.addEventListener('hashchange', () => useRoute.setState({ route: parseHash(window.location.hash) }));

export function navigate(route: Route): void {
  const hash = routeHash(route);
  if (window.location.hash !== hash) window.location.hash = hash;
  else useRoute.setState({ route });
}
