import { useEffect, useState } from 'react';
import { Select, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { call } from '../api/client';
import { formatPhone, formatPlate } from '../format';
import type { CustomerListItem } from './store';

type Props = {
  label: string;
  value: CustomerListItem | null;
  onChange: (customer: CustomerListItem | null) => void;
  /** Left out of the choices (e.g. the current owner). */
  excludeId?: string;
  error?: string;
  /** Take the focus when the dialog opens (the default: the picker is usually the dialog's point). */
  autoFocus?: boolean;
  disabled?: boolean;
  /** Show the newest customers as soon as the box gets the focus (off where the list would hide a form). */
  openOnFocus?: boolean;
};

/** Choose a customer by typing any fragment the customer search understands. */
export function CustomerPicker({ label, value, onChange, excludeId, error, autoFocus = true, disabled, openOnFocus = true }: Props) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 150);
  const [found, setFound] = useState<CustomerListItem[]>([]);

  useEffect(() => {
    let current = true;
    // Once chosen, the box shows the name; searching for it again would be noise.
    const q = value && debounced === value.name ? '' : debounced;
    call('customers.search', { q, limit: 20 }).then(
      (r) => current && setFound(r.items.filter((c) => c.id !== excludeId)),
      () => current && setFound([]),
    );
    return () => {
      current = false;
    };
  }, [debounced, excludeId, value]);

  const items = value && !found.some((c) => c.id === value.id) ? [value, ...found] : found;
  const byId = new Map(items.map((c) => [c.id, c]));

  return (
    <Select
      label={label}
      placeholder={t('vehicles.newOwnerPlaceholder')}
      searchable
      clearable
      data={items.map((c) => ({ value: c.id, label: c.name }))}
      filter={({ options }) => options}
      searchValue={search}
      onSearchChange={setSearch}
      value={value?.id ?? null}
      onChange={(id) => onChange(id ? (byId.get(id) ?? null) : null)}
      error={error}
      nothingFoundMessage={t('customers.empty')}
      maxDropdownHeight={320}
      renderOption={({ option }) => {
        const c = byId.get(option.value);
        return (
          <div>
            <Text size="sm">{option.label}</Text>
            {c && (
              <Text size="xs" c="dimmed">
                {[...c.phones.slice(0, 2).map(formatPhone), ...c.vehicles.slice(0, 2).map((v) => formatPlate(v.plate))].filter(Boolean).join(' · ')}
              </Text>
            )}
          </div>
        );
      }}
      data-autofocus={autoFocus || undefined}
      disabled={disabled}
      openOnFocus={openOnFocus}
    />
  );
}
