import { useState } from 'react';
import { Button, Group, SegmentedControl, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconFileSpreadsheet } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { call } from '../api/client';
import { notifyError, notifySuccess } from '../app/notify';
import { saveFile } from '../app/save-file';
import { useLanguage } from '../i18n';
import { ReportPayroll } from './ReportPayroll';
import { ReportPlates } from './ReportPlates';
import { ReportSuppliers } from './ReportSuppliers';

type Kind = 'payroll' | 'plates' | 'suppliers';
type Period = { from: string; to: string };

const xlsxType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const isoDate = (d: Date) => d.toISOString().slice(0, 10);

/** A calendar month on this computer's clock: 0 this one, −1 the last. */
function month(offset: number): Period {
  const now = new Date();
  return { from: isoDate(new Date(Date.UTC(now.getFullYear(), now.getMonth() + offset, 1))), to: isoDate(new Date(Date.UTC(now.getFullYear(), now.getMonth() + offset + 1, 0))) };
}

/** Driver payroll and licence-plate reports for a period, on screen and as .xlsx. */
export function RentalReportsPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const [period, setPeriod] = useState<Period>(() => month(0));
  const [kind, setKind] = useState<Kind>('payroll');
  const [exporting, setExporting] = useState(false);
  const valid = !!period.from && !!period.to && period.from <= period.to;

  const exportXlsx = async () => {
    setExporting(true);
    try {
      const file = await call('reports.export', { report: kind === 'payroll' ? 'driver-payroll' : 'plates', ...period, lang: language });
      saveFile(file.fileName, file.xlsxBase64, xlsxType);
      notifySuccess(t('rentalReports.reports.exported', { file: file.fileName }));
    } catch (e) {
      notifyError(e);
    } finally {
      setExporting(false);
    }
  };

  return (
    <Stack gap="sm">
      <Title order={2}>{t('rentalReports.reportsTitle')}</Title>
      <Group gap="sm" align="flex-end" wrap="wrap">
        <TextInput size="sm" w={160} type="date" label={t('rentalReports.reports.from')} value={period.from} onChange={(e) => setPeriod({ ...period, from: e.currentTarget.value })} />
        <TextInput size="sm" w={160} type="date" label={t('rentalReports.reports.to')} value={period.to} onChange={(e) => setPeriod({ ...period, to: e.currentTarget.value })} />
        <Button variant="default" onClick={() => setPeriod(month(0))}>
          {t('rentalReports.reports.thisMonth')}
        </Button>
        <Button variant="default" onClick={() => setPeriod(month(-1))}>
          {t('rentalReports.reports.lastMonth')}
        </Button>
        <SegmentedControl
          aria-label={t('rentalReports.reports.kind.label')}
          data={(['payroll', 'plates', 'suppliers'] as const).map((k) => ({ value: k, label: t(`rentalReports.reports.kind.${k}`) }))}
          value={kind}
          onChange={(k) => setKind(k as Kind)}
        />
        {kind !== 'suppliers' && (
          <Button ml="auto" leftSection={<IconFileSpreadsheet size={16} />} loading={exporting} disabled={!valid} onClick={() => void exportXlsx()}>
            {t('rentalReports.reports.export')}
          </Button>
        )}
      </Group>
      {!valid && (
        <Text size="sm" c="red">
          {t('rentalReports.reports.badPeriod')}
        </Text>
      )}
      {valid && kind === 'payroll' && <ReportPayroll {...period} />}
      {valid && kind === 'plates' && <ReportPlates {...period} />}
      {valid && kind === 'suppliers' && <ReportSuppliers {...period} />}
    </Stack>
  );
}
