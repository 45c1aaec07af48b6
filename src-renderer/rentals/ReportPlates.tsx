import { Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useQuery } from '../api/use-query';
import { useLanguage } from '../i18n';
import { formatHoursX100, formatMoney, formatPlate } from '../format';
import { ReportFrame, TotalFooter, num } from './ReportFrame';

/** Licence-plate report: per plate and customer, revenue from hours and from km. */
export function ReportPlates({ from, to }: { from: string; to: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { data, loading } = useQuery('reports.plates', { from, to });
  const money = (minor: number) => formatMoney(minor, language);
  return (
    <ReportFrame loading={loading} empty={!!data && !data.rows.length}>
      {data && data.rows.length > 0 && (
        <Table fz="sm" verticalSpacing={5} stickyHeader aria-label={t('rentalReports.reports.kind.plates')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('rentalReports.reports.col.plate')}</Table.Th>
              <Table.Th>{t('rentalReports.reports.col.customer')}</Table.Th>
              <Table.Th>{t('rentalReports.reports.col.type')}</Table.Th>
              <Table.Th ta="right">{t('rentalReports.reports.col.capacity')}</Table.Th>
              <Table.Th>{t('rentalReports.reports.col.supplier')}</Table.Th>
              <Table.Th ta="right">{t('rentalReports.reports.col.hours')}</Table.Th>
              <Table.Th ta="right">{t('rentalReports.reports.col.rate')}</Table.Th>
              <Table.Th ta="right">{t('rentalReports.reports.col.hoursRevenue')}</Table.Th>
              <Table.Th ta="right">{t('rentalReports.reports.col.km')}</Table.Th>
              <Table.Th ta="right">{t('rentalReports.reports.col.kmRevenue')}</Table.Th>
              <Table.Th ta="right">{t('rentalReports.reports.total')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {data.rows.map((r) => (
              <Table.Tr key={`${r.plate}|${r.customer}`}>
                <Table.Td fw={600} style={num}>
                  {formatPlate(r.plate)}
                </Table.Td>
                <Table.Td>{r.customer}</Table.Td>
                <Table.Td>{r.type}</Table.Td>
                <Table.Td ta="right" style={num}>
                  {(r.capacityKg / 1000).toLocaleString(language)}
                </Table.Td>
                <Table.Td>{r.supplier}</Table.Td>
                <Table.Td ta="right" style={num}>
                  {formatHoursX100(r.hoursX100, language)}
                </Table.Td>
                <Table.Td ta="right" style={num}>
                  {money(r.rateMinor)}
                </Table.Td>
                <Table.Td ta="right" style={num}>
                  {money(r.hoursRevenueMinor)}
                </Table.Td>
                <Table.Td ta="right" style={num}>
                  {r.km.toLocaleString(language)}
                </Table.Td>
                <Table.Td ta="right" style={num}>
                  {money(r.kmRevenueMinor)}
                </Table.Td>
                <Table.Td ta="right" style={num} fw={600}>
                  {money(r.totalMinor)}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
          <TotalFooter span={10} totalMinor={data.totalMinor} />
        </Table>
      )}
    </ReportFrame>
  );
}
