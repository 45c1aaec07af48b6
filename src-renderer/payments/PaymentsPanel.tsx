import { useState } from 'react';
import { Badge, Button, Group, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { IconCash, IconFileInvoice, IconReceiptRefund } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../i18n';
import { formatDateTime, formatMoney } from '../format';
import { useOrder } from '../work-orders/order-store';
import { PrintPreviewModal, type PreviewTarget } from '../work-orders/print/PrintPreviewModal';
import type { Invoice, WorkOrder } from '../work-orders/order-types';
import { CancelInvoiceModal } from './CancelInvoiceModal';
import { InvoiceModal } from './InvoiceModal';
import { InvoicesTable } from './InvoicesTable';
import { PaymentModal, type PaymentIntent } from './PaymentModal';

const num = { fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' } as const;

function Figure({ label, value, colour }: { label: string; value: string; colour?: string }) {
  return (
    <div>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600} lts={0.3}>
        {label}
      </Text>
      <Text size="xl" fw={700} c={colour} style={num}>
        {value}
      </Text>
    </div>
  );
}

/** Money for the order: what is due, payments and refunds, invoices and their state. */
export function PaymentsPanel({ order }: { order: WorkOrder }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const reload = useOrder((s) => s.reload);
  const [intent, setIntent] = useState<PaymentIntent | null>(null);
  const [issuing, setIssuing] = useState(false);
  const [cancelling, setCancelling] = useState<Invoice | null>(null);
  const [preview, setPreview] = useState<PreviewTarget | null>(null);
  const money = (m: number) => formatMoney(m, language);
  const { totals } = order;
  const cancelled = order.status === 'cancelled';
  const invoiceNumber = new Map(order.invoices.map((i) => [i.id, i.number]));

  return (
    <Stack gap="md">
      <Paper withBorder p="sm">
        <Group justify="space-between" align="flex-end" wrap="wrap" gap="md">
          <SimpleGrid cols={3} spacing="xl">
            <Figure label={t('workOrders.payments.summary.total')} value={money(totals.totalMinor)} />
            <Figure label={t('workOrders.payments.summary.paid')} value={money(totals.paidMinor)} colour="teal.8" />
            {totals.dueMinor >= 0 ? (
              <Figure label={t('workOrders.payments.summary.due')} value={money(totals.dueMinor)} colour={totals.dueMinor > 0 ? 'red.7' : undefined} />
            ) : (
              <Figure label={t('workOrders.totals.overpaid')} value={money(-totals.dueMinor)} colour="orange.8" />
            )}
          </SimpleGrid>
          <Group gap="xs">
            <Button variant="default" leftSection={<IconFileInvoice size={16} />} onClick={() => setIssuing(true)} disabled={cancelled}>
              {t('workOrders.invoices.issue')}
            </Button>
            <Button variant="default" color="orange" leftSection={<IconReceiptRefund size={16} />} onClick={() => setIntent({ kind: 'refund' })} disabled={totals.paidMinor <= 0}>
              {t('workOrders.payments.refund')}
            </Button>
            <Button leftSection={<IconCash size={16} />} onClick={() => setIntent({ kind: 'payment' })} disabled={cancelled}>
              {t('workOrders.payments.take')}
            </Button>
          </Group>
        </Group>
      </Paper>

      <div>
        <Title order={4} mb={4} id="wo-invoices">
          {t('workOrders.invoices.title')}
        </Title>
        {order.invoices.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('workOrders.invoices.none')}
          </Text>
        ) : (
          <InvoicesTable
            invoices={order.invoices}
            labelledBy="wo-invoices"
            onPay={(invoice) => setIntent({ kind: 'payment', invoice })}
            onPrint={(i) => setPreview({ kind: 'invoice', invoiceId: i.id, title: t('workOrders.print.doc.invoice', { number: i.number }) })}
            onCancel={setCancelling}
          />
        )}
      </div>

      <div>
        <Title order={4} mb={4} id="wo-payments">
          {t('workOrders.payments.title')}
        </Title>
        {order.payments.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('workOrders.payments.none')}
          </Text>
        ) : (
          <Paper withBorder>
            <Table fz="sm" verticalSpacing={4} aria-labelledby="wo-payments">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('workOrders.payments.col.when')}</Table.Th>
                  <Table.Th>{t('workOrders.payments.col.kind')}</Table.Th>
                  <Table.Th>{t('workOrders.payments.col.method')}</Table.Th>
                  <Table.Th ta="right">{t('workOrders.payments.col.amount')}</Table.Th>
                  <Table.Th>{t('workOrders.payments.col.invoice')}</Table.Th>
                  <Table.Th>{t('workOrders.payments.col.note')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {order.payments.map((p) => (
                  <Table.Tr key={p.id}>
                    <Table.Td style={num}>{formatDateTime(p.at, language)}</Table.Td>
                    <Table.Td>
                      {p.kind === 'refund' ? (
                        <Badge size="sm" radius="sm" color="orange" variant="light">
                          {t('workOrders.payments.kind.refund')}
                        </Badge>
                      ) : (
                        t('workOrders.payments.kind.payment')
                      )}
                    </Table.Td>
                    <Table.Td>{t(`workOrders.payments.method.${p.method}`)}</Table.Td>
                    <Table.Td ta="right" style={num} fw={600} c={p.kind === 'refund' ? 'orange.8' : undefined}>
                      {p.kind === 'refund' ? '−' : ''}
                      {money(p.amountMinor)}
                    </Table.Td>
                    <Table.Td style={num}>{p.invoiceId ? invoiceNumber.get(p.invoiceId) : ''}</Table.Td>
                    <Table.Td>{p.note}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Paper>
        )}
      </div>

      <PaymentModal
        order={order}
        intent={intent}
        onClose={() => setIntent(null)}
        onDone={() => {
          setIntent(null);
          void reload();
        }}
      />
      <InvoiceModal
        order={order}
        opened={issuing}
        onClose={() => setIssuing(false)}
        onIssued={(invoice) => {
          setIssuing(false);
          void reload();
          setPreview({ kind: 'invoice', invoiceId: invoice.id, title: t('workOrders.print.doc.invoice', { number: invoice.number }) });
        }}
      />
      <CancelInvoiceModal invoice={cancelling} onClose={() => setCancelling(null)} onCancelled={reload} />
      <PrintPreviewModal target={preview} onClose={() => setPreview(null)} />
    </Stack>
  );
}
