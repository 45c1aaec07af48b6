import { useEffect, useState } from 'react';
import { Alert, Badge, Box, Button, Grid, Group, Kbd, Paper, Skeleton, Stack, Tabs, Text, Title, Tooltip } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { IconArrowLeft, IconCash, IconClipboardCheck, IconHistory, IconListDetails, IconLock, IconTimeline } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { navigate } from '../app/route';
import { DocumentHeader } from '../app/DocumentHeader';
import { useLanguage } from '../i18n';
import { formatDateTime } from '../format';
import { vehicleName } from '../vehicles/vehicle-form';
import { PaymentsPanel } from '../payments/PaymentsPanel';
import { useOrder } from './order-store';
import { useStaff } from './use-staff';
import { useDefaultMechanic } from './default-mechanic';
import { StatusBadge } from './StatusBadge';
import { StatusActions } from './StatusActions';
import { OrderHeaderForm } from './OrderHeaderForm';
import { LabourTable } from './LabourTable';
import { AddLabourBar, labourSearchId } from './AddLabourBar';
import { PartsTable } from './PartsTable';
import { AddPartBar, partSearchId } from './AddPartBar';
import { TotalsPanel } from './TotalsPanel';
import { RecommendationsEditor } from './RecommendationsEditor';
import { OrderVehicleHistory } from './OrderVehicleHistory';
import { EventsLog } from './EventsLog';
import { InspectionPanel } from './inspection/InspectionPanel';
import { PrintMenu } from './print/PrintMenu';
import { orderTabs, type OrderTab } from './work-orders-route';
import { openOrder } from './open-order';
import type { WorkOrder } from './order-types';

const backToList = () => navigate({ name: 'workOrders', view: { screen: 'list' } });
const focusById = (id: string) => document.getElementById(id)?.focus();

/** One work order on one screen: header, work and parts, inspection act, money, log. */
export function WorkOrderScreen({ id, tab = 'lines' }: { id: string; tab?: OrderTab }) {
  const { t } = useTranslation();
  const { order, error, load } = useOrder();
  const [historyOpen, setHistoryOpen] = useState(false);
  const { advisors } = useStaff();

  useEffect(() => {
    void load(id);
  }, [id, load]);

  const goTab = (next: OrderTab) => openOrder(id, next);
  useHotkeys(
    [
      ...orderTabs.map((name, i) => [`alt+${i + 1}`, () => goTab(name), { usePhysicalKeys: true }] as [string, () => void, { usePhysicalKeys: boolean }]),
      ['alt+L', () => (goTab('lines'), setTimeout(() => focusById(labourSearchId), 50)), { usePhysicalKeys: true }],
      ['alt+P', () => (goTab('lines'), setTimeout(() => focusById(partSearchId), 50)), { usePhysicalKeys: true }],
      ['alt+H', () => setHistoryOpen((o) => !o), { usePhysicalKeys: true }],
    ],
    [],
  );

  if (error && order?.id !== id) {
    return (
      <Stack maw={600}>
        <Alert color="red" title={t('workOrders.order.notFound')}>
          {error instanceof Error ? error.message : String(error)}
        </Alert>
        <Button variant="default" onClick={backToList} w="fit-content" leftSection={<IconArrowLeft size={16} />}>
          {t('common.back')}
        </Button>
      </Stack>
    );
  }
  if (!order || order.id !== id) return <ScreenSkeleton />;

  return (
    <Stack gap="sm" maw={1400}>
      <TopBar order={order} onHistory={() => setHistoryOpen(true)} />
      {order.locked && (
        <Alert color={order.status === 'cancelled' ? 'red' : 'gray'} icon={<IconLock size={16} />} p="xs">
          {order.status === 'cancelled' ? t('workOrders.order.lockedCancelled') : t('workOrders.order.locked', { status: t(`workOrders.status.${order.status}`) })}
        </Alert>
      )}
      <OrderHeaderForm key={order.id} order={order} advisors={advisors} />
      <Tabs value={tab} onChange={(v) => goTab(orderTabs.find((x) => x === v) ?? 'lines')} keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="lines" leftSection={<IconListDetails size={16} />}>
            {t('workOrders.order.tabs.lines')}
            <Badge ml={6} size="xs" variant="light" color="gray" circle={false}>
              {order.labour.length + order.parts.length}
            </Badge>
          </Tabs.Tab>
          <Tabs.Tab value="inspection" leftSection={<IconClipboardCheck size={16} />}>
            {t('workOrders.order.tabs.inspection')}
            {order.inspection && (
              <Badge ml={6} size="xs" variant="light" color="gray">
                {order.inspection.marks.length}
              </Badge>
            )}
          </Tabs.Tab>
          <Tabs.Tab value="payments" leftSection={<IconCash size={16} />}>
            {t('workOrders.order.tabs.payments')}
            {order.totals.dueMinor > 0 && order.status !== 'draft' && order.status !== 'cancelled' && (
              <Badge ml={6} size="xs" variant="light" color="red" tt="none">
                {t('workOrders.order.dueBadge')}
              </Badge>
            )}
          </Tabs.Tab>
          <Tabs.Tab value="log" leftSection={<IconTimeline size={16} />}>
            {t('workOrders.order.tabs.log')}
          </Tabs.Tab>
        </Tabs.List>
        <Box pt="sm">
          <Tabs.Panel value="lines">
            <LinesTab order={order} />
          </Tabs.Panel>
          <Tabs.Panel value="inspection">
            <InspectionPanel key={order.id} order={order} />
          </Tabs.Panel>
          <Tabs.Panel value="payments">
            <PaymentsPanel order={order} />
          </Tabs.Panel>
          <Tabs.Panel value="log">
            <EventsLog order={order} />
          </Tabs.Panel>
        </Box>
      </Tabs>
      <OrderVehicleHistory vehicle={order.vehicle} opened={historyOpen} currentOrderId={order.id} onClose={() => setHistoryOpen(false)} />
    </Stack>
  );
}

