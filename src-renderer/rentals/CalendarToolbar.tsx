import { Group, SegmentedControl, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PeriodPager } from '../scheduler/PeriodPager';
import type { CalendarView, RowMode } from './calendar-items';

type Props = {
  title: string;
  date: string;
  view: CalendarView;
  by: RowMode;
  onPrev: () => void;
  onNext: () => void;
  onToday: () => void;
  onDate: (date: string) => void;
  onView: (view: CalendarView) => void;
  onBy: (by: RowMode) => void;
};

/** Paging through days or weeks, the view, and machines or drivers as rows. */
export function CalendarToolbar(p: Props) {
  const { t } = useTranslation();
  return (
    <Group justify="space-between" wrap="nowrap" gap="sm">
      <Group gap="sm" wrap="nowrap">
        <Title order={2}>{t('rentalReports.calendarTitle')}</Title>
        <PeriodPager unit={p.view} title={p.title} onPrev={p.onPrev} onToday={p.onToday} onNext={p.onNext} />
      </Group>
      <Group gap="sm" wrap="nowrap">
        <SegmentedControl
          size="xs"
          aria-label={t('scheduler.view.label')}
          data={(['day', 'week'] as const).map((v) => ({ value: v, label: t(`scheduler.view.${v}`) }))}
          value={p.view}
          onChange={(v) => p.onView(v as CalendarView)}
        />
        <SegmentedControl
          size="xs"
          aria-label={t('rentalReports.calendar.rows.label')}
          data={(['machine', 'driver'] as const).map((v) => ({ value: v, label: t(`rentalReports.calendar.rows.${v}`) }))}
          value={p.by}
          onChange={(v) => p.onBy(v as RowMode)}
        />
        <TextInput size="xs" type="date" aria-label={t('scheduler.goToDate')} w={150} value={p.date} onChange={(e) => e.currentTarget.value && p.onDate(e.currentTarget.value)} />
      </Group>
    </Group>
  );
}
