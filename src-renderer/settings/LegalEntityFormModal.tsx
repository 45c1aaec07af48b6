import { useRef, useState } from 'react';
import { Checkbox, Divider, Group, Input, Modal, NumberInput, SegmentedControl, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { FormFooter } from '../app/FormFooter';
import { call } from '../api/client';
import { notifySuccess } from '../app/notify';
import { showServerErrors } from '../app/server-errors';
import { emptyLegalEntityValues, legalEntityInput, legalEntityValues, vatModes, type LegalEntity, type LegalEntityFormValues, type VatMode } from './legal-entity-form';

const monospace = { input: { fontFamily: 'var(--mantine-font-family-monospace)' } };

type Props = { opened: boolean; onClose: () => void; onSaved: () => void; entity?: LegalEntity };

export function LegalEntityFormModal({ opened, onClose, onSaved, entity }: Props) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={entity ? t('settings.entities.editTitle') : t('settings.entities.newTitle')} size="xl">
      <LegalEntityForm entity={entity} onCancel={onClose} onSaved={onSaved} />
    </Modal>
  );
}

function LegalEntityForm({ entity, onCancel, onSaved }: { entity?: LegalEntity; onCancel: () => void; onSaved: () => void }) {
  const { t } = useTranslation();
  const form = useForm<LegalEntityFormValues>({ initialValues: entity ? legalEntityValues(entity) : emptyLegalEntityValues() });
  const [saving, setSaving] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const f = (key: keyof LegalEntityFormValues) => t(`settings.entities.field.${key === 'vatRatePct' ? 'vatRate' : key}`);

  const save = async (values: LegalEntityFormValues) => {
    setSaving(true);
    try {
      const input = legalEntityInput(values);
      if (entity) await call('legalEntities.update', { id: entity.id, ...input });
      else await call('legalEntities.create', input);
      notifySuccess(t('common.saved'));
      onSaved();
    } catch (e) {
      // The back end names the rate "vatRateBp"; the form shows it in per cent.
      showServerErrors(form, e, formRef.current);
      const bp = form.errors.vatRateBp;
      if (bp) form.setFieldError('vatRatePct', bp);
    } finally {
      setSaving(false);
    }
  };

  return (
    <form ref={formRef} onSubmit={form.onSubmit(save)} noValidate>
      <Stack gap="sm">
        <TextInput label={f('name')} required data-autofocus {...form.getInputProps('name')} />
        <SimpleGrid cols={3}>
          <TextInput label={f('inn')} required inputMode="numeric" {...form.getInputProps('inn')} />
          <TextInput label={f('kpp')} {...form.getInputProps('kpp')} />
          <TextInput label={f('ogrn')} inputMode="numeric" {...form.getInputProps('ogrn')} />
        </SimpleGrid>
        <SimpleGrid cols={3}>
          <TextInput label={f('address')} required style={{ gridColumn: 'span 2' }} {...form.getInputProps('address')} />
          <TextInput label={f('phone')} type="tel" {...form.getInputProps('phone')} />
        </SimpleGrid>
        <Divider label={t('settings.entities.bank')} labelPosition="left" />
        <SimpleGrid cols={2}>
          <TextInput label={f('bankName')} {...form.getInputProps('bankName')} />
          <TextInput label={f('bic')} inputMode="numeric" {...form.getInputProps('bic')} />
          <TextInput label={f('bankAccount')} inputMode="numeric" styles={monospace} {...form.getInputProps('bankAccount')} />
          <TextInput label={f('corrAccount')} inputMode="numeric" styles={monospace} {...form.getInputProps('corrAccount')} />
        </SimpleGrid>
        <Divider />
        <Group align="flex-end" gap="md">
          <Input.Wrapper label={f('vatMode')} labelElement="div" error={form.errors.vatMode}>
            <div>
              <SegmentedControl
                aria-label={f('vatMode')}
                data={vatModes.map((m) => ({ value: m, label: t(`settings.entities.vat.${m}`) }))}
                value={form.values.vatMode}
                onChange={(v) => form.setFieldValue('vatMode', v as VatMode)}
              />
            </div>
          </Input.Wrapper>
          {form.values.vatMode !== 'none' && (
            <NumberInput label={f('vatRatePct')} w={140} min={0} max={100} decimalScale={2} allowNegative={false} {...form.getInputProps('vatRatePct')} />
          )}
        </Group>
        <Checkbox
          label={f('isDefault')}
          description={entity?.isDefault ? t('settings.entities.defaultLocked') : undefined}
          disabled={entity?.isDefault}
          {...form.getInputProps('isDefault', { type: 'checkbox' })}
        />
        <FormFooter
          saving={saving}
          onCancel={onCancel}
          onRemoved={onSaved}
          removal={
            entity
              ? {
                  title: t('settings.entities.removeTitle'),
                  message: t('settings.entities.removeConfirm', { name: entity.name }),
                  remove: () => call('legalEntities.remove', { id: entity.id }),
                }
              : undefined
          }
        />
      </Stack>
    </form>
  );
}
