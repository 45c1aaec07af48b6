import { useEffect, useRef, useState } from 'react';
import { Group, LoadingOverlay, Paper, Switch, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useQuery } from '../api/use-query';
import { useDelayedFlag } from '../app/use-delayed-flag';
import { useSync } from './store';
import { ConflictRow, type Place } from './ConflictRows';

/** Conflicts that merging could not settle alone, each with the actions that settle it. */
export function ConflictsPage() {
  const { t } = useTranslation();
  const [showResolved, setShowResolved] = useState(false);
  const { data, loading, reload } = useQuery('sync.conflicts', { includeResolved: showResolved });
  const branch = useQuery('branches.current', {}).data;
  const bays = useQuery('bays.list', {}).data;
  const changed = useSync((s) => s.changed);
  const showProgress = useDelayedFlag(loading);
  useReloadAfterSync(reload);

  const place: Place = { timeZone: branch?.timeZone ?? 'UTC', bayName: (id) => bays?.items.find((b) => b.id === id)?.name ?? '' };
  const items = data?.items ?? [];
  // The nav's count follows, and so does this list.
  const done = () => changed();

  return (
    <>
      <Title order={2} mb={4}>
        {t('sync.conflictsPage.title')}
      </Title>
      <Group justify="space-between" align="flex-start" mb="xs" wrap="nowrap">
        <Text size="sm" c="dimmed" maw={760}>
          {t('sync.conflictsPage.hint')}
        </Text>
        <Switch label={t('sync.conflictsPage.showResolved')} checked={showResolved} onChange={(e) => setShowResolved(e.currentTarget.checked)} style={{ flex: 'none' }} />
      </Group>
      <Paper withBorder pos="relative" mih={60}>
        <LoadingOverlay visible={showProgress} />
        {data && items.length === 0 && (
          <Text size="sm" c="dimmed" p="md">
            {t('sync.conflictsPage.empty')}
          </Text>
        )}
        {items.length > 0 && (
          <Table fz="sm" verticalSpacing={8} aria-label={t('sync.conflictsPage.title')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={190}>{t('sync.conflictsPage.col.kind')}</Table.Th>
                <Table.Th>{t('sync.conflictsPage.col.involved')}</Table.Th>
                <Table.Th w={150}>{t('sync.conflictsPage.col.detected')}</Table.Th>
                <Table.Th w={300}>{t('sync.conflictsPage.col.actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((c) => (
                <ConflictRow key={c.id} conflict={c} place={place} onDone={done} />
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Paper>
    </>
  );
}

/** Loads the list again whenever a sync ends or a conflict is dealt with (not on the first render: useQuery has just loaded). */
function useReloadAfterSync(reload: () => void) {
  const version = useSync((s) => s.version);
  const first = useRef(version);
  useEffect(() => {
    if (version !== first.current) reload();
  }, [version, reload]);
}
