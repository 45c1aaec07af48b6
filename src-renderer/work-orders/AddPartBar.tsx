import { useEffect, useState } from 'react';
import { Button, Combobox, Group, Popover, Select, Stack, Text, TextInput, useCombobox } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconBarcode, IconPlus, IconUser } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { call, type ApiOutput } from '../api/client';
import { notifyError } from '../app/notify';
import { useLanguage } from '../i18n';
import { formatMoney } from '../format';
import { formatQty, parseQty } from './numbers';
import { useOrder } from './order-store';

type StockItem = ApiOutput<'items.search'>['items'][number];
type Unit = StockItem['unit'];
const units: Unit[] = ['pcs', 'l', 'kg', 'm', 'set'];

export const partSearchId = 'part-search';

/** Adds parts: from stock (typed or scanned: a barcode scanner types the code and Enter), or the customer's own. */
export function AddPartBar({ orderId }: { orderId: string }) {
  const change = useOrder((s) => s.change);
  return (
    <Group gap="xs" align="flex-end" wrap="nowrap" mt={6}>
      <StockItemSearch onPick={(item) => void change('workOrders.addPart', { workOrderId: orderId, itemId: item.id, quantityX1000: 1000 })} />
      <CustomerPart onAdd={(name, quantityX1000, unit) => change('workOrders.addPart', { workOrderId: orderId, name, quantityX1000, unit, customerSupplied: true })} />
    </Group>
  );
}

function useItemSearch(text: string): StockItem[] {
  const [debounced] = useDebouncedValue(text.trim(), 150);
  const [found, setFound] = useState<StockItem[]>([]);
  useEffect(() => {
    let current = true;
    if (debounced) {
      call('items.search', { q: debounced, limit: 12 }).then(
        (r) => current && setFound(r.items),
        () => current && setFound([]),
      );
    }
    return () => {
      current = false;
    };
  }, [debounced]);
  return debounced ? found : [];
}

function StockItemSearch({ onPick }: { onPick: (item: StockItem) => void }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const combobox = useCombobox({ onDropdownClose: () => combobox.resetSelectedOption() });
  const [text, setText] = useState('');
  const found = useItemSearch(text);

  const pick = (item: StockItem) => {
    setText('');
    combobox.closeDropdown();
    onPick(item);
  };

  // Enter without a highlighted suggestion is a scan (or a typed code): one exact match is added at once.
  const lookUp = async (code: string) => {
    if (!code.trim()) return;
    try {
      const { items } = await call('items.search', { q: code.trim(), limit: 2 });
      if (items.length === 1) pick(items[0]);
      else if (items.length === 0) notifyError(new Error(t('workOrders.parts.notFound', { q: code.trim() })));
      else combobox.openDropdown();
    } catch (e) {
      notifyError(e);
    }
  };

  return (
    <Combobox store={combobox} onOptionSubmit={(id) => {
      const item = found.find((i) => i.id === id);
      if (item) pick(item);
    }}>
      <Combobox.Target>
        <TextInput
          id={partSearchId}
          size="xs"
          style={{ flex: 1 }}
          label={t('workOrders.parts.fromStock')}
          placeholder={t('workOrders.parts.stockPlaceholder')}
          leftSection={<IconBarcode size={14} />}
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
            if (e.key === 'Enter' && combobox.getSelectedOptionIndex() === -1) {
              e.preventDefault();
              void lookUp(e.currentTarget.value);
            }
          }}
        />
      </Combobox.Target>
      <Combobox.Dropdown hidden={found.length === 0}>
        <Combobox.Options mah={320} style={{ overflowY: 'auto' }} aria-label={t('workOrders.parts.fromStock')}>
          {found.map((item) => (
            <Combobox.Option key={item.id} value={item.id} aria-label={item.name}>
              <Group justify="space-between" wrap="nowrap" gap="sm">
                <div>
                  <Text size="sm" fw={500}>
                    {item.name}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {[item.article, item.brand].filter(Boolean).join(' · ')}
                  </Text>
                </div>
                <div style={{ textAlign: 'right', whiteSpace: 'nowrap' }}>
                  <Text size="xs" c={item.availableX1000 > 0 ? 'teal.8' : 'red.7'} fw={500}>
                    {t('workOrders.parts.available', { qty: formatQty(item.availableX1000, language), unit: t(`workOrders.unit.${item.unit}`) })}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {formatMoney(item.effectiveSalePriceMinor, language)}
                  </Text>
                </div>
              </Group>
            </Combobox.Option>
          ))}
        </Combobox.Options>
      </Combobox.Dropdown>
    </Combobox>
  );
}

function CustomerPart({ onAdd }: { onAdd: (name: string, quantityX1000: number, unit: Unit) => Promise<unknown> }) {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  const [name, setName] = useState('');
  const [qty, setQty] = useState('1');
  const [unit, setUnit] = useState<Unit>('pcs');
  const q = parseQty(qty);
  const badQty = q === null || ((unit === 'pcs' || unit === 'set') && q % 1000 !== 0);

  const add = async () => {
    if (!name.trim() || badQty) return;
    if (await onAdd(name.trim(), q!, unit)) {
      setName('');
      setQty('1');
      setOpened(false);
    }
  };

  return (
    <Popover opened={opened} onChange={setOpened} position="bottom-end" withArrow shadow="md" trapFocus returnFocus>
      <Popover.Target>
        <Button size="xs" variant="default" leftSection={<IconUser size={14} />} onClick={() => setOpened((o) => !o)} style={{ flexShrink: 0 }}>
          {t('workOrders.parts.customerPart')}
        </Button>
      </Popover.Target>
      <Popover.Dropdown p="xs" w={360}>
        <form
          aria-label={t('workOrders.parts.customerPart')}
          onSubmit={(e) => {
            e.preventDefault();
            void add();
          }}
        >
          <Stack gap={6}>
            <Text size="xs" c="dimmed">
              {t('workOrders.parts.customerPartHint')}
            </Text>
            <TextInput size="xs" label={t('workOrders.parts.customerName')} value={name} onChange={(e) => setName(e.currentTarget.value)} data-autofocus autoComplete="off" required />
            <Group gap={6} grow>
              <TextInput size="xs" label={t('workOrders.parts.customerQty')} value={qty} onChange={(e) => setQty(e.currentTarget.value)} error={badQty} inputMode="decimal" autoComplete="off" />
              <Select size="xs" label={t('workOrders.parts.customerUnit')} data={units.map((u) => ({ value: u, label: t(`workOrders.unitName.${u}`) }))} value={unit} onChange={(u) => u && setUnit(u as Unit)} allowDeselect={false} comboboxProps={{ withinPortal: false }} />
            </Group>
            <Group justify="flex-end" gap={6}>
              <Button size="xs" variant="default" onClick={() => setOpened(false)}>
                {t('common.cancel')}
              </Button>
              <Button size="xs" type="submit" leftSection={<IconPlus size={14} />} disabled={!name.trim() || badQty}>
                {t('workOrders.parts.add')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Popover.Dropdown>
    </Popover>
  );
}
