import { useRef, useState } from 'react';
import { Checkbox, Input, Modal, NumberInput, SegmentedControl, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { call } from '../api/client';
import { useQuery } from '../api/use-query';
import { FormFooter } from '../app/FormFooter';
import { notifySuccess } from '../app/notify';
import { showServerErrors } from '../app/server-errors';
import { driverErrorNames, driverInput, driverValues, type DriverFormValues } from './fleet-forms';
import { moveErrors } from './move-errors';
import type { Driver } from './rental-types';
import type { rentalsEn } from './messages';

type Props = { opened: boolean; driver?: Driver; onClose: () => void; onSaved: () => void };

export function DriverFormModal({ opened, driver, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={driver ? t('rentals.fleet.drivers.editTitle', { name: driver.name }) : t('rentals.fleet.drivers.newTitle')} size="lg">
      <DriverForm driver={driver} onCancel={onClose} onSaved={onSaved} />
    </Modal>
  );
}

/** A driver: one of our employees with the driver role, or a third party with their price per hour. */
function DriverForm({ driver, onCancel, onSaved }: { driver?: Driver; onCancel: () => void; onSaved: () => void }) {
  const { t } = useTranslation();
  const form = useForm<DriverFormValues>({ initialValues: driverValues(driver) });
  const [saving, setSaving] = useState(false);
  const ref = useRef<HTMLFormElement>(null);
  const employees = (useQuery('employees.list', {}).data?.items ?? []).filter((e) => e.role === 'driver');
  const f = (key: keyof (typeof rentalsEn)['fleet']['drivers']['field']) => t(`rentals.fleet.drivers.field.${key}`);

  const save = async (values: DriverFormValues) => {
    setSaving(true);
    try {
      const input = driverInput(values);
      if (driver) await call('drivers.update', { id: driver.id, ...input });
      else await call('drivers.create', input);
      notifySuccess(t('common.saved'));
      onSaved();
    } catch (e) {
      showServerErrors(form, e, ref.current);
      moveErrors(form, driverErrorNames);
    } finally {
      setSaving(false);
    }
  };

  return (
    <form ref={ref} onSubmit={form.onSubmit(save)} noValidate>
      <Stack gap="sm">
        <Input.Wrapper label={f('kind')} labelElement="div">
          <div>
            <SegmentedControl
              aria-label={f('kind')}
              value={form.values.kind}
              onChange={(v) => form.setFieldValue('kind', v as DriverFormValues['kind'])}
              data={[
                { value: 'employee', label: t('rentals.fleet.drivers.employee') },
                { value: 'third', label: t('rentals.fleet.drivers.thirdParty') },
              ]}
            />
          </div>
        </Input.Wrapper>
        {form.values.kind === 'employee' && (
          <Select
            label={f('employeeLink')}
            placeholder={f('noEmployee')}
            data={employees.map((e) => ({ value: e.id, label: e.name }))}
            clearable
            searchable
            {...form.getInputProps('employeeId')}
            onChange={(id) => {
              form.setFieldValue('employeeId', id);
              const e = employees.find((x) => x.id === id);
              if (e && !form.values.name) form.setValues({ name: e.name, phone: form.values.phone || (e.phone ?? '') });
            }}
          />
        )}
        <SimpleGrid cols={3} spacing="sm">
          <TextInput label={f('name')} required data-autofocus {...form.getInputProps('name')} />
          <TextInput label={f('phone')} type="tel" {...form.getInputProps('phone')} />
          <NumberInput label={f('cost')} description={f('costHint')} min={0} decimalScale={2} thousandSeparator=" " hideControls {...form.getInputProps('cost')} />
        </SimpleGrid>
        <Checkbox label={t('rentals.active')} description={t('rentals.activeHint')} {...form.getInputProps('active', { type: 'checkbox' })} />
        <FormFooter saving={saving} onCancel={onCancel} onRemoved={onSaved} />
      </Stack>
    </form>
  );
}
