import { useEffect, useState } from 'react';
import { Group, Select, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { call, type ApiOutput } from '../api/client';
import { useLanguage } from '../i18n';
import { formatHoursX100 } from '../format';

export type Operation = ApiOutput<'operations.search'>['items'][number];

type PickerProps = {
  label: string;
  onPick: (op: Operation) => void;
  id?: string;
  placeholder?: string;
  nothingFound?: string;
  flex?: string | number;
};

/** Search the labour catalogue by code or any part of the name (requests, work orders). */
export function OperationPicker({ label, onPick, id, placeholder, nothingFound, flex = 2 }: PickerProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 120);
  const [found, setFound] = useState<Operation[]>([]);

  useEffect(() => {
    let current = true;
    call('operations.search', { q: debounced, limit: 30 }).then(
      (r) => current && setFound(r.items),
      () => current && setFound([]),
    );
    return () => {
      current = false;
    };
  }, [debounced]);

  const byId = new Map(found.map((o) => [o.id, o]));
  return (
    <Select
      id={id}
      size="xs"
      style={{ flex }}
      label={label}
      placeholder={placeholder ?? t('catalogue.operations.pickPlaceholder')}
      searchable
      data={found.map((o) => ({ value: o.id, label: `${o.code} ${o.name}` }))}
      filter={({ options }) => options}
      searchValue={search}
      onSearchChange={setSearch}
      value={null}
      onChange={(id) => {
        const op = id ? byId.get(id) : undefined;
        if (op) onPick(op);
        setSearch('');
      }}
      nothingFoundMessage={nothingFound ?? t('catalogue.operations.noneFound')}
      maxDropdownHeight={300}
      comboboxProps={{ width: 460, position: 'bottom-start' }}
      renderOption={({ option }) => {
        const o = byId.get(option.value);
        return (
          <Group gap={6} wrap="nowrap" justify="space-between" w="100%">
            <Text size="sm" lineClamp={1}>
              <Text span size="xs" c="dimmed" ff="monospace" mr={6}>
                {o?.code}
              </Text>
              {o?.name}
            </Text>
            {o && (
              <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                {formatHoursX100(o.standardHoursX100, language)}
              </Text>
            )}
          </Group>
        );
      }}
    />
  );
}