function TopBar({ order, onHistory }: { order: WorkOrder; onHistory: () => void }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const car = order.vehicle ? vehicleName(order.vehicle, t('vehicles.noPlate')) : null;
  return (
    <DocumentHeader
      title={t('workOrders.order.title', { number: order.number })}
      status={<StatusBadge status={order.status} size="md" />}
      subtitle={[order.customer.name, car, t('workOrders.order.acceptedAt', { when: formatDateTime(order.acceptedAt ?? order.createdAt, language) })].filter(Boolean).join(' · ')}
      onBack={backToList}
    >
      <Tooltip label={<>{t('workOrders.history.open')} <Kbd size="xs">Alt+H</Kbd></>} disabled={!order.vehicle}>
        <Button size="sm" variant="default" leftSection={<IconHistory size={16} />} onClick={onHistory} disabled={!order.vehicle}>
          {t('workOrders.history.button')}
        </Button>
      </Tooltip>
      <PrintMenu order={order} />
      <StatusActions order={order} />
    </DocumentHeader>
  );
}

function LinesTab({ order }: { order: WorkOrder }) {
  const { t } = useTranslation();
  const { mechanics } = useStaff();
  const defaultMechanicId = useDefaultMechanic((s) => s.id);
  return (
    <Stack gap="md">
      <section aria-labelledby="wo-labour">
        <Group justify="space-between" mb={2}>
          <Title order={3} id="wo-labour">
            {t('workOrders.labour.title')}
          </Title>
          {!order.locked && (
            <Text size="xs" c="dimmed">
              <Kbd size="xs">Alt+L</Kbd> {t('workOrders.labour.shortcut')} · <Kbd size="xs">Alt+P</Kbd> {t('workOrders.parts.shortcut')}
            </Text>
          )}
        </Group>
        <Paper withBorder p={order.labour.length || !order.locked ? 6 : 'sm'}>
          {order.labour.length > 0 ? (
            <LabourTable order={order} mechanics={mechanics} defaultMechanicId={defaultMechanicId} />
          ) : (
            <Text size="sm" c="dimmed" px={6} py={4}>
              {t('workOrders.labour.empty')}
            </Text>
          )}
          {!order.locked && <AddLabourBar orderId={order.id} mechanics={mechanics} />}
        </Paper>
      </section>
      <section aria-labelledby="wo-parts">
        <Title order={3} id="wo-parts" mb={2}>
          {t('workOrders.parts.title')}
        </Title>
        <Paper withBorder p={order.parts.length || !order.locked ? 6 : 'sm'}>
          {order.parts.length > 0 ? (
            <PartsTable order={order} />
          ) : (
            <Text size="sm" c="dimmed" px={6} py={4}>
              {t('workOrders.parts.empty')}
            </Text>
          )}
          {!order.locked && <AddPartBar orderId={order.id} />}
        </Paper>
      </section>
      <Grid gap="md">
        <Grid.Col span={{ base: 12, md: 7 }}>
          <RecommendationsEditor order={order} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <TotalsPanel totals={order.totals} />
        </Grid.Col>
      </Grid>
    </Stack>
  );
}

function ScreenSkeleton() {
  return (
    <Stack gap="sm" maw={1400} aria-busy>
      <Skeleton h={40} w={420} />
      <Skeleton h={120} />
      <Skeleton h={260} />
    </Stack>
  );
}
