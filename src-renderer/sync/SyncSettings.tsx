import { useRef, useState } from 'react';
import { Alert, Anchor, Box, Button, Group, Paper, SimpleGrid, Skeleton, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconCircleCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { call, type ApiOutput } from '../api/client';
import { DataItem } from '../app/DataItem';
import { routeHash } from '../app/route';
import { showServerErrors } from '../app/server-errors';
import { formatDateTime } from '../format';
import { useLanguage } from '../i18n';
import { useSync } from './store';
import { SyncError, SyncNowButton, SyncProgress, SyncStateLine, useLastSync } from './SyncIndicators';
import type { SyncStatus } from './sync-state';

type Enrolled = Awaited<ApiOutput<'sync.enrol'>>;

/** Settings → Sync: connect this desk to head office with a one-time code, then see how it syncs. */
export function SyncSettings() {
  const { t } = useTranslation();
  const status = useSync((s) => s.status);
  const [enrolled, setEnrolled] = useState<Enrolled | null>(null);
  return (
    <Box maw={900}>
      <Title order={3} mb={4}>
        {t('sync.settings.title')}
      </Title>
      <Text size="sm" c="dimmed" mb="xs">
        {t('sync.settings.hint')}
      </Text>
      {enrolled && (
        <Alert color="teal" icon={<IconCircleCheck size={18} />} mb="sm" withCloseButton closeButtonLabel={t('common.close')} onClose={() => setEnrolled(null)}>
          {t('sync.settings.connected', { branch: enrolled.branchName, desk: enrolled.deskCode })}
        </Alert>
      )}
      <Paper withBorder p="sm">
        {!status ? <Skeleton h={80} /> : status.enrolled ? <EnrolmentView status={status} deskCode={deskCodeOf(status) ?? enrolled?.deskCode ?? null} /> : <EnrolForm onEnrolled={setEnrolled} />}
      </Paper>
    </Box>
  );
}

/** The desk code once sync.status reports it; until then, the one enrolment answered. */
function deskCodeOf(status: SyncStatus): string | null {
  return 'deskCode' in status && typeof status.deskCode === 'string' ? status.deskCode : null;
}

type EnrolValues = { serverUrl: string; code: string; deskName: string };

function EnrolForm({ onEnrolled }: { onEnrolled: (e: Enrolled) => void }) {
  const { t } = useTranslation();
  const changed = useSync((s) => s.changed);
  const form = useForm<EnrolValues>({ initialValues: { serverUrl: '', code: '', deskName: '' } });
  const [busy, setBusy] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);

  const enrol = async (values: EnrolValues) => {
    setBusy(true);
    try {
      const result = await call('sync.enrol', { serverUrl: values.serverUrl.trim(), code: values.code.trim(), ...(values.deskName.trim() ? { deskName: values.deskName.trim() } : {}) });
      onEnrolled(result);
      changed();
    } catch (e) {
      showServerErrors(form, e, formRef.current);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form ref={formRef} onSubmit={form.onSubmit(enrol)} noValidate>
      <Text size="sm" mb="xs">
        {t('sync.settings.enrolHint')}
      </Text>
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
        <TextInput type="url" label={t('sync.settings.serverUrl')} placeholder={t('sync.settings.serverUrlPlaceholder')} required autoComplete="url" {...form.getInputProps('serverUrl')} />
        <TextInput label={t('sync.settings.code')} required autoComplete="off" spellCheck={false} {...form.getInputProps('code')} />
        <TextInput label={t('sync.settings.deskName')} description={t('sync.settings.deskNameHint')} maxLength={100} {...form.getInputProps('deskName')} />
      </SimpleGrid>
      <Group justify="flex-end" mt="sm">
        <Button type="submit" loading={busy}>
          {t('sync.settings.connect')}
        </Button>
      </Group>
    </form>
  );
}

function EnrolmentView({ status, deskCode }: { status: SyncStatus; deskCode: string | null }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const lastSync = useLastSync(status);
  return (
    <Stack gap="sm">
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm" verticalSpacing="sm">
        <DataItem label={t('sync.settings.serverUrl')}>{status.serverUrl}</DataItem>
        <DataItem label={t('sync.settings.branch')}>{status.branchName}</DataItem>
        <DataItem label={t('sync.settings.headOffice')}>{status.headOffice ? t('sync.settings.headOfficeYes') : t('sync.settings.headOfficeNo')}</DataItem>
        {deskCode && (
          <DataItem label={t('sync.settings.deskCode')}>
            <Text size="sm" title={t('sync.settings.deskCodeHint')}>
              {deskCode}
            </Text>
          </DataItem>
        )}
        <DataItem label={t('sync.settings.status')}>
          <SyncStateLine status={status} />
        </DataItem>
        <DataItem label={t('sync.settings.lastSync')}>{status.lastSyncAt ? `${formatDateTime(status.lastSyncAt, language)} (${lastSync})` : t('sync.never')}</DataItem>
        <DataItem label={t('sync.settings.pending')}>{status.pendingChanges.toLocaleString(language)}</DataItem>
        <DataItem label={t('sync.settings.conflicts')}>
          {status.conflicts > 0 ? (
            <Anchor href={routeHash({ name: 'syncConflicts' })} size="sm" c="red.7" fw={600}>
              {status.conflicts.toLocaleString(language)}
            </Anchor>
          ) : (
            '0'
          )}
        </DataItem>
      </SimpleGrid>
      {status.lastError && (
        <DataItem label={t('sync.settings.lastError')}>
          <SyncError status={status} />
        </DataItem>
      )}
      <Group justify="space-between" align="flex-end">
        <Box w={320}>
          <SyncProgress />
        </Box>
        <SyncNowButton />
      </Group>
    </Stack>
  );
}
