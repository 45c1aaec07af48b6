// Strings of "Rentals" (fleet, deals, availability, waybills, send to driver), merged into the
// translation under `rentals` (see i18n/index.ts). rentalsRu must have the same keys.
export const rentalsEn = {
  nav: 'Rentals',
  title: 'Equipment rental',
  tabs: { deals: 'Deals', calendar: 'Calendar', fleet: 'Fleet', reports: 'Reports' },
};

export const rentalsRu: typeof rentalsEn = {
  nav: 'Аренда техники',
  title: 'Аренда техники',
  tabs: { deals: 'Сделки', calendar: 'Календарь', fleet: 'Парк техники', reports: 'Отчёты' },
};
