import { Anchor, Table, Text } from '@mantine/core';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from '../api/use-query';
import { useLanguage } from '../i18n';
import { formatDate, formatHoursX100, formatMoney, formatPlate } from '../format';
import { routeHash } from '../app/route';
import { ReportFrame, TotalFooter, num } from './ReportFrame';

/** What we owe equipment suppliers for supply equipment: per supplier, its trips and a total. */
export function ReportSuppliers({ from, to }: { from: string; to: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { data, loading } = useQuery('reports.supplierCosts', { from, to });
  const money = (minor: number) => formatMoney(minor, language);
  return (
    <ReportFrame loading={loading} empty={!!data && !data.suppliers.length} emptyText={t('rentalReports.reports.suppliersNone')}>
      {data && data.suppliers.length > 0 && (
        <>
          <Text size="xs" c="dimmed" px="sm" pt="xs">
            {t('rentalReports.reports.suppliersHint')}
          </Text>
          <Table fz="sm" verticalSpacing={5} stickyHeader aria-label={t('rentalReports.reports.kind.suppliers')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('rentalReports.reports.col.supplier')}</Table.Th>
                <Table.Th>{t('rentalReports.reports.col.date')}</Table.Th>
                <Table.Th>{t('rentalReports.reports.col.deal')}</Table.Th>
                <Table.Th>{t('rentalReports.reports.col.customer')}</Table.Th>
                <Table.Th>{t('rentalReports.reports.col.plate')}</Table.Th>
                <Table.Th ta="right">{t('rentalReports.reports.col.hours')}</Table.Th>
                <Table.Th ta="right">{t('rentalReports.reports.col.rate')}</Table.Th>
                <Table.Th ta="right">{t('rentalReports.reports.col.amount')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.suppliers.map((s) => (
                <Fragment key={s.supplierId}>
                  {s.trips.map((trip) => (
                    <Table.Tr key={trip.itemId}>
                      <Table.Td>{s.supplierName}</Table.Td>
                      <Table.Td style={num}>{formatDate(trip.startAt, language)}</Table.Td>
                      <Table.Td>
                        <Anchor href={routeHash({ name: 'rentals', view: { screen: 'deal', id: trip.dealId } })} size="sm">
                          {trip.dealNumber}
                        </Anchor>
                      </Table.Td>
                      <Table.Td>{trip.customerName}</Table.Td>
                      <Table.Td style={num}>{formatPlate(trip.plate)}</Table.Td>
                      <Table.Td ta="right" style={num}>
                        {formatHoursX100(trip.hoursX100, language)}
                        {!trip.done && (
                          <Text span size="xs" c="dimmed">
                            {' '}
                            ({t('rentalReports.reports.planned')})
                          </Text>
                        )}
                      </Table.Td>
                      <Table.Td ta="right" style={num}>
                        {money(trip.costPerHourMinor)}
                      </Table.Td>
                      <Table.Td ta="right" style={num}>
                        {money(trip.amountMinor)}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                  <Table.Tr>
                    <Table.Th colSpan={7} ta="right">
                      {s.supplierName}
                    </Table.Th>
                    <Table.Th ta="right" style={num}>
                      {money(s.totalMinor)}
                    </Table.Th>
                  </Table.Tr>
                </Fragment>
              ))}
            </Table.Tbody>
            <TotalFooter span={7} totalMinor={data.totalMinor} />
          </Table>
        </>
      )}
    </ReportFrame>
  );
}
