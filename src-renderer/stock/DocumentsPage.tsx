import { useEffect, useState } from 'react';
import { Badge, Box, Button, Group, LoadingOverlay, Paper, SegmentedControl, Table, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { call } from '../api/client';
import { useQuery } from '../api/use-query';
import { rowKeyHandler } from '../app/row-keys';
import { useDelayedFlag } from '../app/use-delayed-flag';
import { useLanguage } from '../i18n';
import { formatDate } from '../format';
import { DocStatusBadge } from './DocStatusBadge';
import { openStock } from './navigate';
import { useWarehouses } from './reference-data';
import type { EditableKind } from './stock-route';
import type { StockDoc, StockDocListItem } from './stock-types';

type StatusFilter = StockDoc['status'] | 'all';

/** Names of the suppliers on a page of receipts (the list carries only their ids). */
function useSupplierNames(ids: string[]): Map<string, string> {
  const [names, setNames] = useState<Map<string, string>>(new Map());
  const missing = [...new Set(ids)].filter((id) => !names.has(id)).join(',');
  useEffect(() => {
    if (!missing) return;
    let current = true;
    Promise.all(missing.split(',').map((id) => call('customers.get', { id }).then((c) => [id, c.name] as const, () => [id, '—'] as const))).then(
      (found) => current && setNames((n) => new Map([...n, ...found])),
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [missing]);
  return names;
}

/** Recent documents of one kind, and the way to a new one. */
export function DocumentsPage({ kind }: { kind: EditableKind }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [status, setStatus] = useState<StatusFilter>('all');
  const { data, loading } = useQuery('stockDocs.list', { kind, ...(status === 'all' ? {} : { status }), limit: 200 });
  const showProgress = useDelayedFlag(loading);
  const warehouses = useWarehouses();
  const items = data?.items ?? [];
  const suppliers = useSupplierNames(kind === 'receipt' ? items.map((d) => d.supplierId).filter((id): id is string => !!id) : []);
  const warehouse = (id: string | null) => warehouses.find((w) => w.id === id)?.name ?? '';
  const open = (d: StockDocListItem) => openStock({ screen: 'doc', kind, id: d.id });

  return (
    <Box>
      <Group justify="space-between" mb="xs">
        <SegmentedControl
          size="xs"
          aria-label={t('stock.docs.status')}
          value={status}
          onChange={(v) => setStatus(v as StatusFilter)}
          data={(['all', 'draft', 'posted', 'reversed'] as const).map((s) => ({ value: s, label: t(`stock.status.${s}`) }))}
        />
        <Button leftSection={<IconPlus size={16} />} onClick={() => openStock({ screen: 'new', kind })}>
          {t(`stock.newDoc.${kind}`)}
        </Button>
      </Group>
      <Paper withBorder pos="relative" mih={items.length ? undefined : 60}>
        <LoadingOverlay visible={showProgress} zIndex={10} overlayProps={{ blur: 1 }} />
        {data && items.length === 0 && (
          <Text size="sm" c="dimmed" p="md">
            {t('stock.docs.none')}
          </Text>
        )}
        {items.length > 0 && (
          <Table highlightOnHover fz="sm" verticalSpacing={6} aria-label={t(`stock.kindPlural.${kind}`)}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={170}>{t('stock.docs.col.number')}</Table.Th>
                <Table.Th w={120}>{t('stock.docs.col.date')}</Table.Th>
                <Table.Th w={130}>{t('stock.docs.col.status')}</Table.Th>
                {kind === 'receipt' && (
                  <>
                    <Table.Th>{t('stock.docs.col.supplier')}</Table.Th>
                    <Table.Th w={140}>{t('stock.docs.col.supplierDoc')}</Table.Th>
                  </>
                )}
                {(kind === 'transfer' || kind === 'write_off') && <Table.Th w={160}>{t('stock.docs.col.from')}</Table.Th>}
                {(kind === 'receipt' || kind === 'transfer') && <Table.Th w={160}>{t('stock.docs.col.to')}</Table.Th>}
                {kind === 'count' && <Table.Th w={160}>{t('stock.docs.col.warehouse')}</Table.Th>}
                {kind !== 'receipt' && <Table.Th>{kind === 'write_off' ? t('stock.docs.col.reason') : t('stock.docs.col.note')}</Table.Th>}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((d) => (
                <Table.Tr key={d.id} className="clickable-row" tabIndex={0} onClick={() => open(d)} onKeyDown={rowKeyHandler(() => open(d))}>
                  <Table.Td ff="monospace" style={{ whiteSpace: 'nowrap' }}>
                    {d.number}
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDate(`${d.date}T12:00:00`, language)}</Table.Td>
                  <Table.Td>
                    <Group gap={4} wrap="nowrap">
                      <DocStatusBadge status={d.status} />
                      {d.reversesId && (
                        <Badge color="orange" variant="outline" size="sm">
                          {t('stock.docs.reversal')}
                        </Badge>
                      )}
                    </Group>
                  </Table.Td>
                  {kind === 'receipt' && (
                    <>
                      <Table.Td>{d.supplierId ? suppliers.get(d.supplierId) : ''}</Table.Td>
                      <Table.Td>{d.supplierDocNumber}</Table.Td>
                    </>
                  )}
                  {(kind === 'transfer' || kind === 'write_off') && <Table.Td>{warehouse(d.fromWarehouseId)}</Table.Td>}
                  {(kind === 'receipt' || kind === 'transfer' || kind === 'count') && <Table.Td>{warehouse(d.toWarehouseId)}</Table.Td>}
                  {kind !== 'receipt' && (
                    <Table.Td>
                      <Text size="sm" lineClamp={1}>
                        {d.note}
                      </Text>
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Paper>
    </Box>
  );
}
