import { Box, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { bookingStatuses, statusClass } from './booking-status';

/** What the colours mean, in the same classes the calendar uses. */
export function StatusLegend() {
  const { t } = useTranslation();
  return (
    <Group gap="sm" component="ul" aria-label={t('scheduler.legend')} className="gd-legend" wrap="wrap">
      {bookingStatuses.map((s) => (
        <Group key={s} gap={5} component="li" wrap="nowrap">
          <Box className={`gd-swatch ${statusClass(s)}`} aria-hidden />
          <Text size="xs">{t(`booking.status.${s}`)}</Text>
        </Group>
      ))}
      <Group gap={5} component="li" wrap="nowrap">
        <Box className="gd-swatch gd-swatch-closed" aria-hidden />
        <Text size="xs">{t('scheduler.closed')}</Text>
      </Group>
    </Group>
  );
}
