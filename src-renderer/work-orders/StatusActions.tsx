import { useState, type ReactNode } from 'react';
import { Button, Group, Modal } from '@mantine/core';
import { IconArrowBackUp, IconBan, IconCar, IconCheck, IconPlayerPlay } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ConfirmModal } from '../app/ConfirmModal';
import { ReasonForm } from '../app/ReasonForm';
import { call } from '../api/client';
import { notifySuccess } from '../app/notify';
import { useOrder } from './order-store';
import type { WorkOrder } from './order-types';

type Next = 'in_progress' | 'completed' | 'issued';

/** The order's way forward: draft → in progress → completed → issued; cancel while open; reopen when closed. */
export function StatusActions({ order }: { order: WorkOrder }) {
  const { t } = useTranslation();
  const { change, busy } = useOrder();
  const [dialog, setDialog] = useState<'cancel' | 'reopen' | null>(null);

  const move = async (status: Next) => {
    if (await change('workOrders.setStatus', { id: order.id, status })) notifySuccess(t(`workOrders.order.done.${status}`));
  };

  const next: { status: Next; label: string; icon: ReactNode } | null =
    order.status === 'draft'
      ? { status: 'in_progress', label: t('workOrders.order.action.start'), icon: <IconPlayerPlay size={16} /> }
      : order.status === 'in_progress'
        ? { status: 'completed', label: t('workOrders.order.action.complete'), icon: <IconCheck size={16} /> }
        : order.status === 'completed'
          ? { status: 'issued', label: t('workOrders.order.action.issue'), icon: <IconCar size={16} /> }
          : null;
  const open = order.status === 'draft' || order.status === 'in_progress';
  const closed = order.status === 'completed' || order.status === 'issued';

  return (
    <Group gap="xs" wrap="nowrap">
      {open && (
        <Button size="sm" variant="subtle" color="red" leftSection={<IconBan size={16} />} onClick={() => setDialog('cancel')}>
          {t('workOrders.order.action.cancel')}
        </Button>
      )}
      {closed && (
        <Button size="sm" variant="default" leftSection={<IconArrowBackUp size={16} />} onClick={() => setDialog('reopen')}>
          {t('workOrders.order.action.reopen')}
        </Button>
      )}
      {next && (
        <Button size="sm" leftSection={next.icon} onClick={() => void move(next.status)} loading={busy}>
          {next.label}
        </Button>
      )}
      <ConfirmModal
        opened={dialog === 'cancel'}
        title={t('workOrders.order.cancelTitle')}
        message={t('workOrders.order.cancelConfirm', { number: order.number })}
        confirmLabel={t('workOrders.order.action.cancel')}
        onClose={() => setDialog(null)}
        onConfirm={async () => {
          useOrder.setState({ order: await call('workOrders.setStatus', { id: order.id, status: 'cancelled' }) });
          notifySuccess(t('workOrders.order.done.cancelled'));
        }}
      />
      <ReopenModal opened={dialog === 'reopen'} order={order} onClose={() => setDialog(null)} />
    </Group>
  );
}

function ReopenModal({ opened, order, onClose }: { opened: boolean; order: WorkOrder; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={t('workOrders.order.reopenTitle', { number: order.number })} size="md">
      <ReopenForm order={order} onClose={onClose} />
    </Modal>
  );
}

function ReopenForm({ order, onClose }: { order: WorkOrder; onClose: () => void }) {
  const { t } = useTranslation();
  const change = useOrder((s) => s.change);
  const reopen = async (reason: string) => {
    const ok = !!(await change('workOrders.reopen', { id: order.id, reason }));
    if (ok) notifySuccess(t('workOrders.order.done.reopened'));
    return ok;
  };
  return <ReasonForm hint={t('workOrders.order.reopenHint')} label={t('workOrders.order.reopenReason')} submitLabel={t('workOrders.order.action.reopen')} onSubmit={reopen} onClose={onClose} />;
}
