import { useEffect, useRef, useState } from 'react';
import { Button, Grid, Group, Paper, Select, Text, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useHotkeys } from '@mantine/hooks';
import { IconDeviceFloppy } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { call } from '../api/client';
import { useQuery } from '../api/use-query';
import { notifySuccess } from '../app/notify';
import { showServerErrors } from '../app/server-errors';
import { vehicleName } from '../vehicles/vehicle-form';
import { CustomerSelect } from './CustomerSelect';
import { headerInput, headerValues, sameHeader, type HeaderValues } from './header-form';
import { useOrder } from './order-store';
import { staffOptions } from './use-staff';
import type { Employee, WorkOrder } from './order-types';

type Props = { order: WorkOrder; advisors: Employee[] };

/** Who, which car, what is wrong, by when, and on whose paper: saved with Enter, Ctrl+S or the button. */
export function OrderHeaderForm({ order, advisors }: Props) {
  const { t } = useTranslation();
  const form = useForm<HeaderValues>({ initialValues: headerValues(order) });
  const [saving, setSaving] = useState(false);
  const ref = useRef<HTMLFormElement>(null);
  const locked = order.locked;
  const { data: entities } = useQuery('legalEntities.list', {});
  const customerId = form.values.customer?.id ?? order.customerId;
  const { data: customer } = useQuery('customers.get', { id: customerId });

  // The order as stored comes back after every change (a line, a payment): take its header
  // unless the person is in the middle of editing it.
  const stored = headerValues(order);
  const storedKey = JSON.stringify({ ...stored, customer: stored.customer?.id, payer: stored.payer?.id });
  const baseline = useRef(stored);
  useEffect(() => {
    const editing = !sameHeader(form.getValues(), baseline.current);
    baseline.current = stored;
    if (!editing) {
      form.setValues(stored);
      form.resetDirty(stored);
    }
    // storedKey stands for the stored header.
  }, [storedKey]);

  const dirty = !sameHeader(form.values, baseline.current);

  const save = async (values: HeaderValues) => {
    if (!dirty || locked) return;
    setSaving(true);
    try {
      const saved = await call('workOrders.update', headerInput(order, values));
      baseline.current = headerValues(saved);
      useOrder.setState({ order: saved });
      notifySuccess(t('workOrders.order.saved'));
    } catch (e) {
      showServerErrors(form, e, ref.current);
    } finally {
      setSaving(false);
    }
  };

  useHotkeys([['mod+S', () => void save(form.getValues())]], []);

  const vehicles = customer?.id === customerId ? customer.vehicles : [];
  const vehicleOptions = vehicles.map((v) => ({ value: v.id, label: vehicleName(v, t('vehicles.noPlate')) }));
  if (order.vehicle && form.values.vehicleId === order.vehicle.id && !vehicleOptions.some((o) => o.value === order.vehicle!.id)) {
    vehicleOptions.unshift({ value: order.vehicle.id, label: vehicleName(order.vehicle, t('vehicles.noPlate')) });
  }
  const entityOptions = (entities?.items ?? []).map((e) => ({ value: e.id, label: e.name }));

  return (
    <Paper withBorder p="sm" component="form" ref={ref} onSubmit={form.onSubmit(save)} noValidate aria-label={t('workOrders.order.details')}>
      <Grid gap="xs">
        <Grid.Col span={3}>
          <CustomerSelect
            size="xs"
            label={t('workOrders.order.customer')}
            value={form.values.customer}
            readOnly={locked}
            clearable={false}
            onChange={(c) => {
              if (!c) return;
              form.setFieldValue('customer', c);
              form.setFieldValue('vehicleId', c.vehicles.length === 1 ? c.vehicles[0].id : null);
            }}
            error={form.errors.customerId}
          />
        </Grid.Col>
        <Grid.Col span={3}>
          <Select
            size="xs"
            label={t('workOrders.order.vehicle')}
            data={vehicleOptions}
            readOnly={locked}
            clearable={!locked}
            placeholder={t('workOrders.order.noVehicle')}
            {...form.getInputProps('vehicleId')}
          />
        </Grid.Col>
        <Grid.Col span={3}>
          <CustomerSelect size="xs" label={t('workOrders.order.payer')} placeholder={t('workOrders.order.payerSame')} value={form.values.payer} readOnly={locked} clearable={!locked} onChange={(c) => form.setFieldValue('payer', c && c.id !== customerId ? c : null)} error={form.errors.payerId} />
        </Grid.Col>
        <Grid.Col span={3}>
          <Select size="xs" label={t('workOrders.order.legalEntity')} data={entityOptions} readOnly={locked} allowDeselect={false} placeholder={entityOptions.length ? undefined : t('workOrders.order.noLegalEntities')} {...form.getInputProps('legalEntityId')} />
        </Grid.Col>
        <Grid.Col span={6}>
          <Textarea
            size="xs"
            label={t('workOrders.order.complaint')}
            autosize
            minRows={1}
            maxRows={4}
            readOnly={locked}
            {...form.getInputProps('complaint')}
            onKeyDown={(e) => {
              // Ctrl+Enter saves from the text; a plain Enter is a new line.
              if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
                e.preventDefault();
                void save(form.getValues());
              }
            }}
          />
        </Grid.Col>
        <Grid.Col span={2}>
          <TextInput size="xs" label={t('workOrders.order.mileage')} inputMode="numeric" autoComplete="off" readOnly={locked} disabled={!locked && !form.values.vehicleId} {...form.getInputProps('mileageKm')} />
        </Grid.Col>
        <Grid.Col span={2}>
          <TextInput size="xs" type="datetime-local" label={t('workOrders.order.promisedAt')} readOnly={locked} {...form.getInputProps('promisedAt')} />
        </Grid.Col>
        <Grid.Col span={2}>
          <Select size="xs" label={t('workOrders.order.advisor')} data={staffOptions(advisors, [form.values.advisorId])} readOnly={locked} searchable allowDeselect={false} placeholder={t('workOrders.order.noAdvisor')} {...form.getInputProps('advisorId')} />
        </Grid.Col>
      </Grid>
      {!locked && (
        <Group justify="flex-end" gap="xs" mt={6} mih={26}>
          {dirty && (
            <Text size="xs" c="orange.8" role="status">
              {t('workOrders.order.unsaved')}
            </Text>
          )}
          <Button type="submit" size="xs" leftSection={<IconDeviceFloppy size={14} />} disabled={!dirty} loading={saving}>
            {t('workOrders.order.save')}
          </Button>
        </Group>
      )}
    </Paper>
  );
}
