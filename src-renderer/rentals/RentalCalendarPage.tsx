import { Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** The rental calendar: machines (or drivers) as rows, confirmed items as events. */
export function RentalCalendarPage() {
  const { t } = useTranslation();
  return <Title order={2}>{t('rentalReports.calendarTitle')}</Title>;
}
