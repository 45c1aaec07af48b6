import { useEffect, useState } from 'react';
import { ActionIcon, Button, Group, NumberInput, Select, Table, Text, TextInput, VisuallyHidden } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { call } from '../api/client';
import { notifyError } from '../app/notify';
import { useLanguage } from '../i18n';
import { formatHoursX100, formatMoney } from '../format';
import { fromHoursX100, fromQuantityX1000 } from '../form-units';
import type { BookingForm } from '../scheduler/booking-form';
import { OperationPicker } from '../catalogue/OperationPicker';
import { lineKey, type LineValues } from './request-form';

function catalogueLine(op: { id: string; code: string; name: string; standardHoursX100: number }, quantityX1000 = 1000): LineValues {
  return { key: lineKey(), operationId: op.id, code: op.code, name: op.name, hours: fromHoursX100(op.standardHoursX100), quantity: fromQuantityX1000(quantityX1000), amountMinor: null };
}

/** Preliminary operations: from the catalogue, from a repair template, or typed with their hours. */
export function OperationLines({ form, locked }: { form: BookingForm; locked: boolean }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const lines = form.values.lines;

  const add = (added: LineValues[]) => form.setFieldValue('lines', [...form.getValues().lines, ...added]);
  // Editing a line makes its saved amount stale.
  const edit = (i: number, field: 'name' | 'hours' | 'quantity', value: string | number) => {
    form.setFieldValue(`lines.${i}.${field}`, value);
    form.setFieldValue(`lines.${i}.amountMinor`, null);
  };

  return (
    <div>
      {lines.length > 0 && (
        <Table fz="sm" verticalSpacing={3} horizontalSpacing={6} aria-label={t('request.operations')} mb={6}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('request.col.operation')}</Table.Th>
              <Table.Th w={100} ta="right" style={{ whiteSpace: 'nowrap' }}>
                {t('request.col.hours')}
              </Table.Th>
              <Table.Th w={80} ta="right">
                {t('request.col.quantity')}
              </Table.Th>
              <Table.Th w={110} ta="right">
                {t('request.col.amount')}
              </Table.Th>
              <Table.Th w={32}>
                <VisuallyHidden>{t('common.actions')}</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {lines.map((l, i) => (
              <Table.Tr key={l.key}>
                <Table.Td>
                  {l.operationId ? (
                    <Text size="sm" lineClamp={2}>
                      <Text span size="xs" c="dimmed" ff="monospace" mr={6}>
                        {l.code}
                      </Text>
                      {l.name}
                    </Text>
                  ) : (
                    <TextInput size="xs" aria-label={t('request.lineName', { n: i + 1 })} placeholder={t('request.freeTextPlaceholder')} disabled={locked} {...form.getInputProps(`lines.${i}.name`)} onChange={(e) => edit(i, 'name', e.currentTarget.value)} />
                  )}
                </Table.Td>
                <Table.Td ta="right">
                  {l.operationId ? (
                    <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                      {formatHoursX100(Math.round(Number(l.hours) * 100), language)}
                    </Text>
                  ) : (
                    <NumberInput size="xs" aria-label={t('request.lineHours', { n: i + 1 })} min={0} decimalScale={2} hideControls disabled={locked} {...form.getInputProps(`lines.${i}.hours`)} onChange={(v) => edit(i, 'hours', v)} />
                  )}
                </Table.Td>
                <Table.Td>
                  <NumberInput size="xs" aria-label={t('request.lineQuantity', { n: i + 1 })} min={0.001} decimalScale={3} hideControls disabled={locked} {...form.getInputProps(`lines.${i}.quantity`)} onChange={(v) => edit(i, 'quantity', v)} />
                </Table.Td>
                <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                  {l.amountMinor === null ? <Text span size="sm" c="dimmed">—</Text> : formatMoney(l.amountMinor, language)}
                </Table.Td>
                <Table.Td>
                  {!locked && (
                    <ActionIcon variant="subtle" color="gray" size="sm" aria-label={t('request.removeLine', { n: i + 1 })} onClick={() => form.removeListItem('lines', i)}>
                      <IconTrash size={14} />
                    </ActionIcon>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {!locked && (
        <Group gap="xs" align="flex-end" wrap="nowrap">
          <OperationPicker label={t('request.addOperation')} onPick={(op) => add([catalogueLine(op)])} />
          <TemplatePicker onPick={add} />
          <Button variant="default" size="xs" leftSection={<IconPlus size={14} />} onClick={() => add([{ key: lineKey(), operationId: null, code: '', name: '', hours: 1, quantity: 1, amountMinor: null }])} style={{ flexShrink: 0 }}>
            {t('request.addFreeText')}
          </Button>
        </Group>
      )}
    </div>
  );
}

/** A repair template adds its operations in order, with their quantities. */
function TemplatePicker({ onPick }: { onPick: (lines: LineValues[]) => void }) {
  const { t } = useTranslation();
  const [templates, setTemplates] = useState<{ value: string; label: string }[]>([]);
  useEffect(() => {
    let current = true;
    call('templates.list', {}).then(
      (r) => current && setTemplates(r.items.map((x) => ({ value: x.id, label: x.name }))),
      () => current && setTemplates([]),
    );
    return () => {
      current = false;
    };
  }, []);
  if (!templates.length) return null;
  return (
    <Select
      size="xs"
      style={{ flex: 1 }}
      label={t('request.addTemplate')}
      placeholder={t('request.addTemplatePlaceholder')}
      searchable
      data={templates}
      value={null}
      onChange={(id) => {
        if (!id) return;
        call('templates.get', { id }).then((tpl) => onPick(tpl.operations.map((o) => catalogueLine({ id: o.operationId, code: o.code, name: o.name, standardHoursX100: o.standardHoursX100 }, o.quantityX1000))), notifyError);
      }}
    />
  );
}
