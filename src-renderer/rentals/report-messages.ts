// Strings of the rental calendar and the rental reports, merged into the translation under
// `rentalReports` (see i18n/index.ts). rentalReportsRu must have the same keys.
export const rentalReportsEn = {
  calendarTitle: 'Rental calendar',
  reportsTitle: 'Rental reports',
};

export const rentalReportsRu: typeof rentalReportsEn = {
  calendarTitle: 'Календарь аренды',
  reportsTitle: 'Отчёты по аренде',
};
