import { useRef, useState } from 'react';
import { ActionIcon, Autocomplete, Button, Checkbox, Divider, Group, Input, Modal, NumberInput, SegmentedControl, Select, SimpleGrid, Stack, Table, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { FormFooter } from '../app/FormFooter';
import { ApiCallError, call } from '../api/client';
import { notifyError, notifySuccess } from '../app/notify';
import { useLanguage } from '../i18n';
import { formatMoney } from '../format';
import { commonMakes } from '../vehicles/vehicle-form';
import { vehicleClasses, type VehicleClass } from '../vehicles/vehicle-classes';
import { operationFormPath, operationInput, operationValues, type OperationFormValues, type OperationWithNorms } from './operation-form';

type Props = { opened: boolean; operation?: OperationWithNorms; branchRateMinor: number; onClose: () => void; onSaved: () => void };

export function OperationFormModal({ opened, operation, branchRateMinor, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={operation ? t('catalogue.operations.editTitle') : t('catalogue.operations.newTitle')} size="xl">
      <OperationForm operation={operation} branchRateMinor={branchRateMinor} onCancel={onClose} onSaved={onSaved} />
    </Modal>
  );
}

function OperationForm({ operation, branchRateMinor, onCancel, onSaved }: Omit<Props, 'opened' | 'onClose'> & { onCancel: () => void }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const form = useForm<OperationFormValues>({ initialValues: operationValues(operation) });
  const [saving, setSaving] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const v = form.values;

  const save = async (values: OperationFormValues) => {
    setSaving(true);
    try {
      const input = operationInput(values);
      if (operation) await call('operations.update', { id: operation.id, ...input });
      else await call('operations.create', input);
      notifySuccess(t('common.saved'));
      onSaved();
    } catch (e) {
      if (e instanceof ApiCallError && Object.keys(e.fields).length) {
        form.setErrors(Object.fromEntries(Object.entries(e.fields).map(([p, m]) => [operationFormPath(p), m])));
        setTimeout(() => formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(), 0);
      }
      notifyError(e);
    } finally {
      setSaving(false);
    }
  };

  return (
    <form ref={formRef} onSubmit={form.onSubmit(save)} noValidate>
      <Stack gap="sm">
        <SimpleGrid cols={4} spacing="sm">
          <TextInput label={t('catalogue.operations.field.code')} required data-autofocus {...form.getInputProps('code')} />
          <TextInput label={t('catalogue.operations.field.name')} required style={{ gridColumn: 'span 3' }} {...form.getInputProps('name')} />
        </SimpleGrid>
        <Group gap="md" align="flex-end">
          <NumberInput label={t('catalogue.operations.field.hours')} description={t('catalogue.operations.hoursHint')} required w={200} min={0} decimalScale={2} step={0.1} {...form.getInputProps('hours')} />
          <Input.Wrapper label={t('catalogue.operations.field.rate')} labelElement="div">
            <div>
              <SegmentedControl
                aria-label={t('catalogue.operations.field.rate')}
                data={[
                  { value: 'branch', label: t('catalogue.operations.branchRate', { rate: formatMoney(branchRateMinor, language) }) },
                  { value: 'own', label: t('catalogue.operations.ownRate') },
                ]}
                value={v.ownRate ? 'own' : 'branch'}
                onChange={(x) => form.setFieldValue('ownRate', x === 'own')}
              />
            </div>
          </Input.Wrapper>
          {v.ownRate && <NumberInput label={t('catalogue.operations.field.ownRate')} w={170} min={0} decimalScale={2} thousandSeparator=" " hideControls {...form.getInputProps('rate')} />}
        </Group>
        <Checkbox label={t('catalogue.operations.field.active')} {...form.getInputProps('active', { type: 'checkbox' })} />
        <Divider label={t('catalogue.operations.norms')} labelPosition="left" />
        <Text size="xs" c="dimmed" mt={-6}>
          {t('catalogue.operations.normsHint')}
        </Text>
        {v.norms.length > 0 && (
          <Table fz="sm" verticalSpacing={3} horizontalSpacing={4} aria-label={t('catalogue.operations.norms')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('vehicles.field.vehicleClass')}</Table.Th>
                <Table.Th>{t('vehicles.field.make')}</Table.Th>
                <Table.Th>{t('vehicles.field.model')}</Table.Th>
                <Table.Th w={120} style={{ whiteSpace: 'nowrap' }}>{t('catalogue.operations.col.hours')}</Table.Th>
                <Table.Th w={36} />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {v.norms.map((_, i) => (
                <Table.Tr key={i}>
                  <Table.Td>
                    <Select
                      size="xs"
                      aria-label={t('catalogue.operations.normClass', { n: i + 1 })}
                      data={vehicleClasses.map((c) => ({ value: c, label: t(`vehicles.class.${c}`) }))}
                      clearable
                      {...form.getInputProps(`norms.${i}.vehicleClass`)}
                      onChange={(c) => form.setFieldValue(`norms.${i}.vehicleClass`, c as VehicleClass | null)}
                    />
                  </Table.Td>
                  <Table.Td>
                    <Autocomplete size="xs" aria-label={t('catalogue.operations.normMake', { n: i + 1 })} data={commonMakes} limit={8} {...form.getInputProps(`norms.${i}.make`)} />
                  </Table.Td>
                  <Table.Td>
                    <TextInput size="xs" aria-label={t('catalogue.operations.normModel', { n: i + 1 })} {...form.getInputProps(`norms.${i}.model`)} />
                  </Table.Td>
                  <Table.Td>
                    <NumberInput size="xs" aria-label={t('catalogue.operations.normHours', { n: i + 1 })} min={0} decimalScale={2} hideControls {...form.getInputProps(`norms.${i}.hours`)} />
                  </Table.Td>
                  <Table.Td>
                    <ActionIcon variant="subtle" color="gray" aria-label={t('catalogue.operations.removeNorm', { n: i + 1 })} onClick={() => form.removeListItem('norms', i)}>
                      <IconTrash size={14} />
                    </ActionIcon>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        <Button variant="default" size="xs" w="fit-content" leftSection={<IconPlus size={14} />} onClick={() => form.insertListItem('norms', { vehicleClass: null, make: '', model: '', hours: v.hours })}>
          {t('catalogue.operations.addNorm')}
        </Button>
        <FormFooter
          saving={saving}
          onCancel={onCancel}
          onRemoved={onSaved}
          removal={
            operation
              ? {
                  title: t('catalogue.operations.removeTitle'),
                  message: t('catalogue.operations.removeConfirm', { name: operation.name }),
                  remove: () => call('operations.remove', { id: operation.id }),
                }
              : undefined
          }
        />
      </Stack>
    </form>
  );
}
