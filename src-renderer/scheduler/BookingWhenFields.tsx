import { useState } from 'react';
import { Button, Checkbox, Group, MultiSelect, Select, Stack, Text, TextInput } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { call } from '../api/client';
import { useLanguage } from '../i18n';
import { TimeField } from '../app/TimeField';
import { formatDayShort, formatTimeRange } from '../format';
import type { BookingForm } from './booking-form';
import { whenInstants, whenValues } from './booking-form';
import type { Resource } from './store';

type Props = { form: BookingForm; resources: Resource[]; timeZone: string; isNew: boolean; locked: boolean; autoFocus: boolean };

const fallbackMinutes = 60;

/** Date, times, bay and mechanics, with "find the next free slot" for whoever is on the phone. */
export function BookingWhenFields({ form, resources, timeZone, isNew, locked, autoFocus }: Props) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [finding, setFinding] = useState(false);
  const [found, setFound] = useState<string | null>(null);
  const bays = resources.filter((r) => r.kind === 'bay').map((r) => ({ value: r.id, label: r.name }));
  const mechanics = resources.filter((r) => r.kind === 'mechanic').map((r) => ({ value: r.id, label: r.name }));

  const findNext = async () => {
    if (finding) return;
    setFinding(true);
    setFound(null);
    form.clearFieldError('findNext');
    try {
      const when = whenInstants(form.getValues(), timeZone);
      const minutes = when ? Math.round((Date.parse(when.end) - Date.parse(when.start)) / 60_000) : fallbackMinutes;
      // From the time on the form when it is still ahead, else from now.
      const from = when && Date.parse(when.start) > Date.now() ? when.start : undefined;
      const slot = await call('slots.findNext', { durationMinutes: Math.max(5, minutes > 0 ? minutes : fallbackMinutes), resourceKind: 'bay', ...(from ? { from } : {}) });
      const v = whenValues(slot.start, slot.end, slot.resourceId, form.getValues().mechanicIds, timeZone);
      form.setValues({ date: v.date, start: v.start, end: v.end, bayId: v.bayId });
      setFound(t('booking.found', { bay: slot.resourceName, when: `${formatDayShort(slot.start, language, timeZone)} ${formatTimeRange(slot.start, slot.end, language, timeZone)}` }));
    } catch (e) {
      form.setFieldError('findNext', e instanceof Error ? e.message : String(e));
    } finally {
      setFinding(false);
    }
  };

  return (
    <Stack gap="xs">
      <TextInput type="date" label={t('booking.field.date')} required disabled={locked} data-autofocus={autoFocus || undefined} {...form.getInputProps('date')} />
      <Group grow gap="xs">
        <TimeField label={t('booking.field.start')} required disabled={locked} {...form.getInputProps('start')} />
        <TimeField label={t('booking.field.end')} required disabled={locked} {...form.getInputProps('end')} />
      </Group>
      <Select label={t('booking.field.bay')} required data={bays} allowDeselect={false} disabled={locked} nothingFoundMessage={t('booking.noBays')} {...form.getInputProps('bayId')} />
      <MultiSelect label={t('booking.field.mechanics')} data={mechanics} clearable disabled={locked} placeholder={form.values.mechanicIds.length ? undefined : t('booking.noMechanic')} {...form.getInputProps('mechanicIds')} />
      {isNew && <Checkbox size="xs" label={t('booking.field.tentative')} {...form.getInputProps('tentative', { type: 'checkbox' })} />}
      {!locked && (
        <Button variant="light" size="xs" leftSection={<IconSearch size={14} />} onClick={() => void findNext()} aria-busy={finding}>
          {t('booking.findNext')}
        </Button>
      )}
      {found && (
        <Text size="xs" c="teal.8" role="status">
          {found}
        </Text>
      )}
      {form.errors.findNext && (
        <Text size="xs" c="red" role="alert">
          {form.errors.findNext}
        </Text>
      )}
    </Stack>
  );
}
