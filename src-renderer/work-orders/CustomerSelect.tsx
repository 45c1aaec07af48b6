import { useEffect, useState } from 'react';
import { Select, Text, type SelectProps } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { call } from '../api/client';
import { formatPhone, formatPlate } from '../format';
import type { CustomerListItem } from '../customers/store';

type Props = Omit<SelectProps, 'value' | 'onChange' | 'data'> & {
  value: CustomerListItem | null;
  onChange: (customer: CustomerListItem | null) => void;
};

/**
 * A customer (or any counterparty: an insurer, a fleet) found by any fragment the customer
 * search understands. Like customers/CustomerPicker, but sized and labelled by the caller, for
 * filter bars and dense forms.
 */
export function CustomerSelect({ value, onChange, ...rest }: Props) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 150);
  const [found, setFound] = useState<CustomerListItem[]>([]);

  useEffect(() => {
    let current = true;
    const q = value && debounced === value.name ? '' : debounced;
    call('customers.search', { q, limit: 20 }).then(
      (r) => current && setFound(r.items),
      () => current && setFound([]),
    );
    return () => {
      current = false;
    };
  }, [debounced, value]);

  const items = value && !found.some((c) => c.id === value.id) ? [value, ...found] : found;
  const byId = new Map(items.map((c) => [c.id, c]));

  return (
    <Select
      searchable
      clearable
      placeholder={t('vehicles.newOwnerPlaceholder')}
      nothingFoundMessage={t('customers.empty')}
      maxDropdownHeight={320}
      comboboxProps={{ width: 340, position: 'bottom-start' }}
      {...rest}
      data={items.map((c) => ({ value: c.id, label: c.name }))}
      filter={({ options }) => options}
      searchValue={search}
      onSearchChange={setSearch}
      value={value?.id ?? null}
      onChange={(id) => onChange(id ? (byId.get(id) ?? null) : null)}
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
    />
  );
}
