import { Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Rental deals, newest first. */
export function DealsPage() {
  const { t } = useTranslation();
  return <Title order={2}>{t('rentals.tabs.deals')}</Title>;
}
