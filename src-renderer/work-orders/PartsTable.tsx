import { ActionIcon, Badge, Table, Text, VisuallyHidden } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { ApiInput } from '../api/client';
import { useLanguage } from '../i18n';
import { formatMoney } from '../format';
import { CellInput } from './CellInput';
import { moneyText, parseMoney, parsePercent, parseQty, percentText, qtyText } from './numbers';
import { useOrder } from './order-store';
import type { PartLine, WorkOrder } from './order-types';

const num = { fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' } as const;
const wholeUnits = new Set(['pcs', 'set']);

/** Parts from stock (reserved while the order is open, issued when it is completed) or the customer's own. */
export function PartsTable({ order }: { order: WorkOrder }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const change = useOrder((s) => s.change);
  const locked = order.locked;
  const update = (id: string, patch: Omit<ApiInput<'workOrders.updatePart'>, 'id'>) => void change('workOrders.updatePart', { id, ...patch });
  const parseQtyOf = (p: PartLine) => (text: string) => {
    const q = parseQty(text);
    return q !== null && wholeUnits.has(p.unit) && q % 1000 !== 0 ? null : q;
  };
  const stockState = (p: PartLine) => (p.customerSupplied ? null : !p.itemId ? null : order.status === 'completed' || order.status === 'issued' ? t('workOrders.parts.issued') : order.status === 'cancelled' ? null : t('workOrders.parts.reserved'));

  return (
    <Table fz="sm" verticalSpacing={3} horizontalSpacing={6} aria-label={t('workOrders.parts.title')}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th w={28}>#</Table.Th>
          <Table.Th w={130}>{t('workOrders.parts.col.article')}</Table.Th>
          <Table.Th>{t('workOrders.parts.col.name')}</Table.Th>
          <Table.Th w={76} ta="right">
            {t('workOrders.parts.col.qty')}
          </Table.Th>
          <Table.Th w={48}>{t('workOrders.parts.col.unit')}</Table.Th>
          <Table.Th w={104} ta="right">
            {t('workOrders.parts.col.price')}
          </Table.Th>
          <Table.Th w={72} ta="right">
            {t('workOrders.parts.col.discount')}
          </Table.Th>
          <Table.Th w={112} ta="right">
            {t('workOrders.parts.col.amount')}
          </Table.Th>
          <Table.Th w={34}>
            <VisuallyHidden>{t('common.actions')}</VisuallyHidden>
          </Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {order.parts.map((p, i) => {
          const n = i + 1;
          const state = stockState(p);
          const fixedPrice = locked || p.customerSupplied;
          return (
            <Table.Tr key={p.id}>
              <Table.Td c="dimmed">{n}</Table.Td>
              <Table.Td ff="monospace" fz="xs">
                {p.article}
              </Table.Td>
              <Table.Td>
                <Text size="sm" lineClamp={2}>
                  {p.name}
                  {p.customerSupplied && (
                    <Badge ml={6} size="xs" variant="light" color="grape" radius="sm" tt="none">
                      {t('workOrders.parts.customers')}
                    </Badge>
                  )}
                  {state && (
                    <Text span size="xs" c="dimmed" ml={6}>
                      {state}
                    </Text>
                  )}
                </Text>
              </Table.Td>
              <Table.Td ta="right">
                {locked ? <span style={num}>{qtyText(p.quantityX1000, language)}</span> : <CellInput w={68} label={t('workOrders.parts.qty', { n })} value={p.quantityX1000} text={(v) => qtyText(v, language)} parse={parseQtyOf(p)} onCommit={(quantityX1000) => update(p.id, { quantityX1000 })} />}
              </Table.Td>
              <Table.Td c="dimmed">{t(`workOrders.unit.${p.unit}`)}</Table.Td>
              <Table.Td ta="right">
                {fixedPrice ? <span style={num}>{p.customerSupplied ? '—' : formatMoney(p.priceMinor, language)}</span> : <CellInput w={96} label={t('workOrders.parts.price', { n })} value={p.priceMinor} text={(v) => moneyText(v, language)} parse={parseMoney} onCommit={(priceMinor) => update(p.id, { priceMinor })} />}
              </Table.Td>
              <Table.Td ta="right">
                {fixedPrice ? <span style={num}>{p.discountBp ? `${percentText(p.discountBp, language)} %` : '—'}</span> : <CellInput w={64} label={t('workOrders.parts.discount', { n })} value={p.discountBp} text={(v) => percentText(v, language)} suffix="%" parse={parsePercent} onCommit={(discountBp) => update(p.id, { discountBp })} />}
              </Table.Td>
              <Table.Td ta="right" style={num} fw={500}>
                {p.customerSupplied ? <Text span size="sm" c="dimmed">—</Text> : formatMoney(p.amountMinor, language)}
                {p.discountMinor > 0 && (
                  <Text size="xs" c="dimmed" td="line-through">
                    {formatMoney(p.grossMinor, language)}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                {!locked && (
                  <ActionIcon variant="subtle" color="gray" size="sm" aria-label={t('workOrders.parts.remove', { n })} onClick={() => void change('workOrders.removePart', { id: p.id })}>
                    <IconTrash size={14} />
                  </ActionIcon>
                )}
              </Table.Td>
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </Table>
  );
}
