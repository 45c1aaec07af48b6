import { useState } from 'react';
import { ActionIcon, Alert, Badge, Box, Button, Group, Paper, Skeleton, Stack, Text, Title, Tooltip } from '@mantine/core';
import { IconArrowLeft, IconArrowsJoin, IconPencil, IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { call } from '../api/client';
import { useQuery } from '../api/use-query';
import { navigate } from '../app/route';
import { notifySuccess } from '../app/notify';
import { ConfirmModal } from '../app/ConfirmModal';
import { CustomerDetails } from './CustomerDetails';
import { CustomerFormModal } from './CustomerFormModal';
import { MergeCustomerModal } from './MergeCustomerModal';
import { VehiclesTable, type VehicleAction } from '../vehicles/VehiclesTable';
import { PastVehiclesTable } from '../vehicles/PastVehiclesTable';
import { VehicleFormModal } from '../vehicles/VehicleFormModal';
import { VehicleHistoryDrawer } from '../vehicles/VehicleHistoryDrawer';
import { TransferVehicleModal } from '../vehicles/TransferVehicleModal';
import { vehicleName, type CardVehicle } from '../vehicles/vehicle-form';

type Dialog =
  | { kind: 'none' }
  | { kind: 'edit-customer' }
  | { kind: 'remove-customer' }
  | { kind: 'merge-customer' }
  | { kind: 'add-vehicle' }
  | { kind: Exclude<VehicleAction, 'history'>; vehicle: CardVehicle };

/** A card that cannot be shown: merged into another (with the way there), or gone. */
function NotFound({ id, error }: { id: string; error: unknown }) {
  const { t } = useTranslation();
  const merged = useQuery('customers.mergedInto', { id }).data?.item;
  if (merged)
    return (
      <Alert color="blue" title={t('customers.card.mergedTitle')}>
        <Stack gap="xs" align="flex-start">
          <Text size="sm">{t('customers.card.mergedInto', { name: merged.name })}</Text>
          <Button size="xs" variant="light" onClick={() => navigate({ name: 'customer', id: merged.id })}>
            {t('customers.card.openMerged', { name: merged.name })}
          </Button>
        </Stack>
      </Alert>
    );
  return (
    <Alert color="red" title={t('customers.card.notFound')}>
      {error instanceof Error ? error.message : String(error)}
    </Alert>
  );
}

function backToList() {
  navigate({ name: 'customers' });
}

/** One customer: details, current and past vehicles, and everything done to them from here. */
export function CustomerCard({ id }: { id: string }) {
  const { t } = useTranslation();
  const { data: customer, error, loading, reload } = useQuery('customers.get', { id });
  const [dialog, setDialog] = useState<Dialog>({ kind: 'none' });
  const [historyOf, setHistoryOf] = useState<CardVehicle | null>(null);
  const close = () => setDialog({ kind: 'none' });
  const closeAndReload = () => {
    close();
    reload();
  };

  if (error && !customer) {
    return (
      <Stack maw={600}>
        <NotFound id={id} error={error} />
        <Button variant="default" onClick={backToList} w="fit-content" leftSection={<IconArrowLeft size={16} />}>
          {t('common.back')}
        </Button>
      </Stack>
    );
  }
  if (!customer) return <CardSkeleton />;

  const vehicleDialog = 'vehicle' in dialog ? dialog.vehicle : null;
  const onVehicleAction = (action: VehicleAction, vehicle: CardVehicle) => (action === 'history' ? setHistoryOf(vehicle) : setDialog({ kind: action, vehicle }));

  return (
    <Stack gap="md" maw={1200} aria-busy={loading}>
      <Group justify="space-between" wrap="nowrap">
        <Group gap="xs" wrap="nowrap">
          <Tooltip label={t('common.back')}>
            <ActionIcon variant="subtle" color="gray" onClick={backToList} aria-label={t('common.back')}>
              <IconArrowLeft size={18} />
            </ActionIcon>
          </Tooltip>
          <Title order={2}>{customer.name}</Title>
          <Badge variant="light" color={customer.kind === 'company' ? 'grape' : 'blue'}>
            {t(`customers.kind.${customer.kind}`)}
          </Badge>
        </Group>
        <Group gap="xs" wrap="nowrap">
          <Button size="sm" variant="light" leftSection={<IconPencil size={16} />} onClick={() => setDialog({ kind: 'edit-customer' })}>
            {t('common.edit')}
          </Button>
          <Button size="sm" variant="subtle" leftSection={<IconArrowsJoin size={16} />} onClick={() => setDialog({ kind: 'merge-customer' })}>
            {t('customers.merge.open')}
          </Button>
          <Button size="sm" variant="subtle" color="red" leftSection={<IconTrash size={16} />} onClick={() => setDialog({ kind: 'remove-customer' })}>
            {t('common.remove')}
          </Button>
        </Group>
      </Group>

      <CustomerDetails customer={customer} />

      <Box>
        <Group justify="space-between" mb="xs">
          <Title order={3}>{t('customers.card.vehicles')}</Title>
          <Button size="xs" leftSection={<IconPlus size={14} />} onClick={() => setDialog({ kind: 'add-vehicle' })}>
            {t('vehicles.add')}
          </Button>
        </Group>
        <Paper withBorder>
          {customer.vehicles.length ? (
            <VehiclesTable vehicles={customer.vehicles} onAction={onVehicleAction} />
          ) : (
            <Text size="sm" c="dimmed" p="sm">
              {t('customers.card.noVehicles')}
            </Text>
          )}
        </Paper>
      </Box>

      {customer.pastVehicles.length > 0 && (
        <Box>
          <Title order={3} mb="xs">
            {t('customers.card.pastVehicles')}
          </Title>
          <Paper withBorder>
            <PastVehiclesTable vehicles={customer.pastVehicles} />
          </Paper>
        </Box>
      )}

      <CustomerFormModal opened={dialog.kind === 'edit-customer'} customer={customer} onClose={close} onSaved={closeAndReload} />
      <MergeCustomerModal opened={dialog.kind === 'merge-customer'} keep={customer} onClose={close} onMerged={closeAndReload} />
      <ConfirmModal
        opened={dialog.kind === 'remove-customer'}
        title={t('customers.removeTitle')}
        message={t('customers.removeConfirm', { name: customer.name })}
        confirmLabel={t('common.remove')}
        onClose={close}
        onConfirm={async () => {
          await call('customers.remove', { id });
          notifySuccess(t('common.removed'));
          backToList();
        }}
      />
      <VehicleFormModal
        opened={dialog.kind === 'add-vehicle' || dialog.kind === 'edit'}
        customerId={id}
        vehicle={dialog.kind === 'edit' ? dialog.vehicle : undefined}
        onClose={close}
        onSaved={closeAndReload}
      />
      <TransferVehicleModal vehicle={dialog.kind === 'transfer' ? dialog.vehicle : null} onClose={close} onTransferred={closeAndReload} />
      <ConfirmModal
        opened={dialog.kind === 'remove'}
        title={t('vehicles.removeTitle')}
        message={vehicleDialog ? t('vehicles.removeConfirm', { vehicle: vehicleName(vehicleDialog, t('vehicles.noPlate')) }) : ''}
        confirmLabel={t('common.remove')}
        onClose={close}
        onConfirm={async () => {
          if (!vehicleDialog) return;
          await call('vehicles.remove', { id: vehicleDialog.id });
          notifySuccess(t('common.removed'));
          reload();
        }}
      />
      <VehicleHistoryDrawer
        vehicleId={historyOf?.id ?? null}
        onClose={() => setHistoryOf(null)}
        onEdit={() => {
          if (historyOf) setDialog({ kind: 'edit', vehicle: historyOf });
          setHistoryOf(null);
        }}
      />
    </Stack>
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
