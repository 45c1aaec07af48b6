import { AppShell, Group, Kbd, NavLink, Stack, Text, Title } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { IconCalendarTime, IconClipboardList, IconPackages, IconSettings, IconTruck, IconUsers } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { navigate, useRoute, routeHash } from './route';
import { CustomersPage } from '../customers/CustomersPage';
import { focusCustomerSearch } from '../customers/search-focus';
import { CustomerCard } from '../customers/CustomerCard';
import { SettingsPage } from '../settings/SettingsPage';
import { StockPage } from '../stock/StockPage';
import { SchedulerPage } from '../scheduler/SchedulerPage';
import { WorkOrdersArea } from '../work-orders/WorkOrdersArea';
import { RentalsArea } from '../rentals/RentalsArea';
import { ConflictsPage } from '../sync/ConflictsPage';
import { SyncStatusBlock } from '../sync/SyncStatusBlock';

function Screen() {
  const route = useRoute((s) => s.route);
  switch (route.name) {
    case 'scheduler':
      return <SchedulerPage view={route.view} date={route.date} />;
    case 'customers':
      return <CustomersPage />;
    case 'customer':
      return <CustomerCard key={route.id} id={route.id} />;
    case 'stock':
      return <StockPage view={route.view} />;
    case 'workOrders':
      return <WorkOrdersArea view={route.view} />;
    case 'rentals':
      return <RentalsArea view={route.view} />;
    case 'settings':
      return <SettingsPage tab={route.tab} />;
    case 'syncConflicts':
      return <ConflictsPage />;
  }
}

function openSearch() {
  if (!focusCustomerSearch()) navigate({ name: 'customers' });
}

export function App() {
  const { t } = useTranslation();
  const route = useRoute((s) => s.route);
  // "/" only outside text boxes (it is a character there); Ctrl+K everywhere.
  useHotkeys([['/', openSearch]]);
  useHotkeys([['mod+K', openSearch]], []);

  return (
    <AppShell navbar={{ width: 200, breakpoint: 0 }} padding="md">
      <AppShell.Navbar p="xs" aria-label={t('app.nav')}>
        <AppShell.Section>
          <Title order={1} size="h3" px="xs" py={6}>
            {t('app.name')}
          </Title>
        </AppShell.Section>
        <AppShell.Section grow mt="xs">
          <NavLink
            href={routeHash({ name: 'scheduler' })}
            label={t('nav.scheduler')}
            leftSection={<IconCalendarTime size={16} />}
            active={route.name === 'scheduler'}
          />
          <NavLink
            href={routeHash({ name: 'customers' })}
            label={t('nav.customers')}
            leftSection={<IconUsers size={16} />}
            active={route.name === 'customers' || route.name === 'customer'}
          />
          <NavLink
            href={routeHash({ name: 'workOrders', view: { screen: 'list' } })}
            label={t('workOrders.nav')}
            leftSection={<IconClipboardList size={16} />}
            active={route.name === 'workOrders'}
          />
          <NavLink
            href={routeHash({ name: 'stock', view: { screen: 'items' } })}
            label={t('stock.nav')}
            leftSection={<IconPackages size={16} />}
            active={route.name === 'stock'}
          />
          <NavLink
            href={routeHash({ name: 'rentals', view: { screen: 'deals' } })}
            label={t('rentals.nav')}
            leftSection={<IconTruck size={16} />}
            active={route.name === 'rentals'}
          />
          <NavLink
            href={routeHash({ name: 'settings', tab: 'organisation' })}
            label={t('nav.settings')}
            leftSection={<IconSettings size={16} />}
            active={route.name === 'settings'}
          />
        </AppShell.Section>
        <AppShell.Section>
          <SyncStatusBlock />
        </AppShell.Section>
        <AppShell.Section>
          <Stack gap={4} px="xs" pb="xs">
            <Group gap={4}>
              <Kbd size="xs">/</Kbd>
              <Kbd size="xs">Ctrl+K</Kbd>
            </Group>
            <Text size="xs" c="dimmed">
              {t('app.searchHint')}
            </Text>
          </Stack>
        </AppShell.Section>
      </AppShell.Navbar>
      <AppShell.Main>
        <Screen />
      </AppShell.Main>
    </AppShell>
  );
}
