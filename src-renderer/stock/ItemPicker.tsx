import { useState, type Ref } from 'react';
import { Combobox, Group, Text, TextInput, useCombobox } from '@mantine/core';
import { IconBarcode } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { call } from '../api/client';
import { notifyError } from '../app/notify';
import { useLanguage } from '../i18n';
import { formatMoney } from '../format';
import { formatQty } from './stock-numbers';
import { useItemSearch } from './use-item-search';
import type { StockItem } from './stock-types';

/** 'scan': found by exact code and Enter (keep the cursor here for the next scan); 'choose': picked from the list. */
export type PickedHow = 'scan' | 'choose';

type Props = {
  label: string;
  placeholder: string;
  onPick: (item: StockItem, how: PickedHow) => void;
  /** Whose availability to show next to each suggestion. */
  warehouseId?: string | null;
  ref?: Ref<HTMLInputElement>;
};

/**
 * Adds items to a document: suggestions while typing, and Enter for what a barcode scanner
 * sends (the code, then Enter): exactly one match is added at once.
 */
export function ItemPicker({ label, placeholder, onPick, warehouseId, ref }: Props) {
  const { t } = useTranslation();
  const language = useLanguage();
  const combobox = useCombobox({ onDropdownClose: () => combobox.resetSelectedOption() });
  const [text, setText] = useState('');
  const found = useItemSearch(text, 12);

  const pick = (item: StockItem, how: PickedHow) => {
    setText('');
    combobox.closeDropdown();
    onPick(item, how);
  };

  const lookUp = async (code: string) => {
    if (!code.trim()) return;
    try {
      const { items } = await call('items.search', { q: code.trim(), limit: 2 });
      if (items.length === 1) pick(items[0], 'scan');
      else if (items.length === 0) notifyError(new Error(t('stock.doc.notFoundCode', { q: code.trim() })));
      else combobox.openDropdown();
    } catch (e) {
      notifyError(e);
    }
  };

  const available = (item: StockItem) => {
    const w = warehouseId ? item.warehouses.find((x) => x.warehouseId === warehouseId) : null;
    return formatQty(warehouseId ? (w?.availableX1000 ?? 0) : item.availableX1000, language);
  };

  return (
    <Combobox
      store={combobox}
      onOptionSubmit={(id) => {
        const item = found.find((i) => i.id === id);
        if (item) pick(item, 'choose');
      }}
    >
      <Combobox.Target>
        <TextInput
          ref={ref}
          label={label}
          placeholder={placeholder}
          leftSection={<IconBarcode size={16} />}
          value={text}
          autoComplete="off"
          onChange={(e) => {
            setText(e.currentTarget.value);
            combobox.openDropdown();
            combobox.resetSelectedOption();
          }}
          onFocus={() => combobox.openDropdown()}
          onBlur={() => combobox.closeDropdown()}
          onKeyDown={(e) => {
            // A highlighted suggestion is the combobox's business; otherwise Enter is a scan.
            if (e.key === 'Enter' && combobox.getSelectedOptionIndex() === -1) {
              e.preventDefault();
              void lookUp(e.currentTarget.value);
            }
          }}
        />
      </Combobox.Target>
      <Combobox.Dropdown hidden={found.length === 0}>
        <Combobox.Options mah={320} style={{ overflowY: 'auto' }}>
          {found.map((item) => (
            <Combobox.Option key={item.id} value={item.id}>
              <Group justify="space-between" wrap="nowrap" gap="sm">
                <div>
                  <Text size="sm" fw={500}>
                    {item.name}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {[item.article, item.brand].filter(Boolean).join(' · ')}
                  </Text>
                </div>
                <Text size="xs" c="dimmed" ta="right" style={{ whiteSpace: 'nowrap' }}>
                  {available(item)} {t(`stock.unit.${item.unit}`)} · {formatMoney(item.effectiveSalePriceMinor, language)}
                </Text>
              </Group>
            </Combobox.Option>
          ))}
        </Combobox.Options>
      </Combobox.Dropdown>
    </Combobox>
  );
}
