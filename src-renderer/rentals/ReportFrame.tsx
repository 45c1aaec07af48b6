import type { ReactNode } from 'react';
import { LoadingOverlay, Paper, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useDelayedFlag } from '../app/use-delayed-flag';
import { formatMoney } from '../format';
import { useLanguage } from '../i18n';

/** Figures line up in columns. */
export const num = { fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' } as const;

/** A report's box: a spinner while a slow period loads, a word when it has no trips. */
export function ReportFrame({ loading, empty, emptyText, children }: { loading: boolean; empty: boolean; emptyText?: string; children: ReactNode }) {
  const { t } = useTranslation();
  const showProgress = useDelayedFlag(loading);
  return (
    <Paper withBorder pos="relative" mih={80}>
      <LoadingOverlay visible={showProgress} />
      {empty ? (
        <Text size="sm" c="dimmed" p="md">
          {emptyText ?? t('rentalReports.reports.none')}
        </Text>
      ) : (
        children
      )}
    </Paper>
  );
}

/** A report table's footer: "Total" across the first `span` columns, then the sum. */
export function TotalFooter({ span, totalMinor }: { span: number; totalMinor: number }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <Table.Tfoot>
      <Table.Tr>
        <Table.Th colSpan={span} ta="right">
          {t('rentalReports.reports.total')}
        </Table.Th>
        <Table.Th ta="right" style={num}>
          {formatMoney(totalMinor, language)}
        </Table.Th>
      </Table.Tr>
    </Table.Tfoot>
  );
}
