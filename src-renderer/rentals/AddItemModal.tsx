import { useEffect, useRef, useState } from 'react';
import { Button, Grid, Group, Modal, NumberInput, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { call } from '../api/client';
import { useQuery } from '../api/use-query';
import { TimeField } from '../app/TimeField';
import { useLanguage } from '../i18n';
import { moneyText } from '../work-orders/numbers';
import { notifySuccess } from '../app/notify';
import { showServerErrors } from '../app/server-errors';
import { showDeal } from './deal-store';
import type { Fleet } from './fleet-store';
import { hoursBetween, itemErrorNames, itemInput, itemRange, newItemValues, type ItemFormValues } from './item-form';
import { moveErrors } from './move-errors';
import { AvailabilityPanel } from './AvailabilityPanel';
import { SupplyPanel } from './SupplyPanel';
import type { Deal } from './rental-types';

type Props = { opened: boolean; deal: Deal; fleet: Fleet; timeZone: string; onClose: () => void };

/** A machine type for a time range; who is free then, and a supplier's machine when nobody is. */
export function AddItemModal({ opened, deal, fleet, timeZone, onClose }: Props) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={t('rentals.addItem.title', { number: deal.number })} size={1040}>
      <AddItemForm deal={deal} fleet={fleet} timeZone={timeZone} onClose={onClose} />
    </Modal>
  );
}

const timeFields = ['startDate', 'startTime', 'endDate', 'endTime'] as const;

function AddItemForm({ deal, fleet, timeZone, onClose }: Omit<Props, 'opened'>) {
  const { t } = useTranslation();
  const hoursTyped = useRef(false);
  const form = useForm<ItemFormValues>({
    initialValues: newItemValues(timeZone, fleet.types[0]?.id ?? null),
    // Ordered hours follow the range until someone types them; the end date follows the start.
    onValuesChange: (v, before) => {
      if (v.startDate !== before.startDate && v.endDate === before.startDate) form.setFieldValue('endDate', v.startDate);
      const range = itemRange(v, timeZone);
      if (range && !hoursTyped.current && timeFields.some((k) => v[k] !== before[k])) form.setFieldValue('orderedHours', hoursBetween(range));
    },
  });
  const [saving, setSaving] = useState(false);
  const [supplyWanted, setSupplyWanted] = useState(false);
  const ref = useRef<HTMLFormElement>(null);
  const range = itemRange(form.values, timeZone);
  const { data: availability } = useQuery('rentals.availability', form.values.typeId && range ? { typeId: form.values.typeId, ...range } : null);
  const noneFree = !!availability && !availability.machines.some((m) => m.free);

  // A machine or driver that is busy in the new range is no longer a choice.
  useEffect(() => {
    if (!availability) return;
    const { machineId, driverId } = form.getValues();
    if (machineId && !availability.machines.some((m) => m.id === machineId && m.free)) form.setFieldValue('machineId', null);
    if (driverId && availability.drivers.some((d) => d.id === driverId && !d.free)) form.setFieldValue('driverId', null);
    // form is stable; only a new answer matters.
  }, [availability]);

  const save = async (v: ItemFormValues) => {
    if (!range) {
      form.setFieldError('endTime', t('rentals.addItem.endBeforeStart'));
      return;
    }
    setSaving(true);
    try {
      showDeal(await call('deals.addItem', itemInput(deal.id, v, range)));
      notifySuccess(t('rentals.addItem.added'));
      onClose();
    } catch (e) {
      showServerErrors(form, e, ref.current);
      moveErrors(form, itemErrorNames);
    } finally {
      setSaving(false);
    }
  };

  return (
    <form ref={ref} onSubmit={form.onSubmit(save)} noValidate>
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 6 }}>
          <Stack gap="sm">
            <Select label={t('rentals.addItem.type')} required data={fleet.types.map((x) => ({ value: x.id, label: x.name }))} allowDeselect={false} searchable {...form.getInputProps('typeId')} />
            <SimpleGrid cols={2} spacing="sm" verticalSpacing="xs">
              <TextInput type="date" label={t('rentals.addItem.startDate')} required data-autofocus {...form.getInputProps('startDate')} />
              <TimeField label={t('rentals.addItem.startTime')} required {...form.getInputProps('startTime')} />
              <TextInput type="date" label={t('rentals.addItem.endDate')} required min={form.values.startDate} {...form.getInputProps('endDate')} />
              <TimeField label={t('rentals.addItem.endTime')} required {...form.getInputProps('endTime')} />
            </SimpleGrid>
            <SimpleGrid cols={2} spacing="sm" verticalSpacing="xs">
              <NumberInput
                label={t('rentals.addItem.orderedHours')}
                required
                min={0}
                decimalScale={2}
                hideControls
                {...form.getInputProps('orderedHours')}
                onChange={(v) => {
                  hoursTyped.current = true;
                  form.setFieldValue('orderedHours', v);
                }}
              />
              <NumberInput label={t('rentals.addItem.orderedKm')} min={0} decimalScale={0} hideControls {...form.getInputProps('orderedKm')} />
              <RateInput label={t('rentals.addItem.rate')} placeholderMinor={fleet.machines.find((m) => m.id === form.values.machineId)?.hourlyRateMinor} {...form.getInputProps('rate')} />
              <RateInput label={t('rentals.addItem.ratePerKm')} placeholderMinor={fleet.machines.find((m) => m.id === form.values.machineId)?.ratePerKmMinor} {...form.getInputProps('ratePerKm')} />
            </SimpleGrid>
            <Textarea label={t('rentals.addItem.notes')} autosize minRows={2} maxRows={4} {...form.getInputProps('notes')} />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 6 }}>
          <Stack gap="sm">
            <AvailabilityPanel availability={availability} fleet={fleet} form={form} />
            {availability && (noneFree || supplyWanted) ? (
              <SupplyPanel key={`${form.values.typeId}`} deal={deal} fleet={fleet} availability={availability} item={form} range={range} onHired={onClose} />
            ) : (
              availability && (
                <Button variant="subtle" size="xs" onClick={() => setSupplyWanted(true)} w="fit-content">
                  {t('rentals.addItem.supply.instead')}
                </Button>
              )
            )}
          </Stack>
        </Grid.Col>
      </Grid>
      <Group justify="flex-end" gap="xs" mt="md">
        <Button variant="default" onClick={onClose}>
          {t('common.cancel')}
        </Button>
        <Button type="submit" loading={saving}>
          {t('rentals.addItem.add')}
        </Button>
      </Group>
    </form>
  );
}

/** A rate in roubles; left empty, the machine's own rate applies (shown greyed). */
function RateInput({ placeholderMinor, ...props }: { label: string; placeholderMinor?: number; value?: number | string; onChange?: (v: number | string) => void; error?: unknown }) {
  const language = useLanguage();
  return <NumberInput min={0} decimalScale={2} thousandSeparator=" " hideControls placeholder={placeholderMinor === undefined ? undefined : moneyText(placeholderMinor, language)} {...props} error={props.error as string | undefined} />;
}
