import { Divider, Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../i18n';
import { formatMoney, formatPercentBp } from '../format';
import type { WorkOrder } from './order-types';

function Line({ label, value, strong, colour }: { label: string; value: string; strong?: boolean; colour?: string }) {
  return (
    <Group justify="space-between" gap="md" wrap="nowrap">
      <Text size="sm" fw={strong ? 600 : undefined} c={colour}>
        {label}
      </Text>
      <Text size={strong ? 'md' : 'sm'} fw={strong ? 700 : 500} c={colour} style={{ fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }}>
        {value}
      </Text>
    </Group>
  );
}

/** Labour, parts, discounts, VAT by the legal entity's mode, total, paid and what is left to pay. */
export function TotalsPanel({ totals }: { totals: WorkOrder['totals'] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const money = (m: number) => formatMoney(m, language);
  const rate = formatPercentBp(totals.vatRateBp, language);
  const vatLabel = totals.vatMode === 'on_top' ? t('workOrders.totals.vatOnTop', { rate }) : totals.vatMode === 'included' ? t('workOrders.totals.vatIncluded', { rate }) : t('workOrders.totals.vatNone');
  return (
    <Paper withBorder p="sm" role="group" aria-label={t('workOrders.totals.title')}>
      <Stack gap={4}>
        <Line label={t('workOrders.totals.labour')} value={money(totals.labourMinor)} />
        <Line label={t('workOrders.totals.parts')} value={money(totals.partsMinor)} />
        {totals.discountMinor > 0 && <Line label={t('workOrders.totals.discount')} value={money(totals.discountMinor)} colour="dimmed" />}
        <Line label={vatLabel} value={totals.vatMode === 'none' ? '—' : money(totals.vatMinor)} colour="dimmed" />
        <Divider my={2} />
        <Line label={t('workOrders.totals.total')} value={money(totals.totalMinor)} strong />
        <Line label={t('workOrders.totals.paid')} value={money(totals.paidMinor)} />
        {totals.dueMinor >= 0 ? (
          <Line label={t('workOrders.totals.due')} value={money(totals.dueMinor)} strong colour={totals.dueMinor > 0 ? 'red.7' : 'teal.8'} />
        ) : (
          <Line label={t('workOrders.totals.overpaid')} value={money(-totals.dueMinor)} strong colour="orange.8" />
        )}
      </Stack>
    </Paper>
  );
}
