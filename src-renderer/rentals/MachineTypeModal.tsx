import { useRef, useState } from 'react';
import { Modal, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { call } from '../api/client';
import { FormFooter } from '../app/FormFooter';
import { notifySuccess } from '../app/notify';
import { showServerErrors } from '../app/server-errors';
import type { MachineType } from './rental-types';

type Props = { opened: boolean; type?: MachineType; onClose: () => void; onSaved: () => void };

/** A machine type's name: a new one, or a rename. */
export function MachineTypeModal({ opened, type, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={type ? t('rentals.fleet.types.editTitle') : t('rentals.fleet.types.newTitle')} size="sm">
      <TypeForm type={type} onCancel={onClose} onSaved={onSaved} />
    </Modal>
  );
}

function TypeForm({ type, onCancel, onSaved }: { type?: MachineType; onCancel: () => void; onSaved: () => void }) {
  const { t } = useTranslation();
  const form = useForm({ initialValues: { name: type?.name ?? '' } });
  const [saving, setSaving] = useState(false);
  const ref = useRef<HTMLFormElement>(null);
  const save = async ({ name }: { name: string }) => {
    setSaving(true);
    try {
      if (type) await call('machineTypes.update', { id: type.id, name });
      else await call('machineTypes.create', { name });
      notifySuccess(t('common.saved'));
      onSaved();
    } catch (e) {
      showServerErrors(form, e, ref.current);
    } finally {
      setSaving(false);
    }
  };
  return (
    <form ref={ref} onSubmit={form.onSubmit(save)} noValidate>
      <Stack gap="sm">
        <TextInput label={t('rentals.fleet.types.name')} required data-autofocus {...form.getInputProps('name')} />
        <FormFooter saving={saving} onCancel={onCancel} onRemoved={onSaved} />
      </Stack>
    </form>
  );
}
