import { useState } from 'react';
import { Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';

type Props = { hint: string; label: string; submitLabel: string; colour?: string; initial?: string; onSubmit: (reason: string) => Promise<boolean>; onClose: () => void };

/** A reason that must be given (reopening an order, losing a deal): Enter submits, Shift+Enter starts a new line. */
export function ReasonForm({ hint, label, submitLabel, colour, initial = '', onSubmit, onClose }: Props) {
  const { t } = useTranslation();
  const [reason, setReason] = useState(initial);
  const [saving, setSaving] = useState(false);
  const submit = async () => {
    if (!reason.trim()) return;
    setSaving(true);
    const ok = await onSubmit(reason.trim());
    setSaving(false);
    if (ok) onClose();
  };
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <Stack gap="sm">
        <Text size="sm">{hint}</Text>
        <Textarea
          label={label}
          required
          autosize
          minRows={2}
          data-autofocus
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && !e.shiftKey) {
              e.preventDefault();
              void submit();
            }
          }}
        />
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" color={colour} disabled={!reason.trim()} loading={saving}>
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
