import { Anchor, Box, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { routeHash } from '../app/route';
import { useSync, useSyncPolling } from './store';
import { SyncError, SyncNowButton, SyncProgress, SyncStateLine, useLastSync } from './SyncIndicators';

/** Sync with head office at the foot of the navigation: always in sight, one click from "Sync now". */
export function SyncStatusBlock() {
  const { t } = useTranslation();
  useSyncPolling();
  const status = useSync((s) => s.status);
  const lastSync = useLastSync(status);
  if (!status) return null;
  return (
    <Box component="section" aria-label={t('sync.statusLabel')} px="xs" py={6} style={{ borderTop: '1px solid var(--mantine-color-default-border)' }}>
      {status.enrolled ? (
        <Stack gap={4}>
          <SyncStateLine status={status} />
          <Text size="xs" c="dimmed">
            {t('sync.lastSync', { when: lastSync })}
          </Text>
          <Text size="xs" c="dimmed">
            {status.pendingChanges ? t('sync.pending', { count: status.pendingChanges }) : t('sync.allSent')}
          </Text>
          {status.conflicts > 0 && (
            <Anchor href={routeHash({ name: 'syncConflicts' })} size="xs" c="red.7" fw={600}>
              {t('sync.conflicts', { count: status.conflicts })}
            </Anchor>
          )}
          <SyncError status={status} short />
          <SyncProgress />
          <SyncNowButton compact />
        </Stack>
      ) : (
        <Anchor href={routeHash({ name: 'settings', tab: 'sync' })} size="sm" c="dimmed" underline="hover">
          <SyncStateLine status={status} />
        </Anchor>
      )}
    </Box>
  );
}
