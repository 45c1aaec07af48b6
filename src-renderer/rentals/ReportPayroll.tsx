import { Badge, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useQuery } from '../api/use-query';
import { useLanguage } from '../i18n';
import { formatDate, formatHoursX100, formatMoney, formatPlate } from '../format';
import { ReportFrame, num } from './ReportFrame';

/** Driver payroll: per trip, totals per driver, and what third-party drivers cost. */
export function ReportPayroll({ from, to }: { from: string; to: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { data, loading } = useQuery('reports.driverPayroll', { from, to });
  const thirdParty = (
    <Badge size="xs" variant="light" color="gray" ml={6}>
      {t('rentalReports.reports.thirdParty')}
    </Badge>
  );
  return (
    <ReportFrame loading={loading} empty={!!data && !data.rows.length}>
      {data && data.rows.length > 0 && (
        <Stack gap="md" pb="sm">
          <Table fz="sm" verticalSpacing={5} stickyHeader aria-label={t('rentalReports.reports.kind.payroll')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('rentalReports.reports.col.date')}</Table.Th>
                <Table.Th>{t('rentalReports.reports.col.deal')}</Table.Th>
                <Table.Th>{t('rentalReports.reports.col.machine')}</Table.Th>
                <Table.Th ta="right">{t('rentalReports.reports.col.capacity')}</Table.Th>
                <Table.Th>{t('rentalReports.reports.col.plate')}</Table.Th>
                <Table.Th>{t('rentalReports.reports.col.driver')}</Table.Th>
                <Table.Th ta="right">{t('rentalReports.reports.col.hours')}</Table.Th>
                <Table.Th ta="right">{t('rentalReports.reports.col.rate')}</Table.Th>
                <Table.Th ta="right">{t('rentalReports.reports.col.amount')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.rows.map((r, i) => (
                <Table.Tr key={i}>
                  <Table.Td style={num}>{formatDate(r.date, language)}</Table.Td>
                  <Table.Td style={num}>{r.dealNumber}</Table.Td>
                  <Table.Td>{r.machine}</Table.Td>
                  <Table.Td ta="right" style={num}>
                    {(r.capacityKg / 1000).toLocaleString(language)}
                  </Table.Td>
                  <Table.Td fw={600} style={num}>
                    {formatPlate(r.plate)}
                  </Table.Td>
                  <Table.Td>
                    {r.driver}
                    {r.thirdParty && thirdParty}
                  </Table.Td>
                  <Table.Td ta="right" style={num}>
                    {formatHoursX100(r.hoursX100, language)}
                  </Table.Td>
                  <Table.Td ta="right" style={num}>
                    {formatMoney(r.rateMinor, language)}
                  </Table.Td>
                  <Table.Td ta="right" style={num} fw={600}>
                    {formatMoney(r.amountMinor, language)}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          <Stack gap={4} px="sm" maw={620}>
            <Title order={4}>{t('rentalReports.reports.perDriver')}</Title>
            <Table fz="sm" verticalSpacing={4} aria-label={t('rentalReports.reports.perDriver')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('rentalReports.reports.col.driver')}</Table.Th>
                  <Table.Th ta="right">{t('rentalReports.reports.col.trips')}</Table.Th>
                  <Table.Th ta="right">{t('rentalReports.reports.col.hours')}</Table.Th>
                  <Table.Th ta="right">{t('rentalReports.reports.col.amount')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {data.totals.map((d) => (
                  <Table.Tr key={d.driver}>
                    <Table.Td>
                      {d.driver}
                      {d.thirdParty && thirdParty}
                    </Table.Td>
                    <Table.Td ta="right" style={num}>
                      {d.trips}
                    </Table.Td>
                    <Table.Td ta="right" style={num}>
                      {formatHoursX100(d.hoursX100, language)}
                    </Table.Td>
                    <Table.Td ta="right" style={num} fw={600}>
                      {formatMoney(d.amountMinor, language)}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
            <Group justify="flex-end" gap="xl">
              <Text size="sm">
                {t('rentalReports.reports.ownTotal')}: <b style={num}>{formatMoney(data.ownTotalMinor, language)}</b>
              </Text>
              <Text size="sm">
                {t('rentalReports.reports.thirdPartyTotal')}: <b style={num}>{formatMoney(data.thirdPartyTotalMinor, language)}</b>
              </Text>
            </Group>
          </Stack>
        </Stack>
      )}
    </ReportFrame>
  );
}
