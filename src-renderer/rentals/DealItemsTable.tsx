import { useState } from 'react';
import { ActionIcon, Badge, Button, Group, Menu, Table, Text, Tooltip } from '@mantine/core';
import { IconCheck, IconDots, IconFileDescription, IconSend, IconTrash, IconX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { call } from '../api/client';
import { ConfirmModal } from '../app/ConfirmModal';
import { notifySuccess } from '../app/notify';
import { useLanguage } from '../i18n';
import { formatHoursX100, formatKm, formatMoney, formatPlate } from '../format';
import { changeDeal, showDeal } from './deal-store';
import { nameOf, type Fleet } from './fleet-store';
import { ItemStatusBadge } from './RentalBadges';
import { formatTonnes, formatTrip } from './rental-format';
import type { Deal, DealItem } from './rental-types';

const num = { fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' } as const;

type Props = { deal: Deal; fleet: Fleet; timeZone: string; onWaybill: (item: DealItem) => void; onSend: (item: DealItem) => void };
type Asking = { kind: 'cancel' | 'remove'; item: DealItem; n: number };

/** Who drives what and when; each item confirmed (booked), cancelled, sent to its driver, and closed with a waybill. */
export function DealItemsTable({ deal, fleet, timeZone, onWaybill, onSend }: Props) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [confirming, setConfirming] = useState<string | null>(null);
  const [asking, setAsking] = useState<Asking | null>(null);
  const money = (m: number) => formatMoney(m, language);

  const confirm = async (item: DealItem) => {
    setConfirming(item.id);
    if (await changeDeal('rentals.confirmItem', { id: item.id })) notifySuccess(t('rentals.deal.items.confirmed'));
    setConfirming(null);
  };

  return (
    <>
      <Table fz="sm" verticalSpacing={5} aria-labelledby="deal-items">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={28}>#</Table.Th>
            <Table.Th>{t('rentals.deal.items.col.machine')}</Table.Th>
            <Table.Th>{t('rentals.deal.items.col.driver')}</Table.Th>
            <Table.Th>{t('rentals.deal.items.col.when')}</Table.Th>
            <Table.Th ta="right">{t('rentals.deal.items.col.rate')}</Table.Th>
            <Table.Th ta="right">{t('rentals.deal.items.col.hours')}</Table.Th>
            <Table.Th ta="right">{t('rentals.deal.items.col.km')}</Table.Th>
            <Table.Th ta="right">{t('rentals.deal.items.col.amount')}</Table.Th>
            <Table.Th w={130}>{t('rentals.deal.items.col.status')}</Table.Th>
            <Table.Th ta="right">{t('common.actions')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {deal.items.map((item, index) => {
            const n = index + 1;
            const machine = fleet.machines.find((m) => m.id === item.machineId);
            const driver = item.supply ? item.supplyDriverName : nameOf(fleet.drivers, item.driverId);
            const live = item.status !== 'cancelled';
            return (
              <Table.Tr key={item.id} c={live ? undefined : 'dimmed'} aria-label={t('rentals.deal.items.row', { n })}>
                <Table.Td c="dimmed" style={num}>
                  {n}
                </Table.Td>
                <Table.Td>
                  <Text size="xs" c="dimmed">
                    {nameOf(fleet.types, item.machineTypeId)}
                    {machine && ` · ${formatTonnes(machine.capacityKg, language, t)}`}
                  </Text>
                  {machine ? (
                    <Text size="sm">
                      {machine.model} <b style={num}>{formatPlate(machine.plate)}</b>
                    </Text>
                  ) : item.supply ? (
                    <>
                      <Group gap={6} wrap="nowrap">
                        <Badge size="sm" color="orange" variant="light" radius="sm" tt="none" style={{ flexShrink: 0 }}>
                          {t('rentals.deal.items.supply')}
                        </Badge>
                        <b style={num}>{formatPlate(item.supplyPlate)}</b>
                      </Group>
                      <Text size="xs" c="dimmed">
                        {nameOf(fleet.suppliers, item.supplierId)}
                      </Text>
                    </>
                  ) : (
                    <Text size="sm" c="dimmed" fs="italic">
                      {t('rentals.deal.items.noMachine')}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>{driver || <Text span size="sm" c="dimmed" fs="italic">{t('rentals.deal.items.noDriver')}</Text>}</Table.Td>
                <Table.Td style={num}>
                  {formatTrip(item.startAt, item.endAt, language, timeZone)}
                  {item.waybill && (
                    <Text size="xs" c="teal.8">
                      {t('rentals.deal.items.worked', { hours: formatHoursX100(item.waybill.billableHoursX100, language), km: formatKm(item.waybill.km, language) })}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td ta="right" style={num}>
                  {money(item.rateMinor)}
                </Table.Td>
                <Table.Td ta="right" style={num}>
                  {formatHoursX100(item.orderedHoursX100, language)}
                  {item.minHoursX100 > item.orderedHoursX100 && (
                    <Text size="xs" c="dimmed">
                      {t('rentals.deal.items.minHours', { hours: formatHoursX100(item.minHoursX100, language) })}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td ta="right" style={num}>
                  {item.orderedKm || '—'}
                </Table.Td>
                <Table.Td ta="right" style={num} fw={600}>
                  {money(item.prepaymentMinor)}
                </Table.Td>
                <Table.Td>
                  <ItemStatusBadge status={item.status} />
                </Table.Td>
                <Table.Td>
                  <Group gap={4} justify="flex-end" wrap="nowrap">
                    {item.status === 'draft' && (
                      <Button size="compact-sm" leftSection={<IconCheck size={14} />} onClick={() => void confirm(item)} loading={confirming === item.id} aria-label={t('rentals.deal.items.confirmOf', { n })}>
                        {t('rentals.deal.items.confirm')}
                      </Button>
                    )}
                    {(item.status === 'confirmed' || item.status === 'done') && (
                      <Button size="compact-sm" variant={item.waybill ? 'default' : 'light'} leftSection={<IconFileDescription size={14} />} onClick={() => onWaybill(item)} aria-label={t('rentals.deal.items.waybillOf', { n })}>
                        {t('rentals.deal.items.waybill')}
                      </Button>
                    )}
                    {live && (
                      <Tooltip label={t('rentals.deal.items.sendOf', { n })} openDelay={300}>
                        <ActionIcon variant="subtle" color="gray" aria-label={t('rentals.deal.items.sendOf', { n })} onClick={() => onSend(item)}>
                          <IconSend size={16} />
                        </ActionIcon>
                      </Tooltip>
                    )}
                    <Menu position="bottom-end" withinPortal>
                      <Menu.Target>
                        <ActionIcon variant="subtle" color="gray" aria-label={t('rentals.deal.items.more', { n })}>
                          <IconDots size={16} />
                        </ActionIcon>
                      </Menu.Target>
                      <Menu.Dropdown>
                        <Menu.Item leftSection={<IconX size={14} />} disabled={item.status !== 'draft' && item.status !== 'confirmed'} onClick={() => setAsking({ kind: 'cancel', item, n })}>
                          {t('rentals.deal.items.cancel')}
                        </Menu.Item>
                        <Menu.Item color="red" leftSection={<IconTrash size={14} />} disabled={item.status === 'confirmed' || item.status === 'done'} onClick={() => setAsking({ kind: 'remove', item, n })}>
                          {t('rentals.deal.items.remove')}
                        </Menu.Item>
                      </Menu.Dropdown>
                    </Menu>
                  </Group>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
      <ConfirmModal
        opened={!!asking}
        title={asking?.kind === 'remove' ? t('rentals.deal.items.remove') : t('rentals.deal.items.cancelTitle')}
        message={asking ? t(asking.kind === 'remove' ? 'rentals.deal.items.removeConfirm' : 'rentals.deal.items.cancelConfirm', { n: asking.n, title: asking.item.title }) : ''}
        confirmLabel={asking?.kind === 'remove' ? t('rentals.deal.items.remove') : t('rentals.deal.items.cancel')}
        onClose={() => setAsking(null)}
        onConfirm={async () => {
          if (!asking) return;
          // ConfirmModal shows a refusal itself, so these calls go round the store's own notice.
          showDeal(await call(asking.kind === 'remove' ? 'deals.removeItem' : 'rentals.cancelItem', { id: asking.item.id }));
          notifySuccess(asking.kind === 'remove' ? t('common.removed') : t('rentals.deal.items.cancelled'));
        }}
      />
    </>
  );
}
