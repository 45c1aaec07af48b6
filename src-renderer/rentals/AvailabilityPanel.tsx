import { Alert, Badge, Group, Paper, Radio, Select, Stack, Text } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../i18n';
import type { Fleet } from './fleet-store';
import type { ItemFormValues } from './item-form';
import { formatTonnes, machineName } from './rental-format';
import type { Availability } from './rental-types';

type Props = { availability: Availability | undefined; fleet: Fleet; form: UseFormReturnType<ItemFormValues> };

/** Our machines of the type and our drivers for the range, free or busy; a busy one cannot be picked. */
export function AvailabilityPanel({ availability, fleet, form }: Props) {
  const { t } = useTranslation();
  const language = useLanguage();
  if (!availability) {
    return (
      <Paper withBorder p="sm" bg="gray.0">
        <Text size="sm" c="dimmed">
          {t('rentals.addItem.pickWhen')}
        </Text>
      </Paper>
    );
  }
  const thirdParty = fleet.drivers.filter((d) => d.thirdParty && d.active && !d.supplierId);
  const drivers = [
    ...availability.drivers.map((d) => ({ value: d.id, label: d.free ? d.name : t('rentals.addItem.driverBusy', { name: d.name }), disabled: !d.free })),
    ...thirdParty.map((d) => ({ value: d.id, label: t('rentals.addItem.driverThirdParty', { name: d.name }) })),
  ];
  const noneFree = availability.machines.length > 0 && !availability.machines.some((m) => m.free);
  return (
    <Paper withBorder p="sm">
      <Stack gap="sm">
        <Radio.Group label={t('rentals.addItem.machinesOf')} value={form.values.machineId ?? ''} onChange={(id) => form.setFieldValue('machineId', id || null)} error={form.errors.machineId}>
          <Stack gap={6} mt={4}>
            <Radio value="" label={t('rentals.addItem.later')} size="sm" />
            {availability.machines.map((m) => (
              <Radio
                key={m.id}
                value={m.id}
                disabled={!m.free}
                size="sm"
                label={
                  <Group gap={6} wrap="nowrap">
                    <span>{machineName(m)}</span>
                    <Text span size="xs" c="dimmed">
                      {formatTonnes(m.capacityKg, language, t)}
                    </Text>
                    <Badge size="xs" variant="light" color={m.free ? 'teal' : 'red'} tt="none">
                      {m.free ? t('rentals.addItem.free') : t('rentals.addItem.busy')}
                    </Badge>
                  </Group>
                }
              />
            ))}
          </Stack>
        </Radio.Group>
        {availability.machines.length === 0 && (
          <Text size="sm" c="dimmed">
            {t('rentals.addItem.noMachines')}
          </Text>
        )}
        {noneFree && (
          <Alert color="orange" p="xs">
            {t('rentals.addItem.noneFree')}
          </Alert>
        )}
        <Select label={t('rentals.addItem.driver')} placeholder={t('rentals.addItem.later')} data={drivers} clearable searchable {...form.getInputProps('driverId')} />
      </Stack>
    </Paper>
  );
}
