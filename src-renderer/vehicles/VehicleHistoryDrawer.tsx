import { Alert, Button, Drawer, Group, SimpleGrid, Skeleton, Stack, Table, Text, Title } from '@mantine/core';
import { IconPencil } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useQuery } from '../api/use-query';
import { useLanguage } from '../i18n';
import { formatDate, formatDateTime, formatKm, formatPlate } from '../format';
import { navigate } from '../app/route';
import { DataItem } from '../app/DataItem';
import { VinBadge } from './VinBadge';
import { vehicleName } from './vehicle-form';

type Props = { vehicleId: string | null; onClose: () => void; onEdit: () => void };

/** Everything known about one vehicle: details, owners over time, mileage readings. */
export function VehicleHistoryDrawer({ vehicleId, onClose, onEdit }: Props) {
  const { t } = useTranslation();
  return (
    <Drawer opened={vehicleId !== null} onClose={onClose} position="right" size="lg" title={t('vehicles.history')}>
      {vehicleId && <VehicleHistory id={vehicleId} onEdit={onEdit} />}
    </Drawer>
  );
}

function VehicleHistory({ id, onEdit }: { id: string; onEdit: () => void }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { data: v, error } = useQuery('vehicles.get', { id });
  if (error) return <Alert color="red">{error instanceof Error ? error.message : String(error)}</Alert>;
  if (!v) return <Skeleton h={240} />;
  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Title order={3}>{vehicleName(v, t('vehicles.noPlate'))}</Title>
        <Button size="xs" variant="light" leftSection={<IconPencil size={14} />} onClick={onEdit}>
          {t('common.edit')}
        </Button>
      </Group>
      <SimpleGrid cols={3} spacing="sm">
        <DataItem label={t('vehicles.field.plate')}>{formatPlate(v.plate)}</DataItem>
        <DataItem label={t('vehicles.field.year')}>{v.year}</DataItem>
        <DataItem label={t('vehicles.field.colour')}>{v.colour}</DataItem>
        <DataItem label={t('vehicles.field.vin')}>{v.vin ? <VinBadge vin={v.vin} checkDigitOk={v.vinCheckDigitOk} /> : null}</DataItem>
        <DataItem label={t('vehicles.col.mileage')}>{formatKm(v.mileage, language)}</DataItem>
      </SimpleGrid>
      {v.notes && <Text size="sm">{v.notes}</Text>}

      <Title order={4}>{t('vehicles.owners')}</Title>
      <Table fz="sm" verticalSpacing={4} aria-label={t('vehicles.owners')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('customers.col.name')}</Table.Th>
            <Table.Th>{t('vehicles.ownerFrom')}</Table.Th>
            <Table.Th>{t('vehicles.ownerTo')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {v.owners.map((o) => (
            <Table.Tr key={`${o.customerId}-${o.fromAt}`}>
              <Table.Td>
                <Text component="a" href={`#/customers/${encodeURIComponent(o.customerId)}`} size="sm" c="indigo" onClick={(e) => {
                  e.preventDefault();
                  navigate({ name: 'customer', id: o.customerId });
                }}>
                  {o.name}
                </Text>
              </Table.Td>
              <Table.Td>{formatDate(o.fromAt, language)}</Table.Td>
              <Table.Td>{o.toAt ? formatDate(o.toAt, language) : t('vehicles.ownerNow')}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>

      <Title order={4}>{t('vehicles.readings')}</Title>
      {v.mileageReadings.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('vehicles.noReadings')}
        </Text>
      ) : (
        <Table fz="sm" verticalSpacing={4} aria-label={t('vehicles.readings')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('vehicles.readingDate')}</Table.Th>
              <Table.Th ta="right">{t('vehicles.readingKm')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {[...v.mileageReadings].reverse().map((r) => (
              <Table.Tr key={`${r.readAt}-${r.km}`}>
                <Table.Td>{formatDateTime(r.readAt, language)}</Table.Td>
                <Table.Td ta="right">{formatKm(r.km, language)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
