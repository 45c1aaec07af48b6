import { Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../i18n';
import { formatDate, formatPlate } from '../format';
import type { PastVehicle } from './vehicle-form';

/** Vehicles this customer owned before (they now belong to someone else or were removed). */
export function PastVehiclesTable({ vehicles }: { vehicles: PastVehicle[] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <Table verticalSpacing={4} fz="sm" aria-label={t('customers.card.pastVehicles')}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('vehicles.col.plate')}</Table.Th>
          <Table.Th>{t('vehicles.col.make')}</Table.Th>
          <Table.Th>{t('vehicles.col.model')}</Table.Th>
          <Table.Th>{t('vehicles.col.vin')}</Table.Th>
          <Table.Th>{t('customers.card.ownedUntil')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {vehicles.map((v) => (
          <Table.Tr key={v.id} c="dimmed">
            <Table.Td>{formatPlate(v.plate)}</Table.Td>
            <Table.Td>{v.make}</Table.Td>
            <Table.Td>{v.model}</Table.Td>
            <Table.Td ff="monospace">{v.vin}</Table.Td>
            <Table.Td>{formatDate(v.ownedUntil, language)}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
