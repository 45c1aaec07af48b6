import { Stack, Tabs } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { navigate } from '../app/route';
import { DealsPage } from './DealsPage';
import { DealScreen } from './DealScreen';
import { FleetPage } from './FleetPage';
import { RentalCalendarPage } from './RentalCalendarPage';
import { RentalReportsPage } from './RentalReportsPage';
import { rentalTabs, type RentalTab, type RentalsView } from './rentals-route';

/** "Rentals" in the navigation: deals, calendar, fleet and reports as tabs, or one deal. */
export function RentalsArea({ view }: { view: RentalsView }) {
  const { t } = useTranslation();
  if (view.screen === 'deal') return <DealScreen key={view.id} id={view.id} />;
  return (
    <Stack gap="sm">
      <Tabs value={view.screen} onChange={(tab) => tab && navigate({ name: 'rentals', view: { screen: tab as RentalTab } })}>
        <Tabs.List>
          {rentalTabs.map((tab) => (
            <Tabs.Tab key={tab} value={tab}>
              {t(`rentals.tabs.${tab}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
      </Tabs>
      {view.screen === 'deals' && <DealsPage />}
      {view.screen === 'calendar' && <RentalCalendarPage />}
      {view.screen === 'fleet' && <FleetPage />}
      {view.screen === 'reports' && <RentalReportsPage />}
    </Stack>
  );
}
