import { Alert, Drawer, List, Skeleton, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useQuery } from '../api/use-query';
import { useLanguage } from '../i18n';
import { formatDate, formatDateTime, formatKm, formatMoney } from '../format';
import { rowKeyHandler } from '../app/row-keys';
import { vehicleName } from '../vehicles/vehicle-form';
import { StatusBadge } from './StatusBadge';
import { openOrder } from './open-order';
import type { VehicleHistory, WorkOrder } from './order-types';

type Props = { vehicle: WorkOrder['vehicle']; opened: boolean; currentOrderId: string; onClose: () => void };

/** The car's past at a glance: open recommendations first, then its orders and mileage readings. */
export function OrderVehicleHistory({ vehicle, opened, currentOrderId, onClose }: Props) {
  const { t } = useTranslation();
  return (
    <Drawer opened={opened && !!vehicle} onClose={onClose} position="right" size="xl" title={vehicle ? t('workOrders.history.title', { vehicle: vehicleName(vehicle, t('vehicles.noPlate')) }) : ''}>
      {vehicle && opened && <History vehicleId={vehicle.id} currentOrderId={currentOrderId} onOpen={onClose} />}
    </Drawer>
  );
}

function History({ vehicleId, currentOrderId, onOpen }: { vehicleId: string; currentOrderId: string; onOpen: () => void }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { data, error } = useQuery('vehicles.history', { id: vehicleId });
  if (error) return <Alert color="red">{error instanceof Error ? error.message : String(error)}</Alert>;
  if (!data) return <Skeleton h={240} />;
  const h = data as unknown as VehicleHistory;
  const open = (id: string) => {
    onOpen();
    openOrder(id);
  };
  return (
    <Stack gap="md">
      <div>
        <Title order={4} mb={4}>
          {t('workOrders.history.recommendations')}
        </Title>
        {h.recommendations.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('workOrders.history.noRecommendations')}
          </Text>
        ) : (
          <List size="sm" spacing={2} aria-label={t('workOrders.history.recommendations')}>
            {h.recommendations.map((r) => (
              <List.Item key={r.id}>
                {r.text}{' '}
                <Text span size="xs" c="dimmed">
                  {formatDate(r.createdAt, language)}
                  {r.workOrderNumber ? ` · ${r.workOrderNumber}` : ''}
                </Text>
              </List.Item>
            ))}
          </List>
        )}
      </div>
      <div>
        <Title order={4} mb={4}>
          {t('workOrders.history.orders')}
        </Title>
        {h.orders.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('workOrders.history.noOrders')}
          </Text>
        ) : (
          <Table fz="sm" verticalSpacing={4} highlightOnHover aria-label={t('workOrders.history.orders')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('workOrders.col.date')}</Table.Th>
                <Table.Th>{t('workOrders.col.number')}</Table.Th>
                <Table.Th ta="right">{t('workOrders.history.mileage')}</Table.Th>
                <Table.Th>{t('workOrders.order.complaint')}</Table.Th>
                <Table.Th ta="right">{t('workOrders.col.total')}</Table.Th>
                <Table.Th>{t('workOrders.col.status')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {h.orders.map((o) => {
                const current = o.id === currentOrderId;
                return (
                  <Table.Tr key={o.id} className={current ? undefined : 'clickable-row'} tabIndex={current ? undefined : 0} onClick={current ? undefined : () => open(o.id)} onKeyDown={current ? undefined : rowKeyHandler(() => open(o.id))} fw={current ? 600 : undefined}>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDate(o.createdAt, language)}</Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>{o.number}</Table.Td>
                    <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                      {formatKm(o.mileageKm, language)}
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm" lineClamp={2}>
                        {o.complaint}
                      </Text>
                    </Table.Td>
                    <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                      {formatMoney(o.total, language)}
                    </Table.Td>
                    <Table.Td>
                      <StatusBadge status={o.status} size="xs" />
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        )}
      </div>
      <div>
        <Title order={4} mb={4}>
          {t('workOrders.history.readings')}
        </Title>
        {h.mileage.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('vehicles.noReadings')}
          </Text>
        ) : (
          <Table fz="sm" verticalSpacing={4} aria-label={t('workOrders.history.readings')}>
            <Table.Tbody>
              {h.mileage.map((m) => (
                <Table.Tr key={`${m.readAt}-${m.km}`}>
                  <Table.Td>{formatDateTime(m.readAt, language)}</Table.Td>
                  <Table.Td ta="right">{formatKm(m.km, language)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </div>
    </Stack>
  );
}
