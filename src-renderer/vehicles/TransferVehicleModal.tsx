import { useState } from 'react';
import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ApiCallError, call } from '../api/client';
import { notifyError, notifySuccess } from '../app/notify';
import { CustomerPicker } from '../customers/CustomerPicker';
import type { CustomerListItem } from '../customers/store';
import { vehicleName, type CardVehicle } from './vehicle-form';

type Props = { vehicle: CardVehicle | null; onClose: () => void; onTransferred: () => void };

/** Give a vehicle to another customer; its ownership history keeps the current owner. */
export function TransferVehicleModal({ vehicle, onClose, onTransferred }: Props) {
  const { t } = useTranslation();
  const title = vehicle ? t('vehicles.transferTitle', { vehicle: vehicleName(vehicle, t('vehicles.noPlate')) }) : '';
  return (
    <Modal opened={vehicle !== null} onClose={onClose} title={title} size="md">
      {vehicle && <TransferForm vehicle={vehicle} onCancel={onClose} onTransferred={onTransferred} />}
    </Modal>
  );
}

function TransferForm({ vehicle, onCancel, onTransferred }: { vehicle: CardVehicle; onCancel: () => void; onTransferred: () => void }) {
  const { t } = useTranslation();
  const [owner, setOwner] = useState<CustomerListItem | null>(null);
  const [error, setError] = useState<string | undefined>();
  const [saving, setSaving] = useState(false);

  const transfer = async () => {
    if (!owner) return;
    setSaving(true);
    try {
      await call('vehicles.transfer', { id: vehicle.id, customerId: owner.id });
      notifySuccess(t('vehicles.transferred', { name: owner.name }));
      onTransferred();
    } catch (e) {
      if (e instanceof ApiCallError) setError(e.fields.customerId);
      notifyError(e);
    } finally {
      setSaving(false);
    }
  };

  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        void transfer();
      }}
    >
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          {t('vehicles.transferHint')}
        </Text>
        <CustomerPicker
          label={t('vehicles.newOwner')}
          value={owner}
          onChange={(c) => {
            setOwner(c);
            setError(undefined);
          }}
          excludeId={vehicle.customerId}
          error={error}
        />
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={saving} disabled={!owner}>
            {t('vehicles.transfer')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
