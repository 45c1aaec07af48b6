import { useRef, useState } from 'react';
import { Button, Group, Modal, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { call } from '../api/client';
import { useQuery } from '../api/use-query';
import { FormFooter } from '../app/FormFooter';
import { notifySuccess } from '../app/notify';
import { showServerErrors } from '../app/server-errors';
import { CustomerPicker } from '../customers/CustomerPicker';
import type { CustomerListItem } from '../customers/store';
import type { Deal } from './rental-types';

type Values = { customer: CustomerListItem | null; contactName: string; contactPhone: string; siteAddress: string; legalEntityId: string | null; notes: string };
type Props = { opened: boolean; deal?: Deal; onClose: () => void; onSaved: (deal: Deal) => void };

/** A new deal (customer, contact, site, our legal entity, notes), or the same details of an open one. */
export function DealFormModal({ opened, deal, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={deal ? t('rentals.dealForm.editTitle', { number: deal.number }) : t('rentals.dealForm.newTitle')} size="lg">
      <DealForm deal={deal} onCancel={onClose} onSaved={onSaved} />
    </Modal>
  );
}

function DealForm({ deal, onCancel, onSaved }: { deal?: Deal; onCancel: () => void; onSaved: Props['onSaved'] }) {
  const { t } = useTranslation();
  const entities = useQuery('legalEntities.list', {}).data?.items ?? [];
  const form = useForm<Values>({
    initialValues: {
      customer: null,
      contactName: deal?.contactName ?? '',
      contactPhone: deal?.contactPhone ?? '',
      siteAddress: deal?.siteAddress ?? '',
      legalEntityId: deal?.legalEntityId ?? null,
      notes: deal?.notes ?? '',
    },
    validate: { customer: (c) => (deal || c ? null : t('rentals.dealForm.customerRequired')) },
  });
  const [saving, setSaving] = useState(false);
  const ref = useRef<HTMLFormElement>(null);
  // The default legal entity (listed first) until the user picks another.
  const legalEntityId = form.values.legalEntityId ?? entities[0]?.id ?? null;

  const save = async (v: Values) => {
    setSaving(true);
    try {
      const details = { contactName: v.contactName, contactPhone: v.contactPhone, siteAddress: v.siteAddress, notes: v.notes, legalEntityId };
      const saved = deal ? await call('deals.update', { id: deal.id, ...details }) : await call('deals.create', { customerId: v.customer!.id, ...details });
      if (deal) notifySuccess(t('common.saved'));
      onSaved(saved);
    } catch (e) {
      showServerErrors(form, e, ref.current);
      if (form.errors.customerId) form.setFieldError('customer', form.errors.customerId);
    } finally {
      setSaving(false);
    }
  };

  return (
    <form ref={ref} onSubmit={form.onSubmit(save)} noValidate>
      <Stack gap="sm">
        {deal ? (
          <TextInput label={t('rentals.dealForm.customer')} value={deal.customer?.name ?? ''} readOnly variant="filled" />
        ) : (
          <CustomerPicker
            label={t('rentals.dealForm.customer')}
            value={form.values.customer}
            onChange={(c) => {
              form.setFieldValue('customer', c);
              if (c && !form.values.contactPhone && c.phones[0]) form.setFieldValue('contactPhone', c.phones[0]);
            }}
            error={form.errors.customer as string | undefined}
          />
        )}
        <SimpleGrid cols={2} spacing="sm">
          <TextInput label={t('rentals.dealForm.contactName')} data-autofocus={deal ? true : undefined} {...form.getInputProps('contactName')} />
          <TextInput label={t('rentals.dealForm.contactPhone')} type="tel" {...form.getInputProps('contactPhone')} />
        </SimpleGrid>
        <TextInput label={t('rentals.dealForm.siteAddress')} {...form.getInputProps('siteAddress')} />
        <Select
          label={t('rentals.dealForm.legalEntity')}
          data={entities.map((e) => ({ value: e.id, label: e.name }))}
          placeholder={entities.length ? undefined : t('rentals.dealForm.noLegalEntities')}
          allowDeselect={false}
          {...form.getInputProps('legalEntityId')}
          value={legalEntityId}
        />
        <Textarea label={t('rentals.dealForm.notes')} autosize minRows={2} maxRows={5} {...form.getInputProps('notes')} />
        {deal ? (
          <FormFooter saving={saving} onCancel={onCancel} onRemoved={onCancel} />
        ) : (
          <Group justify="flex-end" gap="xs">
            <Button variant="default" onClick={onCancel}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={saving}>
              {t('rentals.dealForm.create')}
            </Button>
          </Group>
        )}
      </Stack>
    </form>
  );
}
