import { useState } from 'react';
import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { call } from '../api/client';
import { notifyError, notifySuccess } from '../app/notify';
import { CustomerPicker } from './CustomerPicker';
import type { CustomerListItem } from './store';

type Props = { opened: boolean; keep: { id: string; name: string }; onClose: () => void; onMerged: () => void };

/** "Merge with…" on a card: another card of the same person is merged into this one (this one stays). */
export function MergeCustomerModal({ opened, keep, onClose, onMerged }: Props) {
  const { t } = useTranslation();
  const [other, setOther] = useState<CustomerListItem | null>(null);
  const [busy, setBusy] = useState(false);
  const close = () => {
    setOther(null);
    onClose();
  };
  const merge = async () => {
    setBusy(true);
    try {
      await call('customers.merge', { keepId: keep.id, mergeId: other!.id });
      notifySuccess(t('customers.merge.done', { name: keep.name }));
      setOther(null);
      onMerged();
    } catch (e) {
      notifyError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal opened={opened} onClose={close} title={t('customers.merge.title', { name: keep.name })} size="md">
      <Stack gap="sm">
        <CustomerPicker label={t('customers.merge.other')} value={other} onChange={setOther} excludeId={keep.id} />
        {other && <Text size="sm">{t('customers.merge.explain', { merged: other.name, kept: keep.name })}</Text>}
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={close}>
            {t('common.cancel')}
          </Button>
          <Button color="red" disabled={!other} loading={busy} onClick={() => void merge()}>
            {t('customers.merge.button')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
