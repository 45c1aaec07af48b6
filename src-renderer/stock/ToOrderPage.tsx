import { useState } from 'react';
import { Box, Button, Group, LoadingOverlay, Paper, Select, Table, Text } from '@mantine/core';
import { IconTruckDelivery } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useQuery } from '../api/use-query';
import { rowKeyHandler } from '../app/row-keys';
import { useDelayedFlag } from '../app/use-delayed-flag';
import { useLanguage } from '../i18n';
import { formatMoney } from '../format';
import { Article, NumTd, NumTh } from './cells';
import { openStock } from './navigate';
import { presetLines } from './presets';
import { useWarehouses } from './reference-data';
import { formatQty, isWholeUnit } from './stock-numbers';
import type { StockItem } from './stock-types';

/** How much to buy to bring every warehouse (or the chosen one) back to its minimum. */
export function shortfall(item: StockItem, warehouseId: string | null): number {
  const need = item.warehouses
    .filter((w) => (!warehouseId || w.warehouseId === warehouseId) && w.minQtyX1000 !== null)
    .reduce((s, w) => s + Math.max(0, (w.minQtyX1000 ?? 0) - w.availableX1000), 0);
  // Pieces are bought whole.
  return isWholeUnit(item.unit) ? Math.ceil(need / 1000) * 1000 : need;
}

export function ToOrderPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const warehouses = useWarehouses();
  const [warehouseId, setWarehouseId] = useState<string | null>(null);
  const { data, loading } = useQuery('stock.toOrder', warehouseId ? { warehouseId } : {});
  const showProgress = useDelayedFlag(loading);
  const items = data?.items ?? [];
  const open = (id: string) => openStock({ screen: 'item', id });
  const shown = warehouseId ? warehouses.filter((w) => w.id === warehouseId) : warehouses;

  const makeReceipt = () => {
    presetLines(
      'receipt',
      items.map((item) => ({ item, qtyX1000: shortfall(item, warehouseId) })).filter((l) => l.qtyX1000 > 0),
    );
    openStock({ screen: 'new', kind: 'receipt' });
  };

  return (
    <Box>
      <Group justify="space-between" mb="xs">
        <Group gap="sm">
          <Select
            aria-label={t('stock.items.warehouse')}
            placeholder={t('stock.items.allWarehouses')}
            data={warehouses.map((w) => ({ value: w.id, label: w.name }))}
            value={warehouseId}
            onChange={setWarehouseId}
            clearable
            w={200}
          />
          <Text size="sm" c="dimmed">
            {t('stock.toOrder.hint')}
          </Text>
        </Group>
        <Button leftSection={<IconTruckDelivery size={16} />} disabled={!items.length} onClick={makeReceipt}>
          {t('stock.toOrder.makeReceipt')}
        </Button>
      </Group>
      <Paper withBorder pos="relative" mih={items.length ? undefined : 60}>
        <LoadingOverlay visible={showProgress} zIndex={10} overlayProps={{ blur: 1 }} />
        {data && !items.length && (
          <Text size="sm" c="dimmed" p="md">
            {t('stock.toOrder.none')}
          </Text>
        )}
        {items.length > 0 && (
          <Table highlightOnHover fz="sm" verticalSpacing={6} aria-label={t('stock.toOrder.title')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={140}>{t('stock.items.col.article')}</Table.Th>
                <Table.Th>{t('stock.items.col.name')}</Table.Th>
                <Table.Th w={120}>{t('stock.items.col.brand')}</Table.Th>
                {shown.map((w) => (
                  <NumTh key={w.id} w={140}>
                    {w.name}
                    <Text size="xs" c="dimmed" fw={400}>
                      {t('stock.toOrder.col.levels')}
                    </Text>
                  </NumTh>
                ))}
                <NumTh w={110}>{t('stock.toOrder.col.shortfall')}</NumTh>
                <NumTh w={110}>{t('stock.card.purchasePrice')}</NumTh>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((item) => (
                <Table.Tr key={item.id} className="clickable-row" tabIndex={0} onClick={() => open(item.id)} onKeyDown={rowKeyHandler(() => open(item.id))}>
                  <Table.Td>
                    <Article value={item.article} />
                  </Table.Td>
                  <Table.Td fw={500}>{item.name}</Table.Td>
                  <Table.Td>{item.brand}</Table.Td>
                  {shown.map((w) => {
                    const s = item.warehouses.find((x) => x.warehouseId === w.id);
                    const below = s?.minQtyX1000 != null && s.availableX1000 < s.minQtyX1000;
                    return (
                      <NumTd key={w.id} c={below ? 'red' : 'dimmed'}>
                        {s?.minQtyX1000 != null ? `${formatQty(s.availableX1000, language)} / ${formatQty(s.minQtyX1000, language)}` : '—'}
                      </NumTd>
                    );
                  })}
                  <NumTd strong>{`${formatQty(shortfall(item, warehouseId), language)} ${t(`stock.unit.${item.unit}`)}`}</NumTd>
                  <NumTd>{formatMoney(item.purchasePriceMinor, language)}</NumTd>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Paper>
    </Box>
  );
}
