import { useState } from 'react';
import { Anchor, Badge, Button, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { call, type ApiOutput } from '../api/client';
import { useQuery } from '../api/use-query';
import { ConfirmModal } from '../app/ConfirmModal';
import { routeHash } from '../app/route';
import { formatDayShort, formatPlate, formatTimeRange } from '../format';
import { useLanguage } from '../i18n';
import { stockHash } from '../stock/stock-route';
import { formatQty } from '../stock/stock-numbers';
import { conflictDetails, type Conflict } from './conflict-details';
import { MarkResolved, Row, settle } from './ConflictRowFrame';
import { DuplicatePhone } from './DuplicatePhone';

/** How to word a booking's place and time: the branch's clock and its bays' names. */
export type Place = { timeZone: string; bayName: (id: string) => string };

type RowProps = { conflict: Conflict; place: Place; onDone: () => void };

export function ConflictRow({ conflict, place, onDone }: RowProps) {
  const d = conflictDetails(conflict);
  switch (d.kind) {
    case 'booking_overlap':
      return <BookingOverlap conflict={conflict} ids={d.bookingIds} place={place} onDone={onDone} />;
    case 'rental_overlap':
      return <RentalOverlap conflict={conflict} ids={d.itemIds} onDone={onDone} />;
    case 'negative_stock':
      return <NegativeStock conflict={conflict} itemId={d.itemId} warehouseId={d.warehouseId} qtyX1000={d.qtyX1000} onDone={onDone} />;
    case 'duplicate_phone':
      return <DuplicatePhone conflict={conflict} phone={d.phone} customerIds={d.customerIds} onDone={onDone} />;
  }
}

type Booking = ApiOutput<'bookings.get'>;
const holds = (b: Booking | undefined) => !!b && b.status !== 'cancelled' && b.status !== 'no_show';

/** Two bookings on one bay at once: cancel either (named), and the other keeps the time. */
function BookingOverlap({ conflict, ids, place, onDone }: { conflict: Conflict; ids: string[]; place: Place; onDone: () => void }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const first = useQuery('bookings.get', ids[0] ? { id: ids[0] } : null);
  const second = useQuery('bookings.get', ids[1] ? { id: ids[1] } : null);
  const [cancelling, setCancelling] = useState<Booking | null>(null);
  const loaded = [first, second];
  const bookings = loaded.map((q) => q.data);

  const who = (b: Booking) => b.customerName ?? (b.vehiclePlate ? formatPlate(b.vehiclePlate) : null) ?? b.note ?? t('sync.conflictsPage.noCustomer');
  const when = (b: Booking) => t('sync.conflictsPage.booking', { bay: place.bayName(b.bayId), day: formatDayShort(b.start, language, place.timeZone), time: formatTimeRange(b.start, b.end, language, place.timeZone) });
  // Two bookings for the same name are told apart by their time.
  const sameName = bookings[0] && bookings[1] && who(bookings[0]) === who(bookings[1]);
  const label = (b: Booking) => (sameName ? `${who(b)}, ${formatTimeRange(b.start, b.end, language, place.timeZone)}` : who(b));
  const bothHold = bookings.every(holds);
  const settled = loaded.every((q) => !q.loading);

  return (
    <Row
      conflict={conflict}
      involved={
        <Stack gap={4}>
          {loaded.map((q, i) => (
            <BookingLine key={ids[i] ?? i} booking={q.data} gone={!!q.error} who={q.data && who(q.data)} when={q.data && when(q.data)} />
          ))}
        </Stack>
      }
      actions={
        <>
          {bothHold &&
            bookings.map(
              (b) =>
                b && (
                  <Button key={b.id} size="xs" variant="light" color="red" onClick={() => setCancelling(b)}>
                    {t('sync.conflictsPage.cancelBooking', { who: label(b) })}
                  </Button>
                ),
            )}
          {/* One of them is already cancelled or gone (another desk dealt with it): only the mark is left. */}
          {settled && !bothHold && <MarkResolved conflict={conflict} onDone={onDone} />}
          <ConfirmModal
            opened={!!cancelling}
            title={t('sync.conflictsPage.confirmCancelTitle')}
            message={cancelling ? t('sync.conflictsPage.confirmCancel', { who: who(cancelling), when: when(cancelling) }) : ''}
            confirmLabel={t('sync.conflictsPage.confirmButton')}
            onClose={() => setCancelling(null)}
            onConfirm={() => settle(conflict, t('sync.conflictsPage.cancelledBooking'), onDone, () => call('bookings.cancel', { id: cancelling!.id }))}
          />
        </>
      }
    />
  );
}

function BookingLine({ booking, gone, who, when }: { booking: Booking | undefined; gone: boolean; who?: string; when?: string }) {
  const { t } = useTranslation();
  if (gone)
    return (
      <Text size="sm" c="dimmed">
        {t('sync.conflictsPage.gone')}
      </Text>
    );
  if (!booking) return <Text size="sm">…</Text>;
  return (
    <Group gap={6} wrap="nowrap" opacity={holds(booking) ? 1 : 0.6}>
      <Text size="sm">
        {booking.customerId ? (
          <Anchor href={routeHash({ name: 'customer', id: booking.customerId })} size="sm" fw={500}>
            {who}
          </Anchor>
        ) : (
          <b>{who}</b>
        )}
        {booking.vehiclePlate && booking.customerName ? ` · ${formatPlate(booking.vehiclePlate)}` : ''} — {when}
      </Text>
      {!holds(booking) && (
        <Badge size="xs" variant="light" color="gray">
          {t(`booking.status.${booking.status}`)}
        </Badge>
      )}
    </Group>
  );
}

/** Two confirmed rental items on one machine or driver at once: cancel either. */
function RentalOverlap({ conflict, ids, onDone }: { conflict: Conflict; ids: string[]; onDone: () => void }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const lang = language === 'ru' ? 'ru' : 'en';
  const first = useQuery('rentals.driverMessage', ids[0] ? { itemId: ids[0], lang } : null);
  const second = useQuery('rentals.driverMessage', ids[1] ? { itemId: ids[1], lang } : null);
  const [cancelling, setCancelling] = useState<{ id: string; n: number } | null>(null);
  return (
    <Row
      conflict={conflict}
      involved={
        <Stack gap={6}>
          {[first, second].map((q, i) => (
            <div key={ids[i] ?? i}>
              <Text size="sm" fw={600}>
                {t('sync.conflictsPage.rental', { n: i + 1 })}
              </Text>
              <Text size="xs" c={q.error ? 'dimmed' : undefined} style={{ whiteSpace: 'pre-line' }}>
                {q.error ? t('sync.conflictsPage.gone') : (q.data?.text ?? '…')}
              </Text>
            </div>
          ))}
        </Stack>
      }
      actions={
        <>
          {ids.map((id, i) => (
            <Button key={id} size="xs" variant="light" color="red" onClick={() => setCancelling({ id, n: i + 1 })}>
              {t('sync.conflictsPage.cancelItem', { n: i + 1 })}
            </Button>
          ))}
          <ConfirmModal
            opened={!!cancelling}
            title={t('sync.conflictsPage.confirmCancelItemTitle')}
            message={cancelling ? t('sync.conflictsPage.confirmCancelItem', { n: cancelling.n }) : ''}
            confirmLabel={t('sync.conflictsPage.confirmButton')}
            onClose={() => setCancelling(null)}
            onConfirm={() => settle(conflict, t('sync.conflictsPage.cancelledItem'), onDone, () => call('rentals.cancelItem', { id: cancelling!.id }))}
          />
        </>
      }
    />
  );
}

/** Stock below zero after two desks moved it: someone checks the shelf, posts a correction, then marks it. */
function NegativeStock({ conflict, itemId, warehouseId, qtyX1000, onDone }: { conflict: Conflict; itemId: string; warehouseId: string; qtyX1000: number; onDone: () => void }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const item = useQuery('items.get', itemId ? { id: itemId } : null);
  const warehouses = useQuery('warehouses.list', { includeInactive: true }).data;
  const warehouse = warehouses?.items.find((w) => w.id === warehouseId)?.name ?? '';
  const onHand = item.data ? (item.data.warehouses.find((w) => w.warehouseId === warehouseId)?.onHandX1000 ?? 0) : qtyX1000;
  const unit = item.data ? ` ${t(`stock.unit.${item.data.unit}`)}` : '';
  return (
    <Row
      conflict={conflict}
      involved={
        <Text size="sm">
          <b>{item.data ? [item.data.article, item.data.name].filter(Boolean).join(' · ') : item.error ? t('sync.conflictsPage.gone') : '…'}</b>
          {' — '}
          <Text span c={onHand < 0 ? 'red.7' : undefined} style={{ fontVariantNumeric: 'tabular-nums' }}>
            {t('sync.conflictsPage.stock', { qty: formatQty(onHand, language) + unit, warehouse })}
          </Text>
        </Text>
      }
      actions={
        <>
          <Anchor href={stockHash({ screen: 'item', id: itemId })} size="sm" mr={6}>
            {t('sync.conflictsPage.openItem')}
          </Anchor>
          <MarkResolved conflict={conflict} onDone={onDone} />
        </>
      }
    />
  );
}
