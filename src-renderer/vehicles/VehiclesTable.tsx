import { ActionIcon, Group, Table, Text, Tooltip, VisuallyHidden } from '@mantine/core';
import { IconArrowsExchange, IconHistory, IconPencil, IconTrash } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../i18n';
import { formatKm, formatPlate } from '../format';
import { rowKeyHandler } from '../app/row-keys';
import { vehicleName, type CardVehicle } from './vehicle-form';
import { VinBadge } from './VinBadge';

export type VehicleAction = 'history' | 'edit' | 'transfer' | 'remove';
type Props = { vehicles: CardVehicle[]; onAction: (action: VehicleAction, vehicle: CardVehicle) => void };

function IconButton({ label, onClick, color, children }: { label: string; onClick: () => void; color?: string; children: ReactNode }) {
  return (
    <Tooltip label={label} openDelay={400}>
      <ActionIcon
        variant="subtle"
        color={color ?? 'gray'}
        aria-label={label}
        onClick={(e) => {
          e.stopPropagation();
          onClick();
        }}
      >
        {children}
      </ActionIcon>
    </Tooltip>
  );
}

/** The customer's current vehicles; a row opens the vehicle's history. */
export function VehiclesTable({ vehicles, onAction }: Props) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <Table highlightOnHover verticalSpacing={6} fz="sm" aria-label={t('customers.card.vehicles')}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('vehicles.col.plate')}</Table.Th>
          <Table.Th>{t('vehicles.col.make')}</Table.Th>
          <Table.Th>{t('vehicles.col.model')}</Table.Th>
          <Table.Th>{t('vehicles.col.year')}</Table.Th>
          <Table.Th>{t('vehicles.col.vin')}</Table.Th>
          <Table.Th>{t('vehicles.col.colour')}</Table.Th>
          <Table.Th ta="right">{t('vehicles.col.mileage')}</Table.Th>
          <Table.Th w={140}>
            <VisuallyHidden>{t('common.actions')}</VisuallyHidden>
          </Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {vehicles.map((v) => {
          const name = vehicleName(v, t('vehicles.noPlate'));
          return (
            <Table.Tr key={v.id} className="clickable-row" tabIndex={0} onClick={() => onAction('history', v)} onKeyDown={rowKeyHandler(() => onAction('history', v))}>
              <Table.Td fw={600} style={{ whiteSpace: 'nowrap' }}>
                {v.plate ? formatPlate(v.plate) : <Text span size="sm" c="dimmed" fw={400}>{t('vehicles.noPlate')}</Text>}
              </Table.Td>
              <Table.Td>{v.make}</Table.Td>
              <Table.Td>{v.model}</Table.Td>
              <Table.Td>{v.year}</Table.Td>
              <Table.Td>
                <VinBadge vin={v.vin} checkDigitOk={v.vinCheckDigitOk} />
              </Table.Td>
              <Table.Td>{v.colour}</Table.Td>
              <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                {formatKm(v.mileage, language)}
              </Table.Td>
              <Table.Td>
                <Group gap={2} wrap="nowrap" justify="flex-end">
                  <IconButton label={t('vehicles.historyOf', { vehicle: name })} onClick={() => onAction('history', v)}>
                    <IconHistory size={16} />
                  </IconButton>
                  <IconButton label={t('vehicles.editOf', { vehicle: name })} onClick={() => onAction('edit', v)}>
                    <IconPencil size={16} />
                  </IconButton>
                  <IconButton label={t('vehicles.transferOf', { vehicle: name })} onClick={() => onAction('transfer', v)}>
                    <IconArrowsExchange size={16} />
                  </IconButton>
                  <IconButton label={t('vehicles.removeOf', { vehicle: name })} color="red" onClick={() => onAction('remove', v)}>
                    <IconTrash size={16} />
                  </IconButton>
                </Group>
              </Table.Td>
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </Table>
  );
}
