import { ActionIcon, Button, Group, Paper, Table, Text, Tooltip } from '@mantine/core';
import { IconPrinter, IconX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../i18n';
import { formatDate, formatMoney } from '../format';
import type { Invoice } from '../work-orders/order-types';
import { InvoiceStatusBadge } from './InvoiceStatusBadge';

const num = { fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' } as const;

type Props = { invoices: Invoice[]; labelledBy: string; onPay: (invoice: Invoice) => void; onPrint: (invoice: Invoice) => void; onCancel: (invoice: Invoice) => void };

/** Invoices with what was paid and their state; an open one can be paid, any printed, an unpaid one cancelled. */
export function InvoicesTable({ invoices, labelledBy, onPay, onPrint, onCancel }: Props) {
  const { t } = useTranslation();
  const language = useLanguage();
  const money = (m: number) => formatMoney(m, language);
  return (
    <Paper withBorder>
      <Table fz="sm" verticalSpacing={4} aria-labelledby={labelledBy}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('workOrders.invoices.col.number')}</Table.Th>
            <Table.Th>{t('workOrders.invoices.col.date')}</Table.Th>
            <Table.Th>{t('workOrders.invoices.col.kind')}</Table.Th>
            <Table.Th ta="right">{t('workOrders.invoices.col.total')}</Table.Th>
            <Table.Th ta="right">{t('workOrders.invoices.col.paid')}</Table.Th>
            <Table.Th>{t('workOrders.invoices.col.status')}</Table.Th>
            <Table.Th ta="right">{t('common.actions')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {invoices.map((i) => {
            const open = i.status === 'issued' || i.status === 'partly_paid';
            return (
              <Table.Tr key={i.id} c={i.status === 'cancelled' ? 'dimmed' : undefined}>
                <Table.Td fw={600} style={num}>
                  {i.number}
                </Table.Td>
                <Table.Td style={num}>
                  {formatDate(i.date, language)}
                  {i.dueDate && (
                    <Text span size="xs" c="dimmed" ml={6}>
                      {t('workOrders.invoices.payBy', { date: formatDate(i.dueDate, language) })}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>{t(`workOrders.invoices.kind.${i.kind}`)}</Table.Td>
                <Table.Td ta="right" style={num}>
                  {money(i.totalMinor)}
                </Table.Td>
                <Table.Td ta="right" style={num}>
                  {i.paidMinor ? money(i.paidMinor) : '—'}
                </Table.Td>
                <Table.Td>
                  <InvoiceStatusBadge status={i.status} />
                </Table.Td>
                <Table.Td>
                  <Group gap={4} justify="flex-end" wrap="nowrap">
                    {open && (
                      <Button size="compact-xs" variant="light" onClick={() => onPay(i)} aria-label={t('workOrders.invoices.payOf', { number: i.number })}>
                        {t('workOrders.invoices.pay')}
                      </Button>
                    )}
                    <Tooltip label={t('workOrders.invoices.printOf', { number: i.number })} openDelay={300}>
                      <ActionIcon variant="subtle" color="gray" size="sm" aria-label={t('workOrders.invoices.printOf', { number: i.number })} onClick={() => onPrint(i)}>
                        <IconPrinter size={15} />
                      </ActionIcon>
                    </Tooltip>
                    {i.status === 'issued' && (
                      <Tooltip label={t('workOrders.invoices.cancelOf', { number: i.number })} openDelay={300}>
                        <ActionIcon variant="subtle" color="red" size="sm" aria-label={t('workOrders.invoices.cancelOf', { number: i.number })} onClick={() => onCancel(i)}>
                          <IconX size={15} />
                        </ActionIcon>
                      </Tooltip>
                    )}
                  </Group>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Paper>
  );
}
