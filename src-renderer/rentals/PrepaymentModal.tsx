import { useState } from 'react';
import { Button, Checkbox, Group, Modal, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { call } from '../api/client';
import { notifyError, notifySuccess } from '../app/notify';
import { useLanguage } from '../i18n';
import { formatMoney } from '../format';
import type { Invoice } from '../work-orders/order-types';
import { showDeal } from './deal-store';
import { formatTrip } from './rental-format';
import type { Deal } from './rental-types';

type Props = { opened: boolean; deal: Deal; timeZone: string; onClose: () => void; onIssued: (invoice: Invoice) => void };

/** A prepayment invoice for the chosen items; the ones not confirmed yet are chosen at first. */
export function PrepaymentModal({ opened, deal, timeZone, onClose, onIssued }: Props) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={t('rentals.prepayment.title', { number: deal.number })} size="lg">
      <PrepaymentForm deal={deal} timeZone={timeZone} onCancel={onClose} onIssued={onIssued} />
    </Modal>
  );
}

function PrepaymentForm({ deal, timeZone, onCancel, onIssued }: Omit<Props, 'opened' | 'onClose'> & { onCancel: () => void }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const billable = deal.items.filter((i) => i.status === 'draft' || i.status === 'confirmed');
  const [chosen, setChosen] = useState<string[]>(billable.filter((i) => i.status === 'draft').map((i) => i.id));
  const [saving, setSaving] = useState(false);
  const total = billable.filter((i) => chosen.includes(i.id)).reduce((s, i) => s + i.prepaymentMinor, 0);

  const issue = async () => {
    setSaving(true);
    try {
      const updated = await call('rentals.prepaymentInvoice', { dealId: deal.id, itemIds: chosen });
      showDeal(updated);
      const invoice = updated.invoices.find((i) => !deal.invoices.some((x) => x.id === i.id));
      if (invoice) {
        notifySuccess(t('rentals.prepayment.issued', { number: invoice.number }));
        onIssued(invoice);
      } else onCancel();
    } catch (e) {
      notifyError(e);
    } finally {
      setSaving(false);
    }
  };

  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        void issue();
      }}
    >
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          {t('rentals.prepayment.hint')}
        </Text>
        {billable.length === 0 ? (
          <Text size="sm">{t('rentals.prepayment.none')}</Text>
        ) : (
          <Checkbox.Group label={t('rentals.prepayment.items')} value={chosen} onChange={setChosen}>
            <Stack gap={6} mt={4}>
              {billable.map((i) => (
                <Checkbox key={i.id} value={i.id} label={`${i.title} · ${formatTrip(i.startAt, i.endAt, language, timeZone)} — ${formatMoney(i.prepaymentMinor, language)}`} />
              ))}
            </Stack>
          </Checkbox.Group>
        )}
        <Group justify="space-between" align="center">
          <Text size="sm">
            {t('rentals.prepayment.total')}: <b>{formatMoney(total, language)}</b>
          </Text>
          <Group gap="xs">
            <Button variant="default" onClick={onCancel}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={saving} disabled={!chosen.length} data-autofocus>
              {t('rentals.prepayment.issue')}
            </Button>
          </Group>
        </Group>
      </Stack>
    </form>
  );
}
