import { Anchor, Group, LoadingOverlay, Paper, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useQuery } from '../api/use-query';
import { useDelayedFlag } from '../app/use-delayed-flag';
import { useLanguage } from '../i18n';
import { formatDate, formatMoney } from '../format';
import { openOrder } from '../work-orders/open-order';
import { workOrdersHash } from '../work-orders/work-orders-route';

const num = { fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' } as const;

/** Who owes what on completed and issued orders, the oldest debt first, each order one click away. */
export function ReceivablesPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const { data, loading } = useQuery('receivables.list', {});
  const showProgress = useDelayedFlag(loading);
  const items = data?.items ?? [];
  const total = items.reduce((s, r) => s + r.dueMinor, 0);

  return (
    <>
      <Group justify="space-between" mb="xs">
        <Text size="sm" c="dimmed">
          {t('workOrders.receivables.hint')}
        </Text>
        {items.length > 0 && (
          <Text size="sm">
            {t('workOrders.receivables.total')}: <b style={num}>{formatMoney(total, language)}</b>
          </Text>
        )}
      </Group>
      <Paper withBorder pos="relative" mih={60}>
        <LoadingOverlay visible={showProgress} />
        {data && items.length === 0 && (
          <Text size="sm" c="dimmed" p="md">
            {t('workOrders.receivables.none')}
          </Text>
        )}
        {items.length > 0 && (
          <Table fz="sm" verticalSpacing={5} aria-label={t('workOrders.tabs.receivables')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('workOrders.receivables.col.payer')}</Table.Th>
                <Table.Th w={150} ta="right">
                  {t('workOrders.receivables.col.due')}
                </Table.Th>
                <Table.Th w={130}>{t('workOrders.receivables.col.oldest')}</Table.Th>
                <Table.Th>{t('workOrders.receivables.col.orders')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((r) => (
                <Table.Tr key={r.payerId}>
                  <Table.Td fw={500}>{r.name}</Table.Td>
                  <Table.Td ta="right" style={num} fw={600} c="red.7">
                    {formatMoney(r.dueMinor, language)}
                  </Table.Td>
                  <Table.Td style={num}>{formatDate(r.oldest, language)}</Table.Td>
                  <Table.Td>
                    <Group gap={4} wrap="wrap">
                      {r.orders.map((o) => (
                        <Anchor
                          key={o.id}
                          href={workOrdersHash({ screen: 'order', id: o.id, tab: 'payments' })}
                          size="sm"
                          onClick={(e) => {
                            e.preventDefault();
                            openOrder(o.id, 'payments');
                          }}
                          style={num}
                        >
                          {o.number}
                          <Text span size="xs" c="dimmed" ml={4}>
                            {formatMoney(o.dueMinor, language)}
                          </Text>
                        </Anchor>
                      ))}
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Paper>
    </>
  );
}
