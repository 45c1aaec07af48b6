import { useState } from 'react';
import { ActionIcon, Alert, Badge, Box, Button, Code, Group, Paper, SimpleGrid, Skeleton, Stack, Table, Text, Title, Tooltip } from '@mantine/core';
import { IconArrowLeft, IconPencil, IconPrinter, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { call } from '../api/client';
import { useQuery } from '../api/use-query';
import { notifySuccess } from '../app/notify';
import { ConfirmModal } from '../app/ConfirmModal';
import { DataItem } from '../app/DataItem';
import { rowKeyHandler } from '../app/row-keys';
import { useLanguage } from '../i18n';
import { formatDateTime, formatMoney, formatPercentBp } from '../format';
import { Article, NumTd, NumTh } from './cells';
import { ItemFormModal } from './ItemFormModal';
import { LabelsModal } from './LabelsModal';
import { labelLines, type LabelLine } from './labels';
import { openStock } from './navigate';
import { useItemGroups, useWarehouses } from './reference-data';
import { averageCost, formatQty, formatSignedQty } from './stock-numbers';
import type { HistoryRow, ItemDetails } from './stock-types';

function backToList() {
  openStock({ screen: 'items' });
}

/** One item: what it is, where it lies and at what cost, what replaces it, and every movement. */
export function ItemCard({ id }: { id: string }) {
  const { t } = useTranslation();
  const { data: item, error, loading, reload } = useQuery('items.get', { id });
  const history = useQuery('items.history', { id, limit: 200 });
  const [dialog, setDialog] = useState<'none' | 'edit' | 'remove'>('none');
  const [labels, setLabels] = useState<LabelLine[] | null>(null);

  if (error && !item) {
    return (
      <Stack maw={600}>
        <Alert color="red" title={t('stock.card.notFound')}>
          {error instanceof Error ? error.message : String(error)}
        </Alert>
        <Button variant="default" onClick={backToList} w="fit-content" leftSection={<IconArrowLeft size={16} />}>
          {t('common.back')}
        </Button>
      </Stack>
    );
  }
  if (!item) return <CardSkeleton />;

  return (
    <Stack gap="md" maw={1200} aria-busy={loading}>
      <Group justify="space-between" wrap="nowrap" align="flex-start">
        <Group gap="xs" wrap="nowrap">
          <Tooltip label={t('common.back')}>
            <ActionIcon variant="subtle" color="gray" onClick={backToList} aria-label={t('common.back')}>
              <IconArrowLeft size={18} />
            </ActionIcon>
          </Tooltip>
          <Title order={2}>{item.name}</Title>
          {(item.article || item.brand) && (
            <Text c="dimmed" size="lg" style={{ whiteSpace: 'nowrap' }}>
              {[item.article, item.brand].filter(Boolean).join(' · ')}
            </Text>
          )}
          {item.belowMin && (
            <Badge color="red" variant="light">
              {t('stock.items.belowMin')}
            </Badge>
          )}
        </Group>
        <Group gap="xs" wrap="nowrap">
          <Button size="sm" variant="light" leftSection={<IconPencil size={16} />} onClick={() => setDialog('edit')}>
            {t('common.edit')}
          </Button>
          <Button size="sm" variant="light" leftSection={<IconPrinter size={16} />} onClick={() => setLabels(labelLines([item]))}>
            {t('stock.items.printLabels')}
          </Button>
          <Button
            size="sm"
            variant="subtle"
            color="red"
            leftSection={<IconTrash size={16} />}
            disabled={item.onHandX1000 !== 0 || item.reservedX1000 !== 0}
            onClick={() => setDialog('remove')}
          >
            {t('common.remove')}
          </Button>
        </Group>
      </Group>

      <ItemDetailsPanel item={item} />

      <Box>
        <Title order={3} mb="xs">
          {t('stock.card.balances')}
        </Title>
        <Paper withBorder>
          <BalancesTable item={item} />
        </Paper>
      </Box>

      <Box>
        <Title order={3} mb="xs">
          {t('stock.card.analogues')}
        </Title>
        <Paper withBorder>
          {item.analogues.length ? (
            <AnaloguesTable item={item} />
          ) : (
            <Text size="sm" c="dimmed" p="sm">
              {t('stock.card.noAnalogues')}
            </Text>
          )}
        </Paper>
      </Box>

      <Box>
        <Title order={3} mb="xs">
          {t('stock.card.history')}
        </Title>
        <Paper withBorder>
          {history.data && history.data.items.length > 0 ? (
            <HistoryTable rows={history.data.items as HistoryRow[]} unit={item.unit} />
          ) : (
            <Text size="sm" c="dimmed" p="sm">
              {history.data ? t('stock.card.noHistory') : ' '}
            </Text>
          )}
        </Paper>
      </Box>

      <ItemFormModal
        opened={dialog === 'edit'}
        item={item}
        onClose={() => setDialog('none')}
        onSaved={() => {
          setDialog('none');
          reload();
        }}
      />
      <ConfirmModal
        opened={dialog === 'remove'}
        title={t('stock.card.removeTitle')}
        message={t('stock.card.removeConfirm', { name: item.name })}
        confirmLabel={t('common.remove')}
        onClose={() => setDialog('none')}
        onConfirm={async () => {
          await call('items.remove', { id });
          notifySuccess(t('common.removed'));
          backToList();
        }}
      />
      <LabelsModal lines={labels} onClose={() => setLabels(null)} />
    </Stack>
  );
}

function ItemDetailsPanel({ item }: { item: ItemDetails }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { groups } = useItemGroups();
  const group = groups.find((g) => g.id === item.groupId);
  return (
    <Paper withBorder p="sm">
      <SimpleGrid cols={{ base: 2, md: 4 }} spacing="md" verticalSpacing="sm">
        <DataItem label={t('stock.items.col.article')}>{item.article && <Article value={item.article} />}</DataItem>
        <DataItem label={t('stock.items.col.brand')}>{item.brand}</DataItem>
        <DataItem label={t('stock.form.group')}>{item.groupName && `${item.groupName}${group ? ` (+${formatPercentBp(group.markupBp, language)})` : ''}`}</DataItem>
        <DataItem label={t('stock.form.unit')}>{`${t(`stock.unitName.${item.unit}`)} (${t(`stock.unit.${item.unit}`)})`}</DataItem>
        <DataItem label={t('stock.card.purchasePrice')}>{formatMoney(item.purchasePriceMinor, language)}</DataItem>
        <DataItem label={t('stock.card.salePrice')}>
          <Text span fw={600} size="sm">
            {formatMoney(item.effectiveSalePriceMinor, language)}
          </Text>
          {item.salePriceMinor === null && (
            <Text span size="xs" c="dimmed">
              {' '}
              {t('stock.card.byMarkup', { markup: formatPercentBp(group?.markupBp ?? 0, language) })}
            </Text>
          )}
        </DataItem>
        <DataItem label={t('stock.card.vat')}>{item.vatRateBp === 0 ? t('stock.form.vatNone') : formatPercentBp(item.vatRateBp, language)}</DataItem>
        <DataItem label={t('stock.card.barcodes')}>
          {item.barcodes.length > 0 && (
            <Group gap={4}>
              {item.barcodes.map((b) => (
                <Code key={b}>{b}</Code>
              ))}
            </Group>
          )}
        </DataItem>
      </SimpleGrid>
      {item.notes && (
        <Box mt="sm">
          <DataItem label={t('stock.card.notes')}>
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {item.notes}
            </Text>
          </DataItem>
        </Box>
      )}
    </Paper>
  );
}

function BalancesTable({ item }: { item: ItemDetails }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const warehouses = useWarehouses();
  const qty = (x1000: number) => `${formatQty(x1000, language)} ${t(`stock.unit.${item.unit}`)}`;
  // Every warehouse, even an empty one: "none here" is an answer too.
  const rows = warehouses.map((w) => ({
    warehouse: w,
    stock: item.warehouses.find((x) => x.warehouseId === w.id) ?? { onHandX1000: 0, reservedX1000: 0, availableX1000: 0, valueMinor: 0, minQtyX1000: null, averageCostMinor: 0 },
  }));
  const totalValue = item.warehouses.reduce((s, w) => s + w.valueMinor, 0);
  return (
    <Table fz="sm" verticalSpacing={6} aria-label={t('stock.card.balances')}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('stock.card.col.warehouse')}</Table.Th>
          <NumTh>{t('stock.card.col.onHand')}</NumTh>
          <NumTh>{t('stock.card.col.reserved')}</NumTh>
          <NumTh>{t('stock.card.col.available')}</NumTh>
          <NumTh>{t('stock.card.col.min')}</NumTh>
          <NumTh>{t('stock.card.col.averageCost')}</NumTh>
          <NumTh>{t('stock.card.col.value')}</NumTh>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map(({ warehouse, stock }) => {
          const below = stock.minQtyX1000 !== null && stock.availableX1000 < stock.minQtyX1000;
          return (
            <Table.Tr key={warehouse.id}>
              <Table.Td fw={500}>{warehouse.name}</Table.Td>
              <NumTd dimmed={stock.onHandX1000 === 0}>{qty(stock.onHandX1000)}</NumTd>
              <NumTd dimmed={stock.reservedX1000 === 0}>{qty(stock.reservedX1000)}</NumTd>
              <NumTd strong c={below ? 'red' : undefined}>
                {qty(stock.availableX1000)}
              </NumTd>
              <NumTd dimmed>{stock.minQtyX1000 === null ? '—' : qty(stock.minQtyX1000)}</NumTd>
              <NumTd>{stock.onHandX1000 > 0 ? formatMoney(stock.averageCostMinor, language) : '—'}</NumTd>
              <NumTd>{formatMoney(stock.valueMinor, language)}</NumTd>
            </Table.Tr>
          );
        })}
      </Table.Tbody>
      <Table.Tfoot>
        <Table.Tr fw={600}>
          <Table.Td>{t('stock.card.total')}</Table.Td>
          <NumTd>{qty(item.onHandX1000)}</NumTd>
          <NumTd>{qty(item.reservedX1000)}</NumTd>
          <NumTd>{qty(item.availableX1000)}</NumTd>
          <Table.Td />
          <NumTd>{item.onHandX1000 > 0 ? formatMoney(averageCost(item.onHandX1000, totalValue), language) : '—'}</NumTd>
          <NumTd>{formatMoney(totalValue, language)}</NumTd>
        </Table.Tr>
      </Table.Tfoot>
    </Table>
  );
}

