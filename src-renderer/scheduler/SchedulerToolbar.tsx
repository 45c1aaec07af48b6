import { Button, Checkbox, Group, Kbd, SegmentedControl, TextInput, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { schedulerViews, type SchedulerView } from '../app/route';
import type { ResourceMode } from './store';
import { PeriodPager } from './PeriodPager';

type Props = {
  title: string;
  date: string;
  view: SchedulerView;
  by: ResourceMode;
  showCancelled: boolean;
  onPrev: () => void;
  onNext: () => void;
  onToday: () => void;
  onDate: (date: string) => void;
  onView: (view: SchedulerView) => void;
  onBy: (by: ResourceMode) => void;
  onShowCancelled: (show: boolean) => void;
  onNew: () => void;
};

export function SchedulerToolbar(p: Props) {
  const { t } = useTranslation();
  const unit = p.view === 'day' ? 'day' : 'week';
  return (
    <>
      <Group justify="space-between" wrap="nowrap" gap="sm">
        <Group gap="sm" wrap="nowrap">
          <Title order={2}>{t('scheduler.title')}</Title>
          <PeriodPager unit={unit} title={p.title} onPrev={p.onPrev} onToday={p.onToday} onNext={p.onNext} />
        </Group>
        <Button size="sm" leftSection={<IconPlus size={16} />} rightSection={<Kbd size="xs">N</Kbd>} onClick={p.onNew} aria-keyshortcuts="n">
          {t('booking.new')}
        </Button>
      </Group>
      <Group justify="space-between" wrap="nowrap" gap="sm">
        <Group gap="sm" wrap="nowrap">
          <SegmentedControl
            size="xs"
            aria-label={t('scheduler.view.label')}
            data={schedulerViews.map((v) => ({ value: v, label: t(`scheduler.view.${v}`) }))}
            value={p.view}
            onChange={(v) => p.onView(v as SchedulerView)}
          />
          <SegmentedControl
            size="xs"
            aria-label={t('scheduler.by.label')}
            disabled={p.view === 'week'}
            data={[
              { value: 'bay', label: t('scheduler.by.bay') },
              { value: 'mechanic', label: t('scheduler.by.mechanic') },
            ]}
            value={p.by}
            onChange={(v) => p.onBy(v as ResourceMode)}
          />
          <Checkbox size="xs" label={t('scheduler.showCancelled')} checked={p.showCancelled} onChange={(e) => p.onShowCancelled(e.currentTarget.checked)} />
        </Group>
        <TextInput
          size="xs"
          type="date"
          aria-label={t('scheduler.goToDate')}
          w={150}
          value={p.date}
          onChange={(e) => e.currentTarget.value && p.onDate(e.currentTarget.value)}
        />
      </Group>
    </>
  );
}
