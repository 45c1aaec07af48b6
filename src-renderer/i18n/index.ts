import i18n from 'i18next';
import { initReactI18next, useTranslation } from 'react-i18next';
import { en, type Messages } from './en';
import { ru } from './ru';
import { stockEn, stockRu } from '../stock/messages';
import { workOrdersEn, workOrdersRu } from '../work-orders/messages';
import { rentalsEn, rentalsRu } from '../rentals/messages';
import { rentalReportsEn, rentalReportsRu } from '../rentals/report-messages';
import { syncEn, syncRu } from '../sync/messages';

export const languages = ['en', 'ru'] as const;
export type Language = (typeof languages)[number];

declare module 'i18next' {
  interface CustomTypeOptions {
    resources: { translation: Messages & { stock: typeof stockEn; workOrders: typeof workOrdersEn; rentals: typeof rentalsEn; rentalReports: typeof rentalReportsEn; sync: typeof syncEn } };
  }
}

/** The OS/browser language decides until the user picks one in Settings. */
export function detectLanguage(locale: string = navigator.language): Language {
  return locale.toLowerCase().startsWith('ru') ? 'ru' : 'en';
}

void i18n.use(initReactI18next).init({
  resources: { en: { translation: { ...en, stock: stockEn, workOrders: workOrdersEn, rentals: rentalsEn, rentalReports: rentalReportsEn, sync: syncEn } }, ru: { translation: { ...ru, stock: stockRu, workOrders: workOrdersRu, rentals: rentalsRu, rentalReports: rentalReportsRu, sync: syncRu } } },
  lng: 'en',
  fallbackLng: 'en',
  // React escapes text itself.
  interpolation: { escapeValue: false },
  initAsync: false,
});

/** The current language, for Intl formatters. */
export function useLanguage(): Language {
  return useTranslation().i18n.language as Language;
}

export default i18n;
