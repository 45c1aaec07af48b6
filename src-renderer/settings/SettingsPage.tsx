import { Box, Tabs, Title } from '@mantine/core';
import { IconBuilding, IconLanguage } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { navigate } from '../app/route';
import { LegalEntitiesSection } from './LegalEntitiesSection';
import { BranchSection } from './BranchSection';
import { LanguageSettings } from './LanguageSettings';

type Tab = 'organisation' | 'language';

export function SettingsPage({ tab }: { tab: Tab }) {
  const { t } = useTranslation();
  return (
    <Box maw={1000}>
      <Title order={2} mb="sm">
        {t('settings.title')}
      </Title>
      <Tabs value={tab} onChange={(v) => navigate({ name: 'settings', tab: v === 'language' ? 'language' : 'organisation' })} keepMounted={false}>
        <Tabs.List mb="md">
          <Tabs.Tab value="organisation" leftSection={<IconBuilding size={16} />}>
            {t('settings.tabs.organisation')}
          </Tabs.Tab>
          <Tabs.Tab value="language" leftSection={<IconLanguage size={16} />}>
            {t('settings.tabs.language')}
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="organisation">
          <LegalEntitiesSection />
          <BranchSection />
        </Tabs.Panel>
        <Tabs.Panel value="language">
          <LanguageSettings />
        </Tabs.Panel>
      </Tabs>
    </Box>
  );
}
