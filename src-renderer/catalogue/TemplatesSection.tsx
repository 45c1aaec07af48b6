import { useState } from 'react';
import { Box, Button, Group, LoadingOverlay, Paper, Table, Text, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { call } from '../api/client';
import { useQuery } from '../api/use-query';
import { notifyError } from '../app/notify';
import { rowKeyHandler } from '../app/row-keys';
import { useDelayedFlag } from '../app/use-delayed-flag';
import { TemplateFormModal, type Template } from './TemplateFormModal';

/** Canned jobs: a named, ordered set of operations a request can start from. */
export function TemplatesSection() {
  const { t } = useTranslation();
  const { data, loading, reload } = useQuery('templates.list', {});
  const [editing, setEditing] = useState<{ template?: Template } | null>(null);
  const showProgress = useDelayedFlag(loading);
  const items = data?.items ?? [];
  const open = (id: string) => call('templates.get', { id }).then((template) => setEditing({ template }), notifyError);

  return (
    <Box>
      <Group justify="space-between" mb={4}>
        <Title order={3}>{t('catalogue.templates.title')}</Title>
        <Button size="xs" leftSection={<IconPlus size={14} />} onClick={() => setEditing({})}>
          {t('catalogue.templates.add')}
        </Button>
      </Group>
      <Text size="sm" c="dimmed" mb="xs">
        {t('catalogue.templates.hint')}
      </Text>
      <Paper withBorder pos="relative" mih={48}>
        <LoadingOverlay visible={showProgress} />
        {data && items.length === 0 && (
          <Text size="sm" c="dimmed" p="sm">
            {t('catalogue.templates.empty')}
          </Text>
        )}
        {items.length > 0 && (
          <Table highlightOnHover fz="sm" verticalSpacing={5} aria-label={t('catalogue.templates.title')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th w="40%">{t('catalogue.templates.field.name')}</Table.Th>
                <Table.Th>{t('catalogue.templates.field.notes')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((x) => (
                <Table.Tr key={x.id} className="clickable-row" tabIndex={0} onClick={() => void open(x.id)} onKeyDown={rowKeyHandler(() => void open(x.id))}>
                  <Table.Td fw={500}>{x.name}</Table.Td>
                  <Table.Td c="dimmed">{x.notes}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Paper>
      <TemplateFormModal
        opened={editing !== null}
        template={editing?.template}
        onClose={() => setEditing(null)}
        onSaved={() => {
          setEditing(null);
          reload();
        }}
      />
    </Box>
  );
}
