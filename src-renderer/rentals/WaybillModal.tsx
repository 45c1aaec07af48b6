import { useRef, useState } from 'react';
import { Button, Group, Modal, NumberInput, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { call } from '../api/client';
import { TimeField } from '../app/TimeField';
import { notifySuccess } from '../app/notify';
import { showServerErrors } from '../app/server-errors';
import { useLanguage } from '../i18n';
import { formatHoursX100, formatKm, formatMoney } from '../format';
import { fromHoursX100, toHoursX100 } from '../form-units';
import { toWall } from '../scheduler/zoned-time';
import { showDeal } from './deal-store';
import { itemRange } from './item-form';
import { moveErrors } from './move-errors';
import type { DealItem } from './rental-types';

type Props = { item: DealItem | null; timeZone: string; onClose: () => void };
type Typed = number | string;
type Values = { startDate: string; startTime: string; endDate: string; endTime: string; downtime: Typed; km: Typed; odometerStart: Typed; odometerEnd: Typed; engineStart: Typed; engineEnd: Typed };

const whole = (v: Typed) => (v === '' ? null : Math.round(Number(v)));
const hours = (v: Typed) => (v === '' ? null : (toHoursX100(v) ?? -1));
const waybillErrorNames = { actualStart: 'startTime', actualEnd: 'endTime', downtimeHoursX100: 'downtime', engineHoursStartX100: 'engineStart', engineHoursEndX100: 'engineEnd' } as const;

/** The driver's waybill after the trip: actual times, downtime, km, odometer or engine hours. */
export function WaybillModal({ item, timeZone, onClose }: Props) {
  const { t } = useTranslation();
  return (
    <Modal opened={!!item} onClose={onClose} title={item ? t('rentals.waybill.title', { title: item.title }) : ''} size="xl">
      {item && <WaybillForm item={item} timeZone={timeZone} onClose={onClose} />}
    </Modal>
  );
}

function valuesOf(item: DealItem, timeZone: string): Values {
  const w = item.waybill;
  const [start, end] = [toWall(w?.actualStartAt ?? item.startAt, timeZone), toWall(w?.actualEndAt ?? item.endAt, timeZone)];
  const opt = (n: number | null | undefined, f: (n: number) => number = (x) => x) => (n === null || n === undefined ? '' : f(n));
  return {
    startDate: start.date,
    startTime: start.time,
    endDate: end.date,
    endTime: end.time,
    downtime: opt(w?.downtimeHoursX100, fromHoursX100),
    km: opt(w?.km),
    odometerStart: opt(w?.odometerStart),
    odometerEnd: opt(w?.odometerEnd),
    engineStart: opt(w?.engineHoursStartX100, fromHoursX100),
    engineEnd: opt(w?.engineHoursEndX100, fromHoursX100),
  };
}

function WaybillForm({ item, timeZone, onClose }: { item: DealItem; timeZone: string; onClose: () => void }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const form = useForm<Values>({ initialValues: valuesOf(item, timeZone) });
  const [saving, setSaving] = useState(false);
  const ref = useRef<HTMLFormElement>(null);

  const save = async (v: Values) => {
    const range = itemRange(v, timeZone);
    if (!range) {
      form.setFieldError('endTime', t('rentals.addItem.endBeforeStart'));
      return;
    }
    setSaving(true);
    try {
      const deal = await call('rentals.recordWaybill', {
        itemId: item.id,
        actualStart: range.start,
        actualEnd: range.end,
        downtimeHoursX100: hours(v.downtime) ?? 0,
        km: whole(v.km) ?? 0,
        odometerStart: whole(v.odometerStart),
        odometerEnd: whole(v.odometerEnd),
        engineHoursStartX100: hours(v.engineStart),
        engineHoursEndX100: hours(v.engineEnd),
      });
      showDeal(deal);
      const overtime = deal.invoices.find((i) => i.id === deal.items.find((x) => x.id === item.id)?.overtimeInvoiceId && i.status !== 'cancelled');
      notifySuccess(overtime ? t('rentals.waybill.overtime', { number: overtime.number, amount: formatMoney(overtime.totalMinor, language) }) : t('rentals.waybill.saved'));
      onClose();
    } catch (e) {
      showServerErrors(form, e, ref.current);
      moveErrors(form, waybillErrorNames);
    } finally {
      setSaving(false);
    }
  };

  const count = { min: 0, decimalScale: 0, hideControls: true } as const;
  const tenths = { min: 0, decimalScale: 2, hideControls: true } as const;
  return (
    <form ref={ref} onSubmit={form.onSubmit(save)} noValidate>
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          {t('rentals.waybill.paid', { hours: formatHoursX100(Math.max(item.orderedHoursX100, item.minHoursX100), language), km: formatKm(item.orderedKm, language) })}
        </Text>
        <SimpleGrid cols={4} spacing="sm">
          <TextInput type="date" label={t('rentals.waybill.startDate')} required data-autofocus {...form.getInputProps('startDate')} />
          <TimeField label={t('rentals.waybill.startTime')} required {...form.getInputProps('startTime')} />
          <TextInput type="date" label={t('rentals.waybill.endDate')} required {...form.getInputProps('endDate')} />
          <TimeField label={t('rentals.waybill.endTime')} required {...form.getInputProps('endTime')} />
        </SimpleGrid>
        <SimpleGrid cols={4} spacing="sm">
          <NumberInput label={t('rentals.waybill.downtime')} {...tenths} {...form.getInputProps('downtime')} />
          <NumberInput label={t('rentals.waybill.km')} required {...count} {...form.getInputProps('km')} />
        </SimpleGrid>
        <SimpleGrid cols={4} spacing="sm">
          <NumberInput label={t('rentals.waybill.odometerStart')} {...count} {...form.getInputProps('odometerStart')} />
          <NumberInput label={t('rentals.waybill.odometerEnd')} {...count} {...form.getInputProps('odometerEnd')} />
          <NumberInput label={t('rentals.waybill.engineStart')} {...tenths} {...form.getInputProps('engineStart')} />
          <NumberInput label={t('rentals.waybill.engineEnd')} {...tenths} {...form.getInputProps('engineEnd')} />
        </SimpleGrid>
        <Text size="xs" c="dimmed">
          {t('rentals.waybill.hint')}
        </Text>
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={saving}>
            {t('rentals.waybill.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
