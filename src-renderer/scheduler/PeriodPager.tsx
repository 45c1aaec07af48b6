import { ActionIcon, Button, Group, Title, Tooltip } from '@mantine/core';
import { IconChevronLeft, IconChevronRight } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

type Props = { unit: 'day' | 'week'; title: string; onPrev: () => void; onToday: () => void; onNext: () => void };

/** Previous, Today, Next and what is shown: the scheduler's and the rental calendar's. */
export function PeriodPager({ unit, title, onPrev, onToday, onNext }: Props) {
  const { t } = useTranslation();
  return (
    <>
      <Group gap={4} wrap="nowrap">
        <Tooltip label={t(`scheduler.prev.${unit}`)} openDelay={400}>
          <ActionIcon variant="default" size="md" onClick={onPrev} aria-label={t(`scheduler.prev.${unit}`)}>
            <IconChevronLeft size={16} />
          </ActionIcon>
        </Tooltip>
        <Button variant="default" size="compact-sm" h={28} onClick={onToday}>
          {t('scheduler.today')}
        </Button>
        <Tooltip label={t(`scheduler.next.${unit}`)} openDelay={400}>
          <ActionIcon variant="default" size="md" onClick={onNext} aria-label={t(`scheduler.next.${unit}`)}>
            <IconChevronRight size={16} />
          </ActionIcon>
        </Tooltip>
      </Group>
      <Title order={3} fw={500} aria-live="polite" style={{ whiteSpace: 'nowrap' }}>
        {title}
      </Title>
    </>
  );
}
