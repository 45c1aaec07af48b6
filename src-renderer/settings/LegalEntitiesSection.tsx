import { useState } from 'react';
import { Badge, Box, Button, Group, LoadingOverlay, Paper, Table, Text, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useQuery } from '../api/use-query';
import { useLanguage } from '../i18n';
import { formatPercentBp } from '../format';
import { rowKeyHandler } from '../app/row-keys';
import { useDelayedFlag } from '../app/use-delayed-flag';
import { LegalEntityFormModal } from './LegalEntityFormModal';
import type { LegalEntity } from './legal-entity-form';

type Editing = { entity?: LegalEntity } | null;

export function LegalEntitiesSection() {
  const { t } = useTranslation();
  const language = useLanguage();
  const { data, loading, reload } = useQuery('legalEntities.list', {});
  const [editing, setEditing] = useState<Editing>(null);
  const showProgress = useDelayedFlag(loading);
  const items = data?.items ?? [];

  const vat = (e: LegalEntity) => (e.vatMode === 'none' ? t('settings.entities.vat.none') : `${formatPercentBp(e.vatRateBp, language)}, ${t(`settings.entities.vat.${e.vatMode}`).toLowerCase()}`);

  return (
    <Box mb="xl">
      <Group justify="space-between" mb={4}>
        <Title order={3}>{t('settings.entities.title')}</Title>
        <Button size="xs" leftSection={<IconPlus size={14} />} onClick={() => setEditing({})}>
          {t('settings.entities.add')}
        </Button>
      </Group>
      <Text size="sm" c="dimmed" mb="xs">
        {t('settings.entities.hint')}
      </Text>
      <Paper withBorder pos="relative" mih={48}>
        <LoadingOverlay visible={showProgress} />
        {data && items.length === 0 && (
          <Text size="sm" c="dimmed" p="sm">
            {t('settings.entities.empty')}
          </Text>
        )}
        {items.length > 0 && (
          <Table highlightOnHover fz="sm" verticalSpacing={6} aria-label={t('settings.entities.title')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('settings.entities.col.name')}</Table.Th>
                <Table.Th>{t('settings.entities.col.inn')}</Table.Th>
                <Table.Th>{t('settings.entities.col.vat')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((e) => (
                <Table.Tr key={e.id} className="clickable-row" tabIndex={0} onClick={() => setEditing({ entity: e })} onKeyDown={rowKeyHandler(() => setEditing({ entity: e }))}>
                  <Table.Td>
                    <Group gap="xs">
                      <Text size="sm" fw={500}>
                        {e.name}
                      </Text>
                      {e.isDefault && (
                        <Badge size="xs" variant="light">
                          {t('settings.entities.isDefault')}
                        </Badge>
                      )}
                    </Group>
                  </Table.Td>
                  <Table.Td>{e.inn}</Table.Td>
                  <Table.Td>{vat(e)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Paper>
      <LegalEntityFormModal
        opened={editing !== null}
        entity={editing?.entity}
        onClose={() => setEditing(null)}
        onSaved={() => {
          setEditing(null);
          reload();
        }}
      />
    </Box>
  );
}
