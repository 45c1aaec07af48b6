import { useMemo, useRef, useState } from 'react';
import { Button, Checkbox, Group, Modal, MultiSelect, Select, SimpleGrid, Stack, TagsInput, Text, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { call } from '../api/client';
import { notifyError, notifySuccess } from '../app/notify';
import { useLanguage } from '../i18n';
import { formatMoney, formatPercentBp } from '../format';
import { itemFormErrors, itemInput, itemValues, vatRates, type ItemFormValues } from './item-form';
import { useItemGroups, useWarehouses } from './reference-data';
import { parseMoney, units, type Unit } from './stock-numbers';
import { useItemSearch } from './use-item-search';
import type { ItemDetails, StockItem, Warehouse } from './stock-types';

type Props = { opened: boolean; onClose: () => void; onSaved: (item: ItemDetails) => void; item?: ItemDetails };

/** Create (no `item`) or edit a catalogue item. */
export function ItemFormModal({ opened, onClose, onSaved, item }: Props) {
  const { t } = useTranslation();
  const warehouses = useWarehouses();
  return (
    <Modal opened={opened} onClose={onClose} title={item ? t('stock.form.editTitle') : t('stock.form.newTitle')} size="xl">
      {warehouses.length > 0 && <ItemForm item={item} warehouses={warehouses} onCancel={onClose} onSaved={onSaved} />}
    </Modal>
  );
}

function ItemForm({ item, warehouses, onCancel, onSaved }: { item?: ItemDetails; warehouses: Warehouse[]; onCancel: () => void; onSaved: (item: ItemDetails) => void }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { groups } = useItemGroups();
  const form = useForm<ItemFormValues>({ initialValues: itemValues(warehouses, language, item) });
  const [saving, setSaving] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const v = form.values;
  const group = groups.find((g) => g.id === v.groupId);

  const save = async (values: ItemFormValues) => {
    const checked = itemInput(values, t);
    if ('errors' in checked) {
      form.setErrors(checked.errors);
      return;
    }
    setSaving(true);
    try {
      const saved = item ? await call('items.update', { id: item.id, ...checked.input }) : await call('items.create', checked.input);
      notifySuccess(item ? t('stock.form.updated') : t('stock.form.created'));
      onSaved(saved);
    } catch (e) {
      form.setErrors(itemFormErrors(e, checked.minIndex, values.barcodes));
      setTimeout(() => formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(), 0);
      notifyError(e);
    } finally {
      setSaving(false);
    }
  };

  const purchase = parseMoney(v.purchasePrice) ?? 0;
  const markupPrice = Math.round((purchase * (10000 + (group?.markupBp ?? 0))) / 10000);
  const vatOptions = [...new Set([...vatRates, Number(v.vatRateBp)])].map((bp) => ({ value: String(bp), label: bp === 0 ? t('stock.form.vatNone') : formatPercentBp(bp, language) }));

  return (
    <form ref={formRef} onSubmit={form.onSubmit(save)} noValidate>
      <Stack gap="sm">
        <TextInput label={t('stock.form.name')} required data-autofocus {...form.getInputProps('name')} />
        <SimpleGrid cols={4} spacing="sm">
          <TextInput label={t('stock.form.article')} styles={{ input: { fontFamily: 'monospace' } }} {...form.getInputProps('article')} />
          <TextInput label={t('stock.form.brand')} {...form.getInputProps('brand')} />
          <Select
            label={t('stock.form.unit')}
            data={units.map((u) => ({ value: u, label: `${t(`stock.unitName.${u}`)} (${t(`stock.unit.${u}`)})` }))}
            allowDeselect={false}
            {...form.getInputProps('unit')}
            onChange={(u) => form.setFieldValue('unit', (u ?? 'pcs') as Unit)}
          />
          <Select
            label={t('stock.form.group')}
            placeholder={t('stock.form.noGroup')}
            data={groups.map((g) => ({ value: g.id, label: `${g.name} (+${formatPercentBp(g.markupBp, language)})` }))}
            clearable
            {...form.getInputProps('groupId')}
          />
        </SimpleGrid>
        <SimpleGrid cols={4} spacing="sm">
          <TextInput label={t('stock.form.purchasePrice')} inputMode="decimal" {...form.getInputProps('purchasePrice')} />
          <TextInput label={t('stock.form.salePrice')} inputMode="decimal" disabled={v.byMarkup} {...form.getInputProps('salePrice')} value={v.byMarkup ? '' : v.salePrice} placeholder={v.byMarkup ? formatMoney(markupPrice, language) : undefined} />
          <Stack gap={2} pt={26}>
            <Checkbox size="sm" label={t('stock.form.byMarkup')} {...form.getInputProps('byMarkup', { type: 'checkbox' })} />
            {v.byMarkup && (
              <Text size="xs" c="dimmed">
                {t('stock.form.byMarkupHint', { markup: formatPercentBp(group?.markupBp ?? 0, language), price: formatMoney(markupPrice, language) })}
              </Text>
            )}
          </Stack>
          <Select label={t('stock.form.vat')} data={vatOptions} allowDeselect={false} {...form.getInputProps('vatRateBp')} />
        </SimpleGrid>
        <SimpleGrid cols={4} spacing="sm">
          {v.minLevels.map((m, i) => (
            <TextInput
              key={m.warehouseId}
              label={t('stock.form.minAt', { warehouse: warehouses.find((w) => w.id === m.warehouseId)?.name ?? '' })}
              rightSection={<Text size="xs" c="dimmed">{t(`stock.unit.${v.unit}`)}</Text>}
              inputMode="decimal"
              {...form.getInputProps(`minLevels.${i}.qty`)}
            />
          ))}
        </SimpleGrid>
        <SimpleGrid cols={2} spacing="sm">
          <TagsInput label={t('stock.form.barcodes')} description={t('stock.form.barcodesHint')} clearable splitChars={[',', ' ']} {...form.getInputProps('barcodes')} />
          <AnaloguesField itemId={item?.id} initial={item?.analogues ?? []} value={v.analogueIds} onChange={(ids) => form.setFieldValue('analogueIds', ids)} />
        </SimpleGrid>
        <Textarea label={t('stock.form.notes')} autosize minRows={1} maxRows={5} {...form.getInputProps('notes')} />
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

function AnaloguesField({ itemId, initial, value, onChange }: { itemId?: string; initial: StockItem[]; value: string[]; onChange: (ids: string[]) => void }) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const found = useItemSearch(search);
  const [known, setKnown] = useState<Map<string, StockItem>>(() => new Map(initial.map((i) => [i.id, i])));
  const label = (i: StockItem) => [i.article, i.brand, i.name].filter(Boolean).join(' · ');
  const data = useMemo(() => {
    const all = new Map(known);
    for (const i of found) all.set(i.id, i);
    return [...all.values()].filter((i) => i.id !== itemId && (value.includes(i.id) || found.includes(i))).map((i) => ({ value: i.id, label: label(i) }));
  }, [known, found, value, itemId]);

  return (
    <MultiSelect
      label={t('stock.form.analogues')}
      description={t('stock.form.analoguesHint')}
      placeholder={value.length ? undefined : t('stock.form.analoguesPlaceholder')}
      searchable
      data={data}
      filter={({ options }) => options}
      searchValue={search}
      onSearchChange={setSearch}
      value={value}
      onChange={(ids) => {
        setKnown((k) => new Map([...k, ...found.map((i) => [i.id, i] as const)]));
        onChange(ids);
      }}
      clearable
    />
  );
}
