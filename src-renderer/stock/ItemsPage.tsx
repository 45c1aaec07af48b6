import { useEffect, useState } from 'react';
import { Autocomplete, Box, Button, Checkbox, Group, LoadingOverlay, Pagination, Paper, Select, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconBarcode, IconPlus, IconPrinter, IconX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { call } from '../api/client';
import { useQuery } from '../api/use-query';
import { notifyError } from '../app/notify';
import { useDelayedFlag } from '../app/use-delayed-flag';
import { useItemList } from './items-store';
import { ItemsTable } from './ItemsTable';
import { ItemFormModal } from './ItemFormModal';
import { LabelsModal } from './LabelsModal';
import { labelLines, type LabelLine } from './labels';
import { useItemGroups, useWarehouses } from './reference-data';
import { openStock } from './navigate';

const pageSize = 50;
export const itemSearchId = 'stock-item-search';

function openItem(id: string) {
  openStock({ screen: 'item', id });
}

function focusFirstRow() {
  document.querySelector<HTMLElement>('[data-testid="item-rows"] tr')?.focus();
}

function focusSearch() {
  document.getElementById(itemSearchId)?.focus();
}

/** The catalogue with balances: filters, paging, and a search box a barcode scanner can type into. */
export function ItemsPage() {
  const { t } = useTranslation();
  const list = useItemList();
  const { q, groupId, brand, warehouseId, belowMin, page, selected, setFilter, setPage, toggle, clearSelection, learnBrands } = list;
  const [debouncedQ] = useDebouncedValue(q, 200);
  const { groups } = useItemGroups();
  const warehouses = useWarehouses();
  const input = {
    q: debouncedQ.trim() || undefined,
    groupId: groupId ?? undefined,
    brand: brand || undefined,
    warehouseId: warehouseId ?? undefined,
    belowMin: belowMin || undefined,
    offset: (page - 1) * pageSize,
    limit: pageSize,
  };
  const { data, loading, reload } = useQuery('items.list', input);
  const showProgress = useDelayedFlag(loading);
  const [creating, setCreating] = useState(false);
  const [labels, setLabels] = useState<LabelLine[] | null>(null);
  const items = data?.items ?? [];
  const total = data?.total ?? 0;
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const filtered = !!(input.q || groupId || brand || belowMin);

  useEffect(() => {
    if (data) learnBrands(data.items);
  }, [data, learnBrands]);

  /** What a USB scanner does: types the code and presses Enter. One match opens it. */
  const lookUp = async (text: string) => {
    const code = text.trim();
    if (!code) return;
    try {
      const found = await call('items.search', { q: code, limit: 2 });
      if (found.items.length === 1) {
        setFilter('q', '');
        openItem(found.items[0].id);
      } else if (found.items.length === 0) {
        notifyError(new Error(t('stock.items.notFound', { q: code })));
      }
    } catch (e) {
      notifyError(e);
    }
  };

  const from = total ? (page - 1) * pageSize + 1 : 0;
  const scope = warehouses.find((w) => w.id === warehouseId)?.name ?? t('stock.items.allWarehouses').toLowerCase();

  return (
    <Box>
      <Group gap="xs" mb="xs" wrap="nowrap" align="flex-end">
        <TextInput
          id={itemSearchId}
          type="search"
          aria-label={t('stock.items.search')}
          placeholder={t('stock.items.searchPlaceholder')}
          leftSection={<IconBarcode size={16} />}
          value={q}
          onChange={(e) => setFilter('q', e.currentTarget.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              void lookUp(e.currentTarget.value);
            } else if (e.key === 'ArrowDown') {
              e.preventDefault();
              focusFirstRow();
            }
          }}
          autoFocus
          autoComplete="off"
          style={{ flex: 1 }}
        />
        <Select
          aria-label={t('stock.items.group')}
          placeholder={t('stock.items.allGroups')}
          data={groups.map((g) => ({ value: g.id, label: g.name }))}
          value={groupId}
          onChange={(v) => setFilter('groupId', v)}
          clearable
          searchable
          w={180}
        />
        <Autocomplete
          aria-label={t('stock.items.brand')}
          placeholder={t('stock.items.anyBrand')}
          data={list.brands}
          value={brand}
          // The back end matches a brand exactly; a known brand typed in another case is that brand.
          onChange={(v) => setFilter('brand', list.brands.find((b) => b.toLowerCase() === v.trim().toLowerCase()) ?? v)}
          w={160}
        />
        <Select
          aria-label={t('stock.items.warehouse')}
          placeholder={t('stock.items.allWarehouses')}
          data={warehouses.map((w) => ({ value: w.id, label: w.name }))}
          value={warehouseId}
          onChange={(v) => setFilter('warehouseId', v)}
          clearable
          w={170}
        />
        <Button leftSection={<IconPlus size={16} />} onClick={() => setCreating(true)} style={{ flexShrink: 0 }}>
          {t('stock.items.new')}
        </Button>
      </Group>
      <Group justify="space-between" mb={6} mih={30}>
        <Group gap="md">
          <Checkbox size="sm" label={t('stock.items.belowMinOnly')} checked={belowMin} onChange={(e) => setFilter('belowMin', e.currentTarget.checked)} />
          <Text size="xs" c="dimmed">
            {t('stock.items.quantitiesAt', { where: scope })}
          </Text>
        </Group>
        <Group gap="xs">
          {selected.size > 0 && (
            <>
              <Text size="sm">{t('stock.items.selected', { count: selected.size })}</Text>
              <Button size="compact-sm" variant="subtle" color="gray" leftSection={<IconX size={14} />} onClick={clearSelection}>
                {t('stock.items.clearSelection')}
              </Button>
            </>
          )}
          <Button size="compact-sm" variant="light" leftSection={<IconPrinter size={14} />} disabled={selected.size === 0} onClick={() => setLabels(labelLines([...selected.values()]))}>
            {t('stock.items.printLabels')}
          </Button>
        </Group>
      </Group>
      <Paper withBorder pos="relative" mih={items.length ? undefined : 80}>
        <LoadingOverlay visible={showProgress} zIndex={10} overlayProps={{ blur: 1 }} />
        {items.length > 0 && (
          <ItemsTable
            items={items}
            warehouses={warehouses}
            scopeWarehouseId={warehouseId}
            selected={selected}
            onToggle={toggle}
            onOpen={openItem}
            onUp={focusSearch}
          />
        )}
        {data && items.length === 0 && (
          <Text c="dimmed" size="sm" p="md">
            {filtered ? t('stock.items.none') : t('stock.items.emptyDb')}
          </Text>
        )}
      </Paper>
      <Group justify="space-between" mt="xs">
        <Text size="sm" c="dimmed">
          {total > 0 && t('stock.items.shown', { from, to: from + items.length - 1, total })}
        </Text>
        <Pagination size="sm" total={pages} value={page} onChange={setPage} hideWithOnePage />
      </Group>
      <ItemFormModal
        opened={creating}
        onClose={() => setCreating(false)}
        onSaved={(item) => {
          setCreating(false);
          reload();
          openItem(item.id);
        }}
      />
      <LabelsModal lines={labels} onClose={() => setLabels(null)} />
    </Box>
  );
}
