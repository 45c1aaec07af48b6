import { useState, type ReactNode } from 'react';
import { Button, Group, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { call } from '../api/client';
import { notifyError, notifySuccess } from '../app/notify';
import { formatDateTime } from '../format';
import { useLanguage } from '../i18n';
import type { Conflict } from './conflict-details';

/** The row every kind shares: what, who or what is involved, when found, and how to settle it (or when it was). */
export function Row({ conflict, involved, actions }: { conflict: Conflict; involved: ReactNode; actions: ReactNode }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <Table.Tr>
      <Table.Td fw={500} valign="top">
        {t(`sync.conflictsPage.kind.${conflict.kind}`)}
      </Table.Td>
      <Table.Td valign="top">{involved}</Table.Td>
      <Table.Td valign="top" style={{ whiteSpace: 'nowrap' }}>
        {formatDateTime(conflict.detectedAt, language)}
      </Table.Td>
      <Table.Td valign="top">
        {conflict.resolvedAt ? (
          <Text size="sm" c="dimmed">
            {t('sync.conflictsPage.resolvedAt', { when: formatDateTime(conflict.resolvedAt, language) })}
          </Text>
        ) : (
          <Group gap={6}>{actions}</Group>
        )}
      </Table.Td>
    </Table.Tr>
  );
}

/** Marks the conflict resolved after `work` (if any) has succeeded, and says so. */
export async function settle(conflict: Conflict, message: string, onDone: () => void, work?: () => Promise<unknown>): Promise<void> {
  await work?.();
  await call('sync.resolveConflict', { id: conflict.id });
  notifySuccess(message);
  onDone();
}

export function MarkResolved({ conflict, onDone }: { conflict: Conflict; onDone: () => void }) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const mark = async () => {
    setBusy(true);
    try {
      await settle(conflict, t('sync.conflictsPage.resolved'), onDone);
    } catch (e) {
      notifyError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button size="xs" variant="default" loading={busy} onClick={() => void mark()}>
      {t('sync.conflictsPage.markResolved')}
    </Button>
  );
}
