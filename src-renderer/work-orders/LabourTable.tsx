import { ActionIcon, Table, Text, VisuallyHidden } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { ApiInput } from '../api/client';
import { useLanguage } from '../i18n';
import { formatMoney } from '../format';
import { CellInput } from './CellInput';
import { CellText } from './CellText';
import { MechanicsEditor } from './MechanicsEditor';
import { hoursText, moneyText, parseHours, parseMoney, parsePercent, parseQty, percentText, qtyText } from './numbers';
import { useOrder } from './order-store';
import type { Employee, WorkOrder } from './order-types';

const num = { fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' } as const;

type Props = { order: WorkOrder; mechanics: Employee[]; defaultMechanicId: string | null };

/** Labour lines: hours × quantity × rate less the discount, with who did them. */
export function LabourTable({ order, mechanics, defaultMechanicId }: Props) {
  const { t } = useTranslation();
  const language = useLanguage();
  const change = useOrder((s) => s.change);
  const locked = order.locked;
  const update = (id: string, patch: Omit<ApiInput<'workOrders.updateLabour'>, 'id'>) => void change('workOrders.updateLabour', { id, ...patch });

  return (
    <Table fz="sm" verticalSpacing={3} horizontalSpacing={6} aria-label={t('workOrders.labour.title')}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th w={28}>#</Table.Th>
          <Table.Th>{t('workOrders.labour.col.name')}</Table.Th>
          <Table.Th w={76} ta="right">
            {t('workOrders.labour.col.hours')}
          </Table.Th>
          <Table.Th w={68} ta="right">
            {t('workOrders.labour.col.qty')}
          </Table.Th>
          <Table.Th w={96} ta="right">
            {t('workOrders.labour.col.rate')}
          </Table.Th>
          <Table.Th w={72} ta="right">
            {t('workOrders.labour.col.discount')}
          </Table.Th>
          <Table.Th w={112} ta="right">
            {t('workOrders.labour.col.amount')}
          </Table.Th>
          <Table.Th w={210}>{t('workOrders.labour.col.mechanics')}</Table.Th>
          <Table.Th w={34}>
            <VisuallyHidden>{t('common.actions')}</VisuallyHidden>
          </Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {order.labour.map((l, i) => {
          const n = i + 1;
          return (
            <Table.Tr key={l.id}>
              <Table.Td c="dimmed">{n}</Table.Td>
              <Table.Td>
                {l.operationId || locked ? (
                  <Text size="sm" lineClamp={2}>
                    {l.code && (
                      <Text span size="xs" c="dimmed" ff="monospace" mr={6}>
                        {l.code}
                      </Text>
                    )}
                    {l.name}
                  </Text>
                ) : (
                  <CellText label={t('workOrders.labour.name', { n })} value={l.name} onCommit={(name) => update(l.id, { name })} />
                )}
              </Table.Td>
              <Table.Td ta="right">
                {locked ? <span style={num}>{hoursText(l.hoursX100, language)}</span> : <CellInput w={68} label={t('workOrders.labour.hours', { n })} value={l.hoursX100} text={(v) => hoursText(v, language)} parse={parseHours} onCommit={(hoursX100) => update(l.id, { hoursX100 })} />}
              </Table.Td>
              <Table.Td ta="right">
                {locked ? <span style={num}>{qtyText(l.quantityX1000, language)}</span> : <CellInput w={60} label={t('workOrders.labour.qty', { n })} value={l.quantityX1000} text={(v) => qtyText(v, language)} parse={parseQty} onCommit={(quantityX1000) => update(l.id, { quantityX1000 })} />}
              </Table.Td>
              <Table.Td ta="right">
                {locked ? <span style={num}>{formatMoney(l.rateMinor, language)}</span> : <CellInput w={88} label={t('workOrders.labour.rate', { n })} value={l.rateMinor} text={(v) => moneyText(v, language)} parse={parseMoney} onCommit={(rateMinor) => update(l.id, { rateMinor })} />}
              </Table.Td>
              <Table.Td ta="right">
                {locked ? <span style={num}>{l.discountBp ? `${percentText(l.discountBp, language)} %` : '—'}</span> : <CellInput w={64} label={t('workOrders.labour.discount', { n })} value={l.discountBp} text={(v) => percentText(v, language)} suffix="%" parse={parsePercent} onCommit={(discountBp) => update(l.id, { discountBp })} />}
              </Table.Td>
              <Table.Td ta="right" style={num} fw={500}>
                {formatMoney(l.amountMinor, language)}
                {l.discountMinor > 0 && (
                  <Text size="xs" c="dimmed" td="line-through">
                    {formatMoney(l.grossMinor, language)}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <MechanicsEditor
                  n={n}
                  mechanics={l.mechanics}
                  staff={mechanics}
                  defaultMechanicId={defaultMechanicId}
                  locked={locked}
                  onSave={async (m) => !!(await change('workOrders.updateLabour', { id: l.id, mechanics: m }))}
                />
              </Table.Td>
              <Table.Td>
                {!locked && (
                  <ActionIcon variant="subtle" color="gray" size="sm" aria-label={t('workOrders.labour.remove', { n })} onClick={() => void change('workOrders.removeLabour', { id: l.id })}>
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
