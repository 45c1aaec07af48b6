import { useRef, useState } from 'react';
import { Autocomplete, Button, Group, Modal, NumberInput, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { call } from '../api/client';
import { notifySuccess } from '../app/notify';
import { showServerErrors } from '../app/server-errors';
import { vehicleClasses, type VehicleClass } from './vehicle-classes';
import { commonMakes, emptyVehicleValues, vehicleCreateInput, vehicleName, vehicleUpdateInput, vehicleValues, type CardVehicle, type VehicleFormValues } from './vehicle-form';

type Props = {
  opened: boolean;
  onClose: () => void;
  onSaved: () => void;
  customerId: string;
  /** Absent: a new vehicle. */
  vehicle?: CardVehicle;
};

export function VehicleFormModal({ opened, onClose, onSaved, customerId, vehicle }: Props) {
  const { t } = useTranslation();
  const title = vehicle ? t('vehicles.editOf', { vehicle: vehicleName(vehicle, t('vehicles.noPlate')) }) : t('vehicles.newTitle');
  return (
    <Modal opened={opened} onClose={onClose} title={title} size="lg">
      <VehicleForm customerId={customerId} vehicle={vehicle} onCancel={onClose} onSaved={onSaved} />
    </Modal>
  );
}

const upper = { input: { textTransform: 'uppercase' as const } };
const vinStyles = { input: { textTransform: 'uppercase' as const, fontFamily: 'var(--mantine-font-family-monospace)' } };
const nextYear = new Date().getFullYear() + 1;

function VehicleForm({ customerId, vehicle, onCancel, onSaved }: Omit<Props, 'opened' | 'onClose'> & { onCancel: () => void }) {
  const { t } = useTranslation();
  const [initial] = useState(() => (vehicle ? vehicleValues(vehicle) : emptyVehicleValues()));
  const form = useForm<VehicleFormValues>({ initialValues: initial });
  const [saving, setSaving] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);

  const save = async (values: VehicleFormValues) => {
    setSaving(true);
    try {
      const saved = vehicle ? await call('vehicles.update', vehicleUpdateInput(vehicle.id, values, initial)) : await call('vehicles.create', vehicleCreateInput(customerId, values));
      notifySuccess(vehicle ? t('vehicles.updated') : t('vehicles.created'));
      // Saved anyway: many cars for the Russian market have no check digit, but a typo is worth a look.
      if (saved.vinCheckDigitOk === false) notifications.show({ color: 'yellow', title: t('vehicles.vinWarningTitle'), message: t('vehicles.vinWarningHint'), autoClose: 8000 });
      onSaved();
    } catch (e) {
      showServerErrors(form, e, formRef.current);
    } finally {
      setSaving(false);
    }
  };

  return (
    <form ref={formRef} onSubmit={form.onSubmit(save)} noValidate>
      <Stack gap="sm">
        <SimpleGrid cols={2}>
          <TextInput label={t('vehicles.field.plate')} placeholder="А123ВС77" styles={upper} data-autofocus autoComplete="off" {...form.getInputProps('plate')} />
          <TextInput label={t('vehicles.field.vin')} styles={vinStyles} maxLength={25} autoComplete="off" {...form.getInputProps('vin')} />
          <Autocomplete label={t('vehicles.field.make')} required data={commonMakes} limit={8} autoComplete="off" {...form.getInputProps('make')} />
          <TextInput label={t('vehicles.field.model')} required autoComplete="off" {...form.getInputProps('model')} />
        </SimpleGrid>
        <SimpleGrid cols={4}>
          <NumberInput label={t('vehicles.field.year')} min={1900} max={nextYear} allowDecimal={false} thousandSeparator="" hideControls {...form.getInputProps('year')} />
          <TextInput label={t('vehicles.field.colour')} {...form.getInputProps('colour')} />
          <Select
            label={t('vehicles.field.vehicleClass')}
            data={vehicleClasses.map((c) => ({ value: c, label: t(`vehicles.class.${c}`) }))}
            clearable
            {...form.getInputProps('vehicleClass')}
            onChange={(c) => form.setFieldValue('vehicleClass', c as VehicleClass | null)}
          />
          <NumberInput label={t('vehicles.field.mileage')} min={0} allowDecimal={false} allowNegative={false} thousandSeparator=" " hideControls {...form.getInputProps('mileage')} />
        </SimpleGrid>
        <Textarea label={t('vehicles.field.notes')} autosize minRows={2} maxRows={5} {...form.getInputProps('notes')} />
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={saving}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
