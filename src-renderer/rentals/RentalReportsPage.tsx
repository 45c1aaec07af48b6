import { Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Driver payroll and licence-plate reports for a period, on screen and as .xlsx. */
export function RentalReportsPage() {
  const { t } = useTranslation();
  return <Title order={2}>{t('rentalReports.reportsTitle')}</Title>;
}
