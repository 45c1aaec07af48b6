import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../i18n';
import { formatDate, formatMoney, formatPlate } from '../format';
import { rowKeyHandler } from '../app/row-keys';
import { StatusBadge } from './StatusBadge';
import type { WorkOrderListItem } from './order-types';

type Props = { items: WorkOrderListItem[]; onOpen: (id: string) => void; onBeforeFirst?: () => void };

const num = { fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' } as const;

export function WorkOrdersTable({ items, onOpen, onBeforeFirst }: Props) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <Table highlightOnHover verticalSpacing={5} fz="sm" stickyHeader aria-label={t('workOrders.title')}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th w={112}>{t('workOrders.col.number')}</Table.Th>
          <Table.Th w={104}>{t('workOrders.col.date')}</Table.Th>
          <Table.Th>{t('workOrders.col.customer')}</Table.Th>
          <Table.Th>{t('workOrders.col.vehicle')}</Table.Th>
          <Table.Th w={112}>{t('workOrders.col.status')}</Table.Th>
          <Table.Th w={108} ta="right">
            {t('workOrders.col.total')}
          </Table.Th>
          <Table.Th w={108} ta="right">
            {t('workOrders.col.paid')}
          </Table.Th>
          <Table.Th w={108} ta="right">
            {t('workOrders.col.due')}
          </Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody data-testid="work-order-rows">
        {items.map((o) => {
          const owes = o.due > 0 && o.status !== 'cancelled' && o.status !== 'draft';
          return (
            <Table.Tr key={o.id} className="clickable-row" tabIndex={0} onClick={() => onOpen(o.id)} onKeyDown={rowKeyHandler(() => onOpen(o.id), onBeforeFirst)}>
              <Table.Td fw={600} style={num}>
                {o.number}
              </Table.Td>
              <Table.Td style={num}>{formatDate(o.createdAt, language)}</Table.Td>
              <Table.Td>
                <Text size="sm" lineClamp={1}>
                  {o.customerName}
                </Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm" lineClamp={1}>
                  {o.plate && (
                    <Text span fw={600} size="sm" mr={6} style={{ whiteSpace: 'nowrap' }}>
                      {formatPlate(o.plate)}
                    </Text>
                  )}
                  {o.vehicleTitle}
                </Text>
              </Table.Td>
              <Table.Td>
                <StatusBadge status={o.status} />
              </Table.Td>
              <Table.Td ta="right" style={num}>
                {formatMoney(o.total, language)}
              </Table.Td>
              <Table.Td ta="right" style={num}>
                {o.paid ? formatMoney(o.paid, language) : <Text span c="dimmed" size="sm">—</Text>}
              </Table.Td>
              <Table.Td ta="right" style={num} c={owes ? 'red.7' : undefined} fw={owes ? 600 : undefined}>
                {o.due && o.status !== 'cancelled' ? formatMoney(o.due, language) : <Text span c="dimmed" size="sm">—</Text>}
              </Table.Td>
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </Table>
  );
}
