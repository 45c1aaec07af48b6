import { Badge, Checkbox, Group, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../i18n';
import { formatMoney } from '../format';
import { rowKeyHandler } from '../app/row-keys';
import { Article, NumTd, NumTh } from './cells';
import { formatQty } from './stock-numbers';
import type { StockItem, Warehouse } from './stock-types';

type Props = {
  items: StockItem[];
  warehouses: Warehouse[];
  /** Quantities of this warehouse only; null: totals, plus a column per warehouse. */
  scopeWarehouseId: string | null;
  selected: Map<string, StockItem>;
  onToggle: (item: StockItem, on: boolean) => void;
  onOpen: (id: string) => void;
  onUp: () => void;
};

function scoped(item: StockItem, warehouseId: string | null) {
  if (!warehouseId) {
    const mins = item.warehouses.filter((w) => w.minQtyX1000 !== null);
    return { ...item, minQtyX1000: mins.length ? mins.reduce((s, w) => s + (w.minQtyX1000 ?? 0), 0) : null };
  }
  const w = item.warehouses.find((x) => x.warehouseId === warehouseId);
  const available = w?.availableX1000 ?? 0;
  return {
    onHandX1000: w?.onHandX1000 ?? 0,
    reservedX1000: w?.reservedX1000 ?? 0,
    availableX1000: available,
    minQtyX1000: w?.minQtyX1000 ?? null,
    belowMin: w?.minQtyX1000 != null && available < w.minQtyX1000,
  };
}

export function ItemsTable({ items, warehouses, scopeWarehouseId, selected, onToggle, onOpen, onUp }: Props) {
  const { t } = useTranslation();
  const language = useLanguage();
  const qty = (x1000: number) => formatQty(x1000, language);
  const perWarehouse = scopeWarehouseId ? [] : warehouses;
  const allTicked = items.every((i) => selected.has(i.id));
  const someTicked = items.some((i) => selected.has(i.id));

  return (
    <Table.ScrollContainer minWidth={900} type="native">
      <Table highlightOnHover verticalSpacing={5} horizontalSpacing={8} fz="sm" stickyHeader aria-label={t('stock.items.title')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={32}>
              <Checkbox
                size="xs"
                aria-label={t('stock.items.selectAll')}
                checked={allTicked}
                indeterminate={someTicked && !allTicked}
                onChange={(e) => items.forEach((i) => onToggle(i, e.currentTarget.checked))}
              />
            </Table.Th>
            <Table.Th w={120}>{t('stock.items.col.article')}</Table.Th>
            <Table.Th>{t('stock.items.col.name')}</Table.Th>
            <Table.Th w={100}>{t('stock.items.col.brand')}</Table.Th>
            <Table.Th w={44}>{t('stock.items.col.unit')}</Table.Th>
            <NumTh w={104}>{t('stock.items.col.price')}</NumTh>
            {perWarehouse.map((w) => (
              <NumTh key={w.id} w={84}>
                {w.name}
              </NumTh>
            ))}
            <NumTh w={76}>{t('stock.items.col.onHand')}</NumTh>
            <NumTh w={76}>{t('stock.items.col.reserved')}</NumTh>
            <NumTh w={80}>{t('stock.items.col.available')}</NumTh>
            <NumTh w={50}>{t('stock.items.col.min')}</NumTh>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody data-testid="item-rows">
          {items.map((item) => {
            const s = scoped(item, scopeWarehouseId);
            return (
              <Table.Tr key={item.id} className="clickable-row" tabIndex={0} onClick={() => onOpen(item.id)} onKeyDown={rowKeyHandler(() => onOpen(item.id), onUp)}>
                <Table.Td onClick={(e) => e.stopPropagation()}>
                  <Checkbox size="xs" aria-label={t('stock.items.select', { name: item.name })} checked={selected.has(item.id)} onChange={(e) => onToggle(item, e.currentTarget.checked)} />
                </Table.Td>
                <Table.Td>
                  <Article value={item.article} />
                </Table.Td>
                <Table.Td>
                  <Group gap={6} wrap="nowrap">
                    <Text size="sm" fw={500} lineClamp={1} title={item.name}>
                      {item.name}
                    </Text>
                    {s.belowMin && (
                      <Badge size="xs" color="red" variant="light" style={{ flexShrink: 0 }}>
                        {t('stock.items.belowMin')}
                      </Badge>
                    )}
                  </Group>
                </Table.Td>
                <Table.Td>
                  <Text size="sm" lineClamp={1}>
                    {item.brand}
                  </Text>
                </Table.Td>
                <Table.Td c="dimmed">{t(`stock.unit.${item.unit}`)}</Table.Td>
                <NumTd>{formatMoney(item.effectiveSalePriceMinor, language)}</NumTd>
                {perWarehouse.map((w) => {
                  const here = item.warehouses.find((x) => x.warehouseId === w.id)?.onHandX1000 ?? 0;
                  return (
                    <NumTd key={w.id} dimmed={here === 0}>
                      {qty(here)}
                    </NumTd>
                  );
                })}
                <NumTd dimmed={s.onHandX1000 === 0}>{qty(s.onHandX1000)}</NumTd>
                <NumTd dimmed={s.reservedX1000 === 0}>{qty(s.reservedX1000)}</NumTd>
                <NumTd strong c={s.belowMin ? 'red' : undefined}>
                  {qty(s.availableX1000)}
                </NumTd>
                <NumTd dimmed>{s.minQtyX1000 === null ? '—' : qty(s.minQtyX1000)}</NumTd>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
