import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../i18n';
import { formatDateTime } from '../format';
import type { WorkOrder, WorkOrderStatus } from './order-types';

/** What happened to the order and why (reopenings carry their reason). */
export function EventsLog({ order }: { order: WorkOrder }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const status = (s: string | null) => (s ? t(`workOrders.status.${s as WorkOrderStatus}`) : '');
  return (
    <Table fz="sm" verticalSpacing={4} aria-label={t('workOrders.log.title')}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th w={180}>{t('workOrders.log.when')}</Table.Th>
          <Table.Th w={260}>{t('workOrders.log.what')}</Table.Th>
          <Table.Th>{t('workOrders.log.note')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {order.events.map((e) => (
          <Table.Tr key={e.id}>
            <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTime(e.createdAt, language)}</Table.Td>
            <Table.Td>{e.kind === 'reopen' ? t('workOrders.log.reopened') : e.fromStatus ? `${status(e.fromStatus)} → ${status(e.toStatus)}` : t('workOrders.log.created')}</Table.Td>
            <Table.Td>
              <Text size="sm">{e.note}</Text>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
