import { Anchor, Group, LoadingOverlay, Paper, Table, Text } from '@mantine/core';
import { IconTruck } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from '../api/use-query';
import { navigate } from '../app/route';
import { useDelayedFlag } from '../app/use-delayed-flag';
import { useLanguage } from '../i18n';
import { formatDate, formatMoney } from '../format';
import { openOrder } from '../work-orders/open-order';
import { workOrdersHash } from '../work-orders/work-orders-route';
import { rentalsHash } from '../rentals/rentals-route';

const num = { fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' } as const;

/** One debt: the document's number and what is owed on it, opening the document. */
function DebtLink(props: { href: string; number: string; dueMinor: number; language: string; icon?: ReactNode; title?: string; onOpen: () => void }) {
  return (
    <Anchor
      href={props.href}
      size="sm"
      title={props.title}
      onClick={(e) => {
        e.preventDefault();
        props.onOpen();
      }}
      style={num}
    >
      {props.icon}
      {props.number}
      <Text span size="xs" c="dimmed" ml={4}>
        {formatMoney(props.dueMinor, props.language)}
      </Text>
    </Anchor>
  );
}

/** Who owes what on completed and issued orders and on rental invoices, the oldest debt first, each one click away. */
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
                        <DebtLink key={o.id} href={workOrdersHash({ screen: 'order', id: o.id, tab: 'payments' })} number={o.number} dueMinor={o.dueMinor} language={language} onOpen={() => openOrder(o.id, 'payments')} />
                      ))}
                      {r.deals.map((d) => (
                        <DebtLink
                          key={d.id}
                          href={rentalsHash({ screen: 'deal', id: d.id })}
                          number={d.number}
                          dueMinor={d.dueMinor}
                          language={language}
                          icon={<IconTruck size={13} style={{ verticalAlign: -2, marginRight: 3 }} />}
                          title={t('rentals.nav')}
                          onOpen={() => navigate({ name: 'rentals', view: { screen: 'deal', id: d.id } })}
                        />
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
