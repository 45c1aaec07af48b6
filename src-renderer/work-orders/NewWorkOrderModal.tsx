import { useEffect, useRef, useState } from 'react';
import { Button, Group, Modal, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { call, type ApiOutput } from '../api/client';
import { useLanguage } from '../i18n';
import { formatDate } from '../format';
import { showServerErrors } from '../app/server-errors';
import { vehicleName } from '../vehicles/vehicle-form';
import type { CustomerListItem } from '../customers/store';
import { CustomerSelect } from './CustomerSelect';

type Values = { customer: CustomerListItem | null; requestId: string | null; vehicleId: string | null; mileageKm: string; complaint: string };
type Request = ApiOutput<'requests.list'>['items'][number];

const openStatuses = new Set<Request['status']>(['new', 'confirmed', 'arrived']);

/** The customer's repair requests that have not become a work order yet, newest first. */
function useOpenRequests(customerId: string | null): Request[] {
  const [found, setFound] = useState<{ customerId: string; items: Request[] } | null>(null);
  useEffect(() => {
    let current = true;
    if (customerId) {
      call('requests.list', { limit: 300 }).then(
        (r) => current && setFound({ customerId, items: r.items.filter((q) => q.customerId === customerId && openStatuses.has(q.status)) }),
        () => current && setFound(null),
      );
    }
    return () => {
      current = false;
    };
  }, [customerId]);
  return customerId && found?.customerId === customerId ? found.items : [];
}
type Props = { opened: boolean; onClose: () => void; onCreated: (order: ApiOutput<'workOrders.create'>) => void };

/** Who and which car: enough to open an order; everything else is filled in on the order. */
export function NewWorkOrderModal({ opened, onClose, onCreated }: Props) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={t('workOrders.newTitle')} size="lg">
      <NewWorkOrderForm onCancel={onClose} onCreated={onCreated} />
    </Modal>
  );
}

function NewWorkOrderForm({ onCancel, onCreated }: { onCancel: () => void; onCreated: Props['onCreated'] }) {
  const { t } = useTranslation();
  const form = useForm<Values>({
    initialValues: { customer: null, requestId: null, vehicleId: null, mileageKm: '', complaint: '' },
    validate: { customer: (c) => (c ? null : t('workOrders.order.customerRequired')), mileageKm: (m) => (m && !/^\d+$/.test(m.replace(/\s/g, '')) ? t('workOrders.order.mileageInvalid') : null) },
  });
  const [saving, setSaving] = useState(false);
  const ref = useRef<HTMLFormElement>(null);
  const language = useLanguage();
  const vehicles = form.values.customer?.vehicles ?? [];
  const requests = useOpenRequests(form.values.customer?.id ?? null);
  const request = requests.find((r) => r.id === form.values.requestId);

  // Usually the car has come in for a booking: its request is the one to open the order from.
  const requestKey = requests.map((r) => r.id).join();
  useEffect(() => {
    const newest = requests[0];
    form.setFieldValue('requestId', newest?.id ?? null);
    if (newest?.vehicleId) form.setFieldValue('vehicleId', newest.vehicleId);
    // requestKey stands for the list of requests.
  }, [requestKey]);

  const save = async (v: Values) => {
    setSaving(true);
    try {
      const mileage = v.mileageKm.replace(/\s/g, '');
      const order = await call('workOrders.create', {
        customerId: v.customer!.id,
        ...(v.requestId ? { requestId: v.requestId } : {}),
        vehicleId: v.vehicleId,
        ...(mileage ? { mileageKm: Number(mileage) } : {}),
        ...(v.complaint.trim() ? { complaint: v.complaint.trim() } : {}),
      });
      onCreated(order);
    } catch (e) {
      showServerErrors(form, e, ref.current);
    } finally {
      setSaving(false);
    }
  };

  return (
    <form ref={ref} onSubmit={form.onSubmit(save)} noValidate>
      <Stack gap="sm">
        <SimpleGrid cols={2} spacing="sm">
          <CustomerSelect
            label={t('workOrders.order.customer')}
            required
            data-autofocus
            value={form.values.customer}
            onChange={(c) => {
              form.setFieldValue('customer', c);
              form.setFieldValue('vehicleId', c?.vehicles.length === 1 ? c.vehicles[0].id : null);
            }}
            error={form.errors.customer ?? form.errors.customerId}
          />
          <Select
            label={t('workOrders.order.vehicle')}
            data={vehicles.map((car) => ({ value: car.id, label: vehicleName(car, t('vehicles.noPlate')) }))}
            disabled={!form.values.customer}
            placeholder={!form.values.customer ? undefined : vehicles.length ? t('workOrders.order.pickVehicle') : t('workOrders.order.noVehicles')}
            clearable
            {...form.getInputProps('vehicleId')}
          />
        </SimpleGrid>
        {requests.length > 0 && (
          <Select
            label={t('workOrders.fromRequestLabel')}
            description={t('workOrders.fromRequestHint')}
            data={requests.map((r) => ({ value: r.id, label: `${r.number} · ${formatDate(r.createdAt, language)}${r.complaint ? ` · ${r.complaint}` : ''}` }))}
            placeholder={t('workOrders.noRequest')}
            clearable
            value={form.values.requestId}
            onChange={(id) => {
              form.setFieldValue('requestId', id);
              const r = requests.find((x) => x.id === id);
              if (r?.vehicleId) form.setFieldValue('vehicleId', r.vehicleId);
            }}
          />
        )}
        <SimpleGrid cols={2} spacing="sm">
          <TextInput label={t('workOrders.order.mileage')} inputMode="numeric" autoComplete="off" {...form.getInputProps('mileageKm')} />
        </SimpleGrid>
        <Textarea label={t('workOrders.order.complaint')} placeholder={request?.complaint ?? undefined} autosize minRows={2} maxRows={5} {...form.getInputProps('complaint')} />
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={saving}>
            {t('workOrders.create')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
