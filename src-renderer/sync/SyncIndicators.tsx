import { Box, Button, Group, Progress, Text, Tooltip } from '@mantine/core';
import { IconRefresh } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../i18n';
import { useSync } from './store';
import { formatAgo } from './relative-time';
import { isRunning, stateColour, syncState, type SyncStatus } from './sync-state';

/** A coloured dot and the word for it: Online, Offline, Connected, Not connected. */
export function SyncStateLine({ status }: { status: SyncStatus }) {
  const { t } = useTranslation();
  const state = syncState(status);
  return (
    <Group gap={6} wrap="nowrap">
      <Box w={9} h={9} bg={`${stateColour[state]}.6`} style={{ borderRadius: '50%', flex: 'none' }} aria-hidden />
      <Text size="sm" fw={500}>
        {t(`sync.state.${state}`)}
      </Text>
    </Group>
  );
}

/** "5 min ago", "just now" or "never", in the user's language. */
export function useLastSync(status: SyncStatus | null): string {
  const { t } = useTranslation();
  const language = useLanguage();
  const readAt = useSync((s) => s.readAt);
  if (!status?.lastSyncAt) return t('sync.never');
  return formatAgo(status.lastSyncAt, readAt, language) ?? t('sync.justNow');
}

/** The last failure in words a front desk understands (`short` for the navigation); the technical reason stays in a tooltip. */
export function SyncError({ status, short }: { status: SyncStatus; short?: boolean }) {
  const { t } = useTranslation();
  if (!status.lastError) return null;
  const words = status.online === false ? t(short ? 'sync.error.offlineShort' : 'sync.error.offline') : t('sync.error.refused', { detail: status.lastError });
  return (
    <Tooltip label={status.lastError} multiline w={280} withArrow>
      <Text size="xs" c="red.7" lineClamp={short ? 3 : undefined}>
        {words}
      </Text>
    </Tooltip>
  );
}

/** While a sync runs: a bar with what it does ("Sending 120 / 500"); nothing otherwise. */
export function SyncProgress() {
  const { t } = useTranslation();
  const language = useLanguage();
  const status = useSync((s) => s.status);
  const syncing = useSync((s) => s.syncing);
  if (!isRunning(status, syncing)) return null;
  const p = status?.progress;
  const n = (x: number) => x.toLocaleString(language);
  const label = p ? t(`sync.progress.${p.phase}`, { done: n(p.done), total: n(p.total) }) : t('sync.progress.start');
  const value = p && p.total > 0 ? Math.min(100, (100 * p.done) / p.total) : 100;
  return (
    <Box>
      <Progress value={value} size="sm" striped animated={!p} aria-label={label} />
      <Text size="xs" c="dimmed" mt={2} style={{ fontVariantNumeric: 'tabular-nums' }}>
        {label}
      </Text>
    </Box>
  );
}

/** "Sync now"; `compact` (the navigation) leaves out the icon so the Russian word fits. */
export function SyncNowButton({ compact }: { compact?: boolean }) {
  const { t } = useTranslation();
  const status = useSync((s) => s.status);
  const syncing = useSync((s) => s.syncing);
  const syncNow = useSync((s) => s.syncNow);
  return (
    <Button
      size={compact ? 'xs' : 'sm'}
      variant="light"
      fullWidth={compact}
      px={compact ? 4 : undefined}
      leftSection={compact ? undefined : <IconRefresh size={16} />}
      disabled={isRunning(status, syncing)}
      onClick={() => void syncNow()}
    >
      {t('sync.now')}
    </Button>
  );
}
