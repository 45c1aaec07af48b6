import { Badge, Group, Text, Tooltip } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

/** A VIN, with a warning when its check digit does not match (a hint, not an error). */
export function VinBadge({ vin, checkDigitOk }: { vin: string | null; checkDigitOk?: boolean | null }) {
  const { t } = useTranslation();
  if (!vin) return null;
  return (
    <Group gap={6} wrap="nowrap">
      <Text size="sm" ff="monospace">
        {vin}
      </Text>
      {checkDigitOk === false && (
        <Tooltip label={t('vehicles.vinWarningHint')} multiline w={280} withArrow>
          <Badge color="yellow" variant="light" size="sm" leftSection={<IconAlertTriangle size={12} />} tabIndex={0} aria-label={t('vehicles.vinWarningHint')}>
            {t('vehicles.vinWarning')}
          </Badge>
        </Tooltip>
      )}
    </Group>
  );
}
