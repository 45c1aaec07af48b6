import { useState } from 'react';
import { Button, Group, Input, Modal, SegmentedControl, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { call, ApiCallError } from '../api/client';
import { notifyError, notifySuccess } from '../app/notify';
import { useLanguage } from '../i18n';
import { formatMoney } from '../format';
import { moneyText, parseMoney } from '../work-orders/numbers';
import type { Invoice, WorkOrder } from '../work-orders/order-types';

export const paymentMethods = ['cash', 'card', 'bank_transfer', 'sbp'] as const;
export type PaymentMethod = (typeof paymentMethods)[number];
export type PaymentIntent = { kind: 'payment' | 'refund'; invoice?: Invoice };

/** What money is taken for: a work order, or (invoicesOnly) a rental deal, whose money always goes against one of its invoices. */
export type Payable = Pick<WorkOrder, 'id' | 'number' | 'invoices'> & { totals: Pick<WorkOrder['totals'], 'totalMinor' | 'paidMinor' | 'dueMinor'>; invoicesOnly?: boolean };

/** What is left to pay: of the invoice, but never more than the order still owes (it may have been paid in part directly). */
function suggestedAmount(order: Payable, invoice: Invoice | undefined): number {
  const orderDue = Math.max(0, order.totals.dueMinor);
  return invoice ? Math.min(invoice.totalMinor - invoice.paidMinor, orderDue) : orderDue;
}

type Props = { order: Payable; intent: PaymentIntent | null; onClose: () => void; onDone: () => void };

/** Takes money (or gives it back) for the order or one of its invoices; the amount starts at what is due. */
export function PaymentModal({ order, intent, onClose, onDone }: Props) {
  const { t } = useTranslation();
  const title = !intent ? '' : intent.kind === 'refund' ? t('workOrders.payments.refundTitle', { number: order.number }) : intent.invoice ? t('workOrders.payments.payInvoiceTitle', { number: intent.invoice.number }) : t('workOrders.payments.takeTitle', { number: order.number });
  return (
    <Modal opened={!!intent} onClose={onClose} title={title} size="md">
      {intent && <PaymentForm order={order} intent={intent} onCancel={onClose} onDone={onDone} />}
    </Modal>
  );
}

function PaymentForm({ order, intent, onCancel, onDone }: { order: Payable; intent: PaymentIntent; onCancel: () => void; onDone: () => void }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const refund = intent.kind === 'refund';
  const openInvoices = order.invoices.filter((i) => i.status === 'issued' || i.status === 'partly_paid');
  // With one open invoice the money is most likely for it (its status then follows).
  const [invoiceId, setInvoiceId] = useState<string | null>(intent.invoice?.id ?? (!refund && (openInvoices.length === 1 || order.invoicesOnly) ? (openInvoices[0]?.id ?? null) : null));
  const invoice = order.invoices.find((i) => i.id === invoiceId);
  const suggested = refund ? Math.max(0, -order.totals.dueMinor) || order.totals.paidMinor : suggestedAmount(order, invoice);
  // At the desk it is mostly cash; an invoice paid from its own row is mostly a transfer.
  const [method, setMethod] = useState<PaymentMethod>(intent.invoice ? 'bank_transfer' : 'cash');
  const [amount, setAmount] = useState(suggested > 0 ? moneyText(suggested, language) : '');
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const amountMinor = parseMoney(amount);

  const submit = async () => {
    if (!amountMinor) {
      setError(t('workOrders.payments.amountInvalid'));
      return;
    }
    setSaving(true);
    try {
      await call('payments.create', {
        ...(invoiceId ? { invoiceId } : { workOrderId: order.id }),
        kind: intent.kind,
        method,
        amountMinor,
        ...(note.trim() ? { note: note.trim() } : {}),
      });
      notifySuccess(t(refund ? 'workOrders.payments.refunded' : 'workOrders.payments.taken', { amount: formatMoney(amountMinor, language) }));
      onDone();
    } catch (e) {
      if (e instanceof ApiCallError && e.fields.amountMinor) setError(e.fields.amountMinor);
      else notifyError(e);
    } finally {
      setSaving(false);
    }
  };

  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <Stack gap="sm">
        <SimpleGrid cols={3} spacing="xs">
          {(
            [
              ['total', order.totals.totalMinor, undefined],
              ['paid', order.totals.paidMinor, undefined],
              ['due', order.totals.dueMinor, order.totals.dueMinor > 0 ? 'red.7' : undefined],
            ] as const
          ).map(([key, value, colour]) => (
            <div key={key}>
              <Text size="xs" c="dimmed">
                {t(`workOrders.payments.summary.${key}`)}
              </Text>
              <Text size="sm" fw={600} c={colour} style={{ whiteSpace: 'nowrap' }}>
                {formatMoney(value, language)}
              </Text>
            </div>
          ))}
        </SimpleGrid>
        <Input.Wrapper label={t('workOrders.payments.method.label')} labelElement="div">
          <div>
            <SegmentedControl
              fullWidth
              aria-label={t('workOrders.payments.method.label')}
              value={method}
              onChange={(m) => setMethod(m as PaymentMethod)}
              data={paymentMethods.map((m) => ({ value: m, label: t(`workOrders.payments.method.${m}`) }))}
            />
          </div>
        </Input.Wrapper>
        {!refund && openInvoices.length > 0 && (
          <Select
            label={t('workOrders.payments.against')}
            data={[...(order.invoicesOnly ? [] : [{ value: '', label: t('workOrders.payments.againstOrder') }]), ...openInvoices.map((i) => ({ value: i.id, label: t('workOrders.payments.againstInvoice', { number: i.number, due: formatMoney(i.totalMinor - i.paidMinor, language) }) }))]}
            value={invoiceId ?? ''}
            onChange={(v) => {
              setInvoiceId(v || null);
              const due = suggestedAmount(order, order.invoices.find((i) => i.id === v));
              setAmount(due > 0 ? moneyText(due, language) : '');
            }}
            allowDeselect={false}
          />
        )}
        <TextInput
          label={t('workOrders.payments.amount')}
          required
          inputMode="decimal"
          data-autofocus
          value={amount}
          onChange={(e) => {
            setAmount(e.currentTarget.value);
            setError(null);
          }}
          onFocus={(e) => e.currentTarget.select()}
          error={error ?? (amount && amountMinor === null ? t('workOrders.payments.amountInvalid') : undefined)}
          rightSection={<Text size="sm" c="dimmed">₽</Text>}
          styles={{ input: { fontVariantNumeric: 'tabular-nums', fontSize: 18, fontWeight: 600 } }}
          size="md"
          autoComplete="off"
        />
        <TextInput label={t('workOrders.payments.note')} value={note} onChange={(e) => setNote(e.currentTarget.value)} autoComplete="off" />
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={saving} color={refund ? 'orange' : undefined}>
            {refund ? t('workOrders.payments.refund') : t('workOrders.payments.take')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
