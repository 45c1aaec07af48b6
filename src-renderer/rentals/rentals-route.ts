/** Where in "Rentals" the user is: deals, one deal, the rental calendar, the fleet, or reports. */
export const rentalTabs = ['deals', 'calendar', 'fleet', 'reports'] as const;
export type RentalTab = (typeof rentalTabs)[number];

export type RentalsView = { screen: RentalTab } | { screen: 'deal'; id: string };

/** "#/rentals", "#/rentals/calendar", "#/rentals/fleet", "#/rentals/reports", "#/rentals/deal/<id>". */
export function parseRentalsHash(arg: string | undefined, extra: string | undefined): RentalsView {
  if (arg === 'deal' && extra) return { screen: 'deal', id: extra };
  return { screen: rentalTabs.find((t) => t === arg) ?? 'deals' };
}

export function rentalsHash(view: RentalsView): string {
  if (view.screen === 'deal') return `#/rentals/deal/${encodeURIComponent(view.id)}`;
  return view.screen === 'deals' ? '#/rentals' : `#/rentals/${view.screen}`;
}
