import { useRef, useState } from 'react';
import { ActionIcon, Group, Modal, NumberInput, Stack, Table, Text, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconArrowDown, IconArrowUp, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { FormFooter } from '../app/FormFooter';
import { ApiCallError, call, type ApiOutput } from '../api/client';
import { notifyError, notifySuccess } from '../app/notify';
import { useLanguage } from '../i18n';
import { formatHoursX100 } from '../format';
import { fromQuantityX1000, toQuantityX1000 } from '../form-units';
import { OperationPicker } from './OperationPicker';

export type Template = ApiOutput<'templates.get'>;
type Line = { operationId: string; code: string; name: string; standardHoursX100: number; quantity: number | string };
type TemplateValues = { name: string; notes: string; lines: Line[] };

type Props = { opened: boolean; template?: Template; onClose: () => void; onSaved: () => void };

export function TemplateFormModal({ opened, template, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={template ? t('catalogue.templates.editTitle') : t('catalogue.templates.newTitle')} size="xl">
      <TemplateForm template={template} onCancel={onClose} onSaved={onSaved} />
    </Modal>
  );
}

function TemplateForm({ template, onCancel, onSaved }: { template?: Template; onCancel: () => void; onSaved: () => void }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const form = useForm<TemplateValues>({
    initialValues: {
      name: template?.name ?? '',
      notes: template?.notes ?? '',
      lines: (template?.operations ?? []).map((o) => ({ operationId: o.operationId, code: o.code, name: o.name, standardHoursX100: o.standardHoursX100, quantity: fromQuantityX1000(o.quantityX1000) })),
    },
  });
  const [saving, setSaving] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const lines = form.values.lines;
  const totalX100 = lines.reduce((s, l) => s + Math.round((l.standardHoursX100 * (toQuantityX1000(l.quantity) ?? 0)) / 1000), 0);

  const save = async (v: TemplateValues) => {
    setSaving(true);
    try {
      const input = { name: v.name, notes: v.notes, operations: v.lines.map((l) => ({ operationId: l.operationId, quantityX1000: toQuantityX1000(l.quantity) ?? -1 })) };
      if (template) await call('templates.update', { id: template.id, ...input });
      else await call('templates.create', input);
      notifySuccess(t('common.saved'));
      onSaved();
    } catch (e) {
      if (e instanceof ApiCallError && Object.keys(e.fields).length) {
        form.setErrors(Object.fromEntries(Object.entries(e.fields).map(([p, m]) => [p.replace(/^operations\.(\d+)\.quantityX1000$/, 'lines.$1.quantity').replace(/^operations$/, 'lines'), m])));
      }
      notifyError(e);
    } finally {
      setSaving(false);
    }
  };

  return (
    <form ref={formRef} onSubmit={form.onSubmit(save)} noValidate>
      <Stack gap="sm">
        <TextInput label={t('catalogue.templates.field.name')} required data-autofocus {...form.getInputProps('name')} />
        <Textarea label={t('catalogue.templates.field.notes')} autosize minRows={1} maxRows={4} {...form.getInputProps('notes')} />
        <div>
          <Text size="sm" fw={500} mb={4}>
            {t('catalogue.templates.operations')}
          </Text>
          {lines.length > 0 ? (
            <Table fz="sm" verticalSpacing={3} horizontalSpacing={6} aria-label={t('catalogue.templates.operations')} mb={6}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th w={28}>#</Table.Th>
                  <Table.Th>{t('request.col.operation')}</Table.Th>
                  <Table.Th w={80} ta="right" style={{ whiteSpace: 'nowrap' }}>
                    {t('request.col.hours')}
                  </Table.Th>
                  <Table.Th w={90}>{t('request.col.quantity')}</Table.Th>
                  <Table.Th w={100} />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {lines.map((l, i) => (
                  <Table.Tr key={`${l.operationId}-${i}`}>
                    <Table.Td c="dimmed">{i + 1}</Table.Td>
                    <Table.Td>
                      <Text span size="xs" c="dimmed" ff="monospace" mr={6}>
                        {l.code}
                      </Text>
                      {l.name}
                    </Table.Td>
                    <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                      {formatHoursX100(l.standardHoursX100, language)}
                    </Table.Td>
                    <Table.Td>
                      <NumberInput size="xs" aria-label={t('request.lineQuantity', { n: i + 1 })} min={0.001} decimalScale={3} hideControls {...form.getInputProps(`lines.${i}.quantity`)} />
                    </Table.Td>
                    <Table.Td>
                      <Group gap={0} wrap="nowrap" justify="flex-end">
                        <ActionIcon variant="subtle" color="gray" disabled={i === 0} aria-label={t('catalogue.templates.moveUp', { n: i + 1 })} onClick={() => form.reorderListItem('lines', { from: i, to: i - 1 })}>
                          <IconArrowUp size={14} />
                        </ActionIcon>
                        <ActionIcon variant="subtle" color="gray" disabled={i === lines.length - 1} aria-label={t('catalogue.templates.moveDown', { n: i + 1 })} onClick={() => form.reorderListItem('lines', { from: i, to: i + 1 })}>
                          <IconArrowDown size={14} />
                        </ActionIcon>
                        <ActionIcon variant="subtle" color="gray" aria-label={t('request.removeLine', { n: i + 1 })} onClick={() => form.removeListItem('lines', i)}>
                          <IconTrash size={14} />
                        </ActionIcon>
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          ) : (
            <Text size="sm" c={form.errors.lines ? 'red' : 'dimmed'} mb={6}>
              {form.errors.lines ?? t('catalogue.templates.noOperations')}
            </Text>
          )}
          <Group justify="space-between" align="flex-end">
            <div style={{ width: 420 }}>
              <OperationPicker label={t('request.addOperation')} onPick={(op) => form.insertListItem('lines', { operationId: op.id, code: op.code, name: op.name, standardHoursX100: op.standardHoursX100, quantity: 1 })} />
            </div>
            <Text size="sm">
              {t('catalogue.templates.total')}: <b>{formatHoursX100(totalX100, language)}</b>
            </Text>
          </Group>
        </div>
        <FormFooter
          saving={saving}
          onCancel={onCancel}
          onRemoved={onSaved}
          removal={
            template
              ? {
                  title: t('catalogue.templates.removeTitle'),
                  message: t('catalogue.templates.removeConfirm', { name: template.name }),
                  remove: () => call('templates.remove', { id: template.id }),
                }
              : undefined
          }
        />
      </Stack>
    </form>
  );
}
