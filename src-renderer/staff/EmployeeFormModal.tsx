import { useRef, useState } from 'react';
import { Button, Checkbox, Group, Modal, NumberInput, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { call } from '../api/client';
import { notifySuccess } from '../app/notify';
import { showServerErrors } from '../app/server-errors';
import { employeeInput, employeeRoles, employeeValues, type Employee, type EmployeeFormValues } from './employee-form';

type Props = { opened: boolean; employee?: Employee; onClose: () => void; onSaved: () => void };

export function EmployeeFormModal({ opened, employee, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={employee ? t('staff.editTitle') : t('staff.newTitle')} size="lg">
      <EmployeeForm employee={employee} onCancel={onClose} onSaved={onSaved} />
    </Modal>
  );
}

function EmployeeForm({ employee, onCancel, onSaved }: { employee?: Employee; onCancel: () => void; onSaved: () => void }) {
  const { t } = useTranslation();
  const form = useForm<EmployeeFormValues>({ initialValues: employeeValues(employee) });
  const [saving, setSaving] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);

  const save = async (values: EmployeeFormValues) => {
    setSaving(true);
    try {
      const input = employeeInput(values);
      if (employee) await call('employees.update', { id: employee.id, ...input });
      else await call('employees.create', input);
      notifySuccess(t('common.saved'));
      onSaved();
    } catch (e) {
      showServerErrors(form, e, formRef.current);
      if (form.errors.hourlyCostMinor) form.setFieldError('hourlyCost', form.errors.hourlyCostMinor);
    } finally {
      setSaving(false);
    }
  };

  return (
    <form ref={formRef} onSubmit={form.onSubmit(save)} noValidate>
      <Stack gap="sm">
        <TextInput label={t('staff.field.name')} required data-autofocus {...form.getInputProps('name')} />
        <SimpleGrid cols={3} spacing="sm">
          <Select label={t('staff.field.role')} data={employeeRoles.map((r) => ({ value: r, label: t(`staff.role.${r}`) }))} allowDeselect={false} {...form.getInputProps('role')} />
          <TextInput label={t('staff.field.phone')} type="tel" {...form.getInputProps('phone')} />
          <NumberInput label={t('staff.field.hourlyCost')} min={0} decimalScale={2} thousandSeparator=" " hideControls {...form.getInputProps('hourlyCost')} />
        </SimpleGrid>
        <Checkbox label={t('staff.field.active')} description={t('staff.activeHint')} {...form.getInputProps('active', { type: 'checkbox' })} />
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
