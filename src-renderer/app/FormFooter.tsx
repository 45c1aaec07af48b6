import { useState } from 'react';
import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ConfirmModal } from './ConfirmModal';
import { notifySuccess } from './notify';

type Removal = { title: string; message: string; remove: () => Promise<unknown> };

/**
 * The foot of an edit form: Remove (asks first) on the left, Cancel and Save on the right.
 * Remove is shown only when there is something to remove.
 */
export function FormFooter({ saving, onCancel, removal, onRemoved }: { saving: boolean; onCancel: () => void; removal?: Removal; onRemoved: () => void }) {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  return (
    <Group justify="space-between" mt="xs">
      <div>
        {removal && (
          <Button variant="subtle" color="red" onClick={() => setConfirming(true)}>
            {t('common.remove')}
          </Button>
        )}
      </div>
      <Group gap="xs">
        <Button variant="default" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
        <Button type="submit" loading={saving}>
          {t('common.save')}
        </Button>
      </Group>
      {removal && (
        <ConfirmModal
          opened={confirming}
          title={removal.title}
          message={removal.message}
          confirmLabel={t('common.remove')}
          onClose={() => setConfirming(false)}
          onConfirm={async () => {
            await removal.remove();
            notifySuccess(t('common.removed'));
            onRemoved();
          }}
        />
      )}
    </Group>
  );
}