function AnaloguesTable({ item }: { item: ItemDetails }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const open = (id: string) => openStock({ screen: 'item', id });
  return (
    <Table highlightOnHover fz="sm" verticalSpacing={6} aria-label={t('stock.card.analogues')}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th w={150}>{t('stock.items.col.article')}</Table.Th>
          <Table.Th>{t('stock.items.col.name')}</Table.Th>
          <Table.Th>{t('stock.items.col.brand')}</Table.Th>
          <NumTh>{t('stock.items.col.price')}</NumTh>
          <NumTh>{t('stock.items.col.available')}</NumTh>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {item.analogues.map((a) => (
          <Table.Tr key={a.id} className="clickable-row" tabIndex={0} onClick={() => open(a.id)} onKeyDown={rowKeyHandler(() => open(a.id))}>
            <Table.Td>
              <Article value={a.article} />
            </Table.Td>
            <Table.Td fw={500}>{a.name}</Table.Td>
            <Table.Td>{a.brand}</Table.Td>
            <NumTd>{formatMoney(a.effectiveSalePriceMinor, language)}</NumTd>
            <NumTd strong>{`${formatQty(a.availableX1000, language)} ${t(`stock.unit.${a.unit}`)}`}</NumTd>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

function HistoryTable({ rows, unit }: { rows: HistoryRow[]; unit: ItemDetails['unit'] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const open = (r: HistoryRow) => openStock({ screen: 'doc', kind: r.kind, id: r.documentId });
  return (
    <Table highlightOnHover fz="sm" verticalSpacing={5} aria-label={t('stock.card.history')}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th w={170}>{t('stock.card.col.date')}</Table.Th>
          <Table.Th>{t('stock.card.col.kind')}</Table.Th>
          <Table.Th>{t('stock.card.col.document')}</Table.Th>
          <Table.Th>{t('stock.card.col.warehouse')}</Table.Th>
          <NumTh>{t('stock.card.col.qty')}</NumTh>
          <NumTh>{t('stock.card.col.value')}</NumTh>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((r, i) => (
          <Table.Tr key={`${r.documentId}-${r.warehouseId}-${i}`} className="clickable-row" tabIndex={0} onClick={() => open(r)} onKeyDown={rowKeyHandler(() => open(r))}>
            <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTime(r.at, language)}</Table.Td>
            <Table.Td>{t(`stock.kind.${r.kind}`)}</Table.Td>
            <Table.Td>
              <Group gap={6} wrap="nowrap">
                <Text size="sm" ff="monospace">
                  {r.number}
                </Text>
                {r.status === 'reversed' && (
                  <Badge size="xs" color="gray" variant="light">
                    {t('stock.status.reversed')}
                  </Badge>
                )}
              </Group>
            </Table.Td>
            <Table.Td>{r.warehouseName}</Table.Td>
            <NumTd strong c={r.qtyX1000 < 0 ? 'red.7' : 'teal.7'}>
              {`${formatSignedQty(r.qtyX1000, language)} ${t(`stock.unit.${unit}`)}`}
            </NumTd>
            <NumTd dimmed>{formatMoney(r.valueMinor, language)}</NumTd>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

function CardSkeleton() {
  return (
    <Stack gap="md" maw={1200} aria-busy>
      <Skeleton h={32} w={320} />
      <Skeleton h={110} />
      <Skeleton h={140} />
    </Stack>
  );
}
