import { useEffect, useRef, useState } from 'react';
import { ActionIcon, Button, Group, Modal, Select, SimpleGrid, Stack, TextInput, Tooltip } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useDebouncedValue } from '@mantine/hooks';
import { IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ApiCallError, call } from '../api/client';
import { notifySuccess } from '../app/notify';
import { showServerErrors } from '../app/server-errors';

export type Supplier = { id: string; name: string };

type Props = { value: Supplier | null; onChange: (s: Supplier | null) => void; error?: string; readOnly?: boolean };

/** A supplier: one of the counterparties marked as suppliers, or a new one made on the spot. */
export function SupplierField({ value, onChange, error, readOnly }: Props) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 150);
  const [found, setFound] = useState<Supplier[]>([]);
  const [creating, setCreating] = useState(false);

  useEffect(() => {
    if (readOnly) return;
    let current = true;
    // Once chosen, the box shows the name; searching for it again would be noise.
    const q = value && debounced === value.name ? '' : debounced;
    call('customers.search', { q, limit: 20, suppliersOnly: true }).then(
      (r) => current && setFound(r.items.map((c) => ({ id: c.id, name: c.name }))),
      () => current && setFound([]),
    );
    return () => {
      current = false;
    };
  }, [debounced, value, readOnly]);

  const items = value && !found.some((s) => s.id === value.id) ? [value, ...found] : found;
  const byId = new Map(items.map((s) => [s.id, s]));

  return (
    <>
      <Group gap={4} wrap="nowrap" align="flex-end">
        <Select
          label={t('stock.doc.supplier')}
          placeholder={readOnly ? undefined : t('stock.doc.supplierPlaceholder')}
          required={!readOnly}
          searchable
          readOnly={readOnly}
          data={items.map((s) => ({ value: s.id, label: s.name }))}
          filter={({ options }) => options}
          searchValue={search}
          onSearchChange={setSearch}
          value={value?.id ?? null}
          onChange={(id) => onChange(id ? (byId.get(id) ?? null) : null)}
          error={error}
          nothingFoundMessage={t('stock.doc.noSuppliers')}
          style={{ flex: 1 }}
        />
        {!readOnly && (
          <Tooltip label={t('stock.doc.newSupplier')}>
            <ActionIcon variant="light" size={36} aria-label={t('stock.doc.newSupplier')} onClick={() => setCreating(true)} mb={error ? 22 : 0}>
              <IconPlus size={18} />
            </ActionIcon>
          </Tooltip>
        )}
      </Group>
      <Modal opened={creating} onClose={() => setCreating(false)} title={t('stock.supplier.title')} size="md">
        <NewSupplierForm
          initialName={value ? '' : search}
          onCancel={() => setCreating(false)}
          onSaved={(s) => {
            setCreating(false);
            onChange(s);
          }}
        />
      </Modal>
    </>
  );
}

type SupplierValues = { name: string; inn: string; kpp: string; phone: string };

function NewSupplierForm({ initialName, onCancel, onSaved }: { initialName: string; onCancel: () => void; onSaved: (s: Supplier) => void }) {
  const { t } = useTranslation();
  const form = useForm<SupplierValues>({ initialValues: { name: initialName, inn: '', kpp: '', phone: '' } });
  const [saving, setSaving] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);

  const save = async (v: SupplierValues) => {
    setSaving(true);
    try {
      const c = await call('customers.create', { kind: 'company', name: v.name, inn: v.inn, kpp: v.kpp || null, phones: [v.phone], isSupplier: true });
      notifySuccess(t('stock.supplier.created'));
      onSaved({ id: c.id, name: c.name });
    } catch (e) {
      showServerErrors(form, e, formRef.current);
      // The back end names the one phone box "phones.0".
      const phone = e instanceof ApiCallError ? (e.fields['phones.0'] ?? e.fields.phones) : undefined;
      if (phone) form.setFieldError('phone', phone);
    } finally {
      setSaving(false);
    }
  };

  // Its own <form> inside a modal (a portal), so Enter saves the supplier, not the document.
  return (
    <form
      ref={formRef}
      onSubmit={(e) => {
        e.stopPropagation();
        void form.onSubmit(save)(e);
      }}
      noValidate
    >
      <Stack gap="sm">
        <TextInput label={t('stock.supplier.name')} required data-autofocus {...form.getInputProps('name')} />
        <SimpleGrid cols={2} spacing="sm">
          <TextInput label={t('stock.supplier.inn')} inputMode="numeric" maxLength={12} {...form.getInputProps('inn')} />
          <TextInput label={t('stock.supplier.kpp')} maxLength={9} {...form.getInputProps('kpp')} />
        </SimpleGrid>
        <TextInput label={t('stock.supplier.phone')} type="tel" required {...form.getInputProps('phone')} />
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
