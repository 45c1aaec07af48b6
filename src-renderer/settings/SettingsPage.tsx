import { Box, Tabs, Title } from '@mantine/core';
import { IconBuilding, IconCarGarage, IconClock, IconCloudUp, IconLanguage, IconListDetails, IconTool, IconUsersGroup } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { navigate, settingsTabs, type SettingsTab } from '../app/route';
import { LegalEntitiesSection } from './LegalEntitiesSection';
import { BranchSection } from './BranchSection';
import { LanguageSettings } from './LanguageSettings';
import { EmployeesSection } from '../staff/EmployeesSection';
import { BaysSection } from '../scheduler/settings/BaysSection';
import { HoursSection } from '../scheduler/settings/HoursSection';
import { OperationsSection } from '../catalogue/OperationsSection';
import { TemplatesSection } from '../catalogue/TemplatesSection';
import { SyncSettings } from '../sync/SyncSettings';

const icons: Record<SettingsTab, ReactNode> = {
  organisation: <IconBuilding size={16} />,
  employees: <IconUsersGroup size={16} />,
  bays: <IconCarGarage size={16} />,
  hours: <IconClock size={16} />,
  operations: <IconTool size={16} />,
  templates: <IconListDetails size={16} />,
  sync: <IconCloudUp size={16} />,
  language: <IconLanguage size={16} />,
};

export function SettingsPage({ tab }: { tab: SettingsTab }) {
  const { t } = useTranslation();
  return (
    <Box maw={1160}>
      <Title order={2} mb="sm">
        {t('settings.title')}
      </Title>
      <Tabs value={tab} onChange={(v) => navigate({ name: 'settings', tab: settingsTabs.find((s) => s === v) ?? 'organisation' })} keepMounted={false}>
        <Tabs.List mb="md">
          {settingsTabs.map((s) => (
            <Tabs.Tab key={s} value={s} leftSection={icons[s]}>
              {s === 'sync' ? t('sync.tab') : t(`settings.tabs.${s}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Tabs.Panel value="organisation">
          <LegalEntitiesSection />
          <BranchSection />
        </Tabs.Panel>
        <Tabs.Panel value="employees">
          <EmployeesSection />
        </Tabs.Panel>
        <Tabs.Panel value="bays">
          <BaysSection />
        </Tabs.Panel>
        <Tabs.Panel value="hours">
          <HoursSection />
        </Tabs.Panel>
        <Tabs.Panel value="operations">
          <OperationsSection />
        </Tabs.Panel>
        <Tabs.Panel value="templates">
          <TemplatesSection />
        </Tabs.Panel>
        <Tabs.Panel value="sync">
          <SyncSettings />
        </Tabs.Panel>
        <Tabs.Panel value="language">
          <LanguageSettings />
        </Tabs.Panel>
      </Tabs>
    </Box>
  );
}
