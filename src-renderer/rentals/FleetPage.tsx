import { Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Machine types, machines (own and suppliers'), drivers. */
export function FleetPage() {
  const { t } = useTranslation();
  return <Title order={2}>{t('rentals.tabs.fleet')}</Title>;
}
