import { useState } from 'react';
import { Badge, Box, Button, Group, LoadingOverlay, Paper, Table, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconPlus, IconSearch } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { call } from '../api/client';
import { useQuery } from '../api/use-query';
import { notifyError } from '../app/notify';
import { rowKeyHandler } from '../app/row-keys';
import { useDelayedFlag } from '../app/use-delayed-flag';
import { useLanguage } from '../i18n';
import { formatHoursX100, formatMoney } from '../format';
import { OperationFormModal } from './OperationFormModal';
import type { OperationWithNorms } from './operation-form';

/** The labour catalogue: standard hours per operation, with norms for particular vehicles. */
export function OperationsSection() {
  const { t } = useTranslation();
  const language = useLanguage();
  const [q, setQ] = useState('');
  const [debounced] = useDebouncedValue(q, 150);
  const { data, loading, reload } = useQuery('operations.search', { q: debounced, limit: 200, includeInactive: true });
  const { data: branch } = useQuery('branches.current', {});
  const [editing, setEditing] = useState<{ operation?: OperationWithNorms } | null>(null);
  const showProgress = useDelayedFlag(loading);
  const items = data?.items ?? [];

  const open = (id: string) => call('operations.get', { id }).then((operation) => setEditing({ operation }), notifyError);

  return (
    <Box>
      <Group justify="space-between" mb={4}>
        <Title order={3}>{t('catalogue.operations.title')}</Title>
        <Button size="xs" leftSection={<IconPlus size={14} />} onClick={() => setEditing({})}>
          {t('catalogue.operations.add')}
        </Button>
      </Group>
      <Text size="sm" c="dimmed" mb="xs">
        {t('catalogue.operations.hint')}
      </Text>
      <TextInput
        type="search"
        size="sm"
        mb="xs"
        aria-label={t('catalogue.operations.search')}
        placeholder={t('catalogue.operations.searchPlaceholder')}
        leftSection={<IconSearch size={16} />}
        value={q}
        onChange={(e) => setQ(e.currentTarget.value)}
      />
      <Paper withBorder pos="relative" mih={48}>
        <LoadingOverlay visible={showProgress} />
        {data && items.length === 0 && (
          <Text size="sm" c="dimmed" p="sm">
            {debounced ? t('catalogue.operations.noneFound') : t('catalogue.operations.empty')}
          </Text>
        )}
        {items.length > 0 && (
          <Table highlightOnHover fz="sm" verticalSpacing={4} aria-label={t('catalogue.operations.title')} stickyHeader>
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={90}>{t('catalogue.operations.field.code')}</Table.Th>
                <Table.Th>{t('catalogue.operations.field.name')}</Table.Th>
                <Table.Th w={90} ta="right" style={{ whiteSpace: 'nowrap' }}>
                  {t('catalogue.operations.col.hours')}
                </Table.Th>
                <Table.Th w={150} ta="right" style={{ whiteSpace: 'nowrap' }}>
                  {t('catalogue.operations.col.rate')}
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((o) => (
                <Table.Tr key={o.id} className="clickable-row" tabIndex={0} onClick={() => void open(o.id)} onKeyDown={rowKeyHandler(() => void open(o.id))}>
                  <Table.Td ff="monospace" style={{ whiteSpace: 'nowrap' }}>
                    {o.code}
                  </Table.Td>
                  <Table.Td>
                    <Group gap="xs" wrap="nowrap">
                      <Text size="sm" c={o.active ? undefined : 'dimmed'}>
                        {o.name}
                      </Text>
                      {!o.active && (
                        <Badge size="xs" variant="light" color="gray">
                          {t('catalogue.operations.inactive')}
                        </Badge>
                      )}
                    </Group>
                  </Table.Td>
                  <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                    {formatHoursX100(o.standardHoursX100, language)}
                  </Table.Td>
                  <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                    {o.rateMinor === null ? <Text span size="sm" c="dimmed">{t('catalogue.operations.branchRateShort')}</Text> : formatMoney(o.rateMinor, language)}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Paper>
      <OperationFormModal
        opened={editing !== null}
        operation={editing?.operation}
        branchRateMinor={branch?.labourRateMinor ?? 0}
        onClose={() => setEditing(null)}
        onSaved={() => {
          setEditing(null);
          reload();
        }}
      />
    </Box>
  );
}
