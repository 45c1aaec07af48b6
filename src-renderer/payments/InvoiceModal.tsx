import { useState } from 'react';
import { Button, Group, Input, Modal, SegmentedControl, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { call, ApiCallError, type ApiOutput } from '../api/client';
import { notifyError, notifySuccess } from '../app/notify';
import { useLanguage } from '../i18n';
import { formatMoney } from '../format';
import { moneyText, parseMoney } from '../work-orders/numbers';
import type { WorkOrder } from '../work-orders/order-types';

type Kind = 'prepayment' | 'postpayment';
type Props = { order: WorkOrder; opened: boolean; onClose: () => void; onIssued: (invoice: ApiOutput<'invoices.create'>) => void };

const today = () => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

/** A prepayment invoice for a sum, or a post-payment one for the order's lines, from the order's legal entity. */
export function InvoiceModal({ order, opened, onClose, onIssued }: Props) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={t('workOrders.invoices.issueTitle', { number: order.number })} size="md">
      <InvoiceForm order={order} onCancel={onClose} onIssued={onIssued} />
    </Modal>
  );
}

function InvoiceForm({ order, onCancel, onIssued }: { order: WorkOrder; onCancel: () => void; onIssued: Props['onIssued'] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const closed = order.status === 'completed' || order.status === 'issued';
  const [kind, setKind] = useState<Kind>(closed ? 'postpayment' : 'prepayment');
  const [amount, setAmount] = useState(order.totals.dueMinor > 0 ? moneyText(order.totals.dueMinor, language) : '');
  const [dueDate, setDueDate] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const amountMinor = parseMoney(amount);

  const submit = async () => {
    if (kind === 'prepayment' && !amountMinor) {
      setError(t('workOrders.payments.amountInvalid'));
      return;
    }
    setSaving(true);
    try {
      const invoice = await call('invoices.create', {
        workOrderId: order.id,
        kind,
        ...(kind === 'prepayment' ? { amountMinor: amountMinor! } : {}),
        ...(dueDate ? { dueDate } : {}),
      });
      notifySuccess(t('workOrders.invoices.issued', { number: invoice.number }));
      onIssued(invoice);
    } catch (e) {
      if (e instanceof ApiCallError && (e.fields.amountMinor || e.fields.legalEntityId)) setError(e.fields.amountMinor ?? e.fields.legalEntityId);
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
        <Input.Wrapper label={t('workOrders.invoices.kind.label')} labelElement="div">
          <div>
            <SegmentedControl
              fullWidth
              aria-label={t('workOrders.invoices.kind.label')}
              value={kind}
              onChange={(k) => {
                setKind(k as Kind);
                setError(null);
              }}
              data={[
                { value: 'prepayment', label: t('workOrders.invoices.kind.prepayment') },
                { value: 'postpayment', label: t('workOrders.invoices.kind.postpayment') },
              ]}
            />
          </div>
        </Input.Wrapper>
        <Text size="sm" c="dimmed">
          {kind === 'prepayment' ? t('workOrders.invoices.prepaymentHint') : t('workOrders.invoices.postpaymentHint', { total: formatMoney(order.totals.totalMinor, language) })}
        </Text>
        <SimpleGrid cols={2} spacing="sm">
          {kind === 'prepayment' ? (
            <TextInput
              label={t('workOrders.invoices.amount')}
              required
              inputMode="decimal"
              data-autofocus
              value={amount}
              onChange={(e) => {
                setAmount(e.currentTarget.value);
                setError(null);
              }}
              onFocus={(e) => e.currentTarget.select()}
              rightSection={<Text size="sm" c="dimmed">₽</Text>}
              autoComplete="off"
            />
          ) : (
            <TextInput label={t('workOrders.invoices.total')} value={formatMoney(order.totals.totalMinor, language)} readOnly variant="filled" />
          )}
          <TextInput type="date" label={t('workOrders.invoices.dueDate')} value={dueDate} min={today()} onChange={(e) => setDueDate(e.currentTarget.value)} />
        </SimpleGrid>
        {error && (
          <Text size="sm" c="red.7" role="alert">
            {error}
          </Text>
        )}
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={saving}>
            {t('workOrders.invoices.issue')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
