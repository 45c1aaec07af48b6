import { useRef, useState } from 'react';
import { Button, Checkbox, Group, Modal, NumberInput, SegmentedControl, SimpleGrid, Stack, Textarea, TextInput, Input } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { call, type ApiOutput } from '../api/client';
import { notifySuccess } from '../app/notify';
import { showServerErrors } from '../app/server-errors';
import { formatPhone } from '../format';
import { customerInput, customerValues, emptyCustomerValues, type Customer, type CustomerFormValues, type CustomerKind } from './customer-form';
import { PhonesField } from './PhonesField';
import { MessengersField } from './MessengersField';

type Saved = ApiOutput<'customers.create'>;
type Props = { opened: boolean; onClose: () => void; onSaved: (customer: Saved) => void; customer?: Customer };

/** Create (no `customer`) or edit a person or company. */
export function CustomerFormModal({ opened, onClose, onSaved, customer }: Props) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={customer ? t('customers.editTitle') : t('customers.newTitle')} size="xl">
      <CustomerForm customer={customer} onCancel={onClose} onSaved={onSaved} />
    </Modal>
  );
}

function CustomerForm({ customer, onCancel, onSaved }: { customer?: Customer; onCancel: () => void; onSaved: (c: Saved) => void }) {
  const { t } = useTranslation();
  const form = useForm<CustomerFormValues>({ initialValues: customer ? customerValues(customer, formatPhone) : emptyCustomerValues() });
  const [saving, setSaving] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const company = form.values.kind === 'company';

  const save = async (values: CustomerFormValues) => {
    setSaving(true);
    try {
      const input = customerInput(values);
      const saved = customer ? await call('customers.update', { id: customer.id, ...input }) : await call('customers.create', input);
      notifySuccess(customer ? t('customers.updated') : t('customers.created'));
      onSaved(saved);
    } catch (e) {
      showServerErrors(form, e, formRef.current);
    } finally {
      setSaving(false);
    }
  };

  return (
    <form ref={formRef} onSubmit={form.onSubmit(save)} noValidate>
      <Stack gap="sm">
        <Input.Wrapper label={t('customers.kind.label')} labelElement="div">
          <div>
            <SegmentedControl
              aria-label={t('customers.kind.label')}
              size="sm"
              data={[
                { value: 'person', label: t('customers.kind.person') },
                { value: 'company', label: t('customers.kind.company') },
              ]}
              value={form.values.kind}
              onChange={(v) => form.setFieldValue('kind', v as CustomerKind)}
            />
          </div>
        </Input.Wrapper>
        <TextInput label={company ? t('customers.field.companyName') : t('customers.field.name')} required data-autofocus {...form.getInputProps('name')} />
        <SimpleGrid cols={2} spacing="md">
          <Stack gap="sm">
            <PhonesField form={form} />
            <TextInput type="email" label={t('customers.field.email')} {...form.getInputProps('email')} />
          </Stack>
          <Stack gap="sm">
            <MessengersField form={form} />
            <Checkbox label={t('customers.field.consent')} {...form.getInputProps('consentToMessages', { type: 'checkbox' })} />
          </Stack>
        </SimpleGrid>
        <SimpleGrid cols={3} spacing="md">
          <TextInput label={t('customers.field.inn')} inputMode="numeric" maxLength={14} {...form.getInputProps('inn')} />
          {company && <TextInput label={t('customers.field.kpp')} maxLength={11} {...form.getInputProps('kpp')} />}
          <NumberInput label={t('customers.field.discount')} min={0} max={100} allowDecimal={false} clampBehavior="strict" {...form.getInputProps('discountPct')} />
        </SimpleGrid>
        <Textarea label={t('customers.field.notes')} autosize minRows={2} maxRows={6} {...form.getInputProps('notes')} />
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
