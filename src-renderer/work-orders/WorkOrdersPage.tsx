import { useEffect, useState } from 'react';
import { Box, Button, Group, Kbd, LoadingOverlay, Paper, Tabs, Text, Title } from '@mantine/core';
import { useDebouncedValue, useHotkeys } from '@mantine/hooks';
import { IconClipboardList, IconPlus, IconReceipt2 } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { navigate } from '../app/route';
import { useDelayedFlag } from '../app/use-delayed-flag';
import { ReceivablesPage } from '../payments/ReceivablesPage';
import { listInput, useWorkOrderList } from './list-store';
import { WorkOrderFilters, workOrderSearchId } from './WorkOrderFilters';
import { WorkOrdersTable } from './WorkOrdersTable';
import { NewWorkOrderModal } from './NewWorkOrderModal';
import { useStaff } from './use-staff';
import { openOrder } from './open-order';
import type { WorkOrdersView } from './work-orders-route';

const focusFirstRow = () => document.querySelector<HTMLElement>('[data-testid="work-order-rows"] tr')?.focus();
const focusSearch = () => document.getElementById(workOrderSearchId)?.focus();

/** "Work orders": the list with its filters, and receivables. */
export function WorkOrdersPage({ view }: { view: Exclude<WorkOrdersView, { screen: 'order' }> }) {
  const { t } = useTranslation();
  const [creating, setCreating] = useState(false);
  // N: a new order, as on the scheduler (outside text boxes only).
  useHotkeys([['N', () => setCreating(true), { usePhysicalKeys: true }]]);

  return (
    <Box maw={1400}>
      <Group justify="space-between" mb="xs">
        <Title order={2}>{t('workOrders.title')}</Title>
        <Button size="sm" leftSection={<IconPlus size={16} />} rightSection={<Kbd size="xs">N</Kbd>} onClick={() => setCreating(true)} aria-keyshortcuts="n">
          {t('workOrders.new')}
        </Button>
      </Group>
      <Tabs value={view.screen} onChange={(v) => navigate({ name: 'workOrders', view: { screen: v === 'receivables' ? 'receivables' : 'list' } })} keepMounted={false}>
        <Tabs.List mb="sm">
          <Tabs.Tab value="list" leftSection={<IconClipboardList size={16} />}>
            {t('workOrders.tabs.orders')}
          </Tabs.Tab>
          <Tabs.Tab value="receivables" leftSection={<IconReceipt2 size={16} />}>
            {t('workOrders.tabs.receivables')}
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="list">
          <OrderList />
        </Tabs.Panel>
        <Tabs.Panel value="receivables">
          <ReceivablesPage />
        </Tabs.Panel>
      </Tabs>
      <NewWorkOrderModal
        opened={creating}
        onClose={() => setCreating(false)}
        onCreated={(order) => {
          setCreating(false);
          openOrder(order.id);
        }}
      />
    </Box>
  );
}

function OrderList() {
  const { t } = useTranslation();
  const { filters, items, shownKey, hasMore, loading, setFilters, load } = useWorkOrderList();
  const { advisors, mechanics } = useStaff();
  const [debouncedQ] = useDebouncedValue(filters.q, 200);
  const showProgress = useDelayedFlag(loading);
  const key = JSON.stringify(listInput({ ...filters, q: debouncedQ }));

  useEffect(() => {
    void load();
    // Everything but the typed search applies at once; the search a moment after typing stops.
  }, [key, load]);

  const answered = shownKey !== null;
  return (
    <>
      <WorkOrderFilters
        filters={filters}
        onChange={setFilters}
        advisors={advisors}
        mechanics={mechanics}
        onArrowDown={focusFirstRow}
        onEnter={() => {
          if (items.length && shownKey === JSON.stringify(listInput(filters))) openOrder(items[0].id);
        }}
      />
      <Paper withBorder pos="relative" mih={items.length ? undefined : 80}>
        <LoadingOverlay visible={showProgress} zIndex={10} overlayProps={{ blur: 1 }} />
        {items.length > 0 && <WorkOrdersTable items={items} onOpen={openOrder} onBeforeFirst={focusSearch} />}
        {answered && items.length === 0 && (
          <Text c="dimmed" size="sm" p="md">
            {t('workOrders.empty')}
          </Text>
        )}
      </Paper>
      {hasMore && (
        <Group justify="center" mt="xs">
          <Button variant="subtle" size="xs" onClick={() => void load(true)} loading={loading}>
            {t('workOrders.more')}
          </Button>
        </Group>
      )}
    </>
  );
}
