import { useRef, useState } from 'react';
import { Checkbox, Input, Modal, NumberInput, SegmentedControl, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { call } from '../api/client';
import { FormFooter } from '../app/FormFooter';
import { notifySuccess } from '../app/notify';
import { showServerErrors } from '../app/server-errors';
import { formatPlate } from '../format';
import { SupplierField } from '../stock/SupplierField';
import type { Fleet } from './fleet-store';
import { machineErrorNames, machineInput, machineValues, type MachineFormValues } from './fleet-forms';
import { moveErrors } from './move-errors';
import type { Machine } from './rental-types';
import type { rentalsEn } from './messages';

type Props = { opened: boolean; machine?: Machine; fleet: Fleet; onClose: () => void; onSaved: () => void };

export function MachineFormModal({ opened, machine, fleet, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={machine ? t('rentals.fleet.machines.editTitle', { plate: formatPlate(machine.plate) }) : t('rentals.fleet.machines.newTitle')} size="lg">
      <MachineForm machine={machine} fleet={fleet} onCancel={onClose} onSaved={onSaved} />
    </Modal>
  );
}

const money = { min: 0, decimalScale: 2, thousandSeparator: ' ', hideControls: true } as const;

/** A machine: own, or a supplier's with what we pay them; the customer's rates either way. */
function MachineForm({ machine, fleet, onCancel, onSaved }: { machine?: Machine; fleet: Fleet; onCancel: () => void; onSaved: () => void }) {
  const { t } = useTranslation();
  const form = useForm<MachineFormValues>({ initialValues: machineValues(machine, fleet.suppliers, fleet.types.length === 1 ? fleet.types[0].id : null) });
  const [saving, setSaving] = useState(false);
  const ref = useRef<HTMLFormElement>(null);
  const f = (key: keyof (typeof rentalsEn)['fleet']['machines']['field']) => t(`rentals.fleet.machines.field.${key}`);
  const supplier = form.values.ownership === 'supplier';

  const save = async (values: MachineFormValues) => {
    setSaving(true);
    try {
      const input = machineInput(values);
      if (machine) await call('machines.update', { id: machine.id, ...input });
      else await call('machines.create', input);
      notifySuccess(t('common.saved'));
      onSaved();
    } catch (e) {
      showServerErrors(form, e, ref.current);
      moveErrors(form, machineErrorNames);
    } finally {
      setSaving(false);
    }
  };

  return (
    <form ref={ref} onSubmit={form.onSubmit(save)} noValidate>
      <Stack gap="sm">
        <SimpleGrid cols={3} spacing="sm">
          <Select label={f('type')} required data={fleet.types.map((x) => ({ value: x.id, label: x.name }))} allowDeselect={false} data-autofocus searchable {...form.getInputProps('typeId')} />
          <TextInput label={f('model')} required {...form.getInputProps('model')} />
          <NumberInput label={f('capacity')} min={0} decimalScale={3} hideControls {...form.getInputProps('capacity')} />
        </SimpleGrid>
        <SimpleGrid cols={3} spacing="sm">
          <TextInput label={f('plate')} required autoComplete="off" {...form.getInputProps('plate')} />
          <Input.Wrapper label={f('ownership')} labelElement="div" style={{ gridColumn: 'span 2' }}>
            <div>
              <SegmentedControl
                aria-label={f('ownership')}
                value={form.values.ownership}
                onChange={(v) => form.setFieldValue('ownership', v as MachineFormValues['ownership'])}
                data={[
                  { value: 'own', label: f('own') },
                  { value: 'supplier', label: f('supplier') },
                ]}
              />
            </div>
          </Input.Wrapper>
        </SimpleGrid>
        {supplier && (
          <SimpleGrid cols={2} spacing="sm">
            <SupplierField value={form.values.supplier} onChange={(s) => form.setFieldValue('supplier', s)} error={form.errors.supplier as string | undefined} />
            <NumberInput label={f('supplierPrice')} description={f('supplierPriceHint')} {...money} {...form.getInputProps('supplierPrice')} />
          </SimpleGrid>
        )}
        <SimpleGrid cols={3} spacing="sm">
          <NumberInput label={f('hourlyRate')} required {...money} {...form.getInputProps('hourlyRate')} />
          <NumberInput label={f('minHours')} min={0} decimalScale={2} hideControls {...form.getInputProps('minHours')} />
          <NumberInput label={f('ratePerKm')} {...money} {...form.getInputProps('ratePerKm')} />
        </SimpleGrid>
        <Checkbox label={t('rentals.active')} description={t('rentals.activeHint')} {...form.getInputProps('active', { type: 'checkbox' })} />
        <FormFooter saving={saving} onCancel={onCancel} onRemoved={onSaved} />
      </Stack>
    </form>
  );
}
