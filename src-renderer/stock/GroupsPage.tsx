import { useRef, useState } from 'react';
import { Box, Button, Group, Modal, Paper, Stack, Table, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ApiCallError, call } from '../api/client';
import { notifySuccess } from '../app/notify';
import { rowKeyHandler } from '../app/row-keys';
import { showServerErrors } from '../app/server-errors';
import { useLanguage } from '../i18n';
import { formatPercentBp } from '../format';
import { NumTd, NumTh } from './cells';
import { useItemGroups } from './reference-data';
import { parsePercentBp, percentText } from './stock-numbers';
import type { ItemGroup } from './stock-types';

type Editing = { group?: ItemGroup } | null;

/** Item groups and their markups: what prices an item that has no price of its own. */
export function GroupsPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const { groups, reload } = useItemGroups();
  const [editing, setEditing] = useState<Editing>(null);

  return (
    <Box maw={640}>
      <Group justify="space-between" mb={4}>
        <Text size="sm" c="dimmed">
          {t('stock.groups.hint')}
        </Text>
        <Button size="xs" leftSection={<IconPlus size={14} />} onClick={() => setEditing({})}>
          {t('stock.groups.add')}
        </Button>
      </Group>
      <Paper withBorder mt="xs">
        {groups.length === 0 ? (
          <Text size="sm" c="dimmed" p="sm">
            {t('stock.groups.empty')}
          </Text>
        ) : (
          <Table highlightOnHover fz="sm" verticalSpacing={6} aria-label={t('stock.groups.title')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('stock.groups.col.name')}</Table.Th>
                <NumTh w={120}>{t('stock.groups.col.markup')}</NumTh>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {groups.map((g) => (
                <Table.Tr key={g.id} className="clickable-row" tabIndex={0} onClick={() => setEditing({ group: g })} onKeyDown={rowKeyHandler(() => setEditing({ group: g }))}>
                  <Table.Td fw={500}>{g.name}</Table.Td>
                  <NumTd>{formatPercentBp(g.markupBp, language)}</NumTd>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Paper>
      <Modal opened={editing !== null} onClose={() => setEditing(null)} title={editing?.group ? t('stock.groups.editTitle') : t('stock.groups.newTitle')} size="sm">
        {editing && (
          <GroupForm
            group={editing.group}
            onCancel={() => setEditing(null)}
            onSaved={() => {
              setEditing(null);
              reload();
            }}
          />
        )}
      </Modal>
    </Box>
  );
}

type GroupValues = { name: string; markup: string };

function GroupForm({ group, onCancel, onSaved }: { group?: ItemGroup; onCancel: () => void; onSaved: () => void }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const form = useForm<GroupValues>({ initialValues: { name: group?.name ?? '', markup: group ? percentText(group.markupBp, language) : '' } });
  const [saving, setSaving] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);

  const save = async (v: GroupValues) => {
    const markupBp = parsePercentBp(v.markup);
    if (markupBp === undefined) {
      form.setFieldError('markup', t('stock.qty.invalid'));
      return;
    }
    setSaving(true);
    try {
      if (group) await call('itemGroups.update', { id: group.id, name: v.name, markupBp });
      else await call('itemGroups.create', { name: v.name, markupBp });
      notifySuccess(t('stock.groups.saved'));
      onSaved();
    } catch (e) {
      showServerErrors(form, e, formRef.current);
      if (e instanceof ApiCallError && e.fields.markupBp) form.setFieldError('markup', e.fields.markupBp);
    } finally {
      setSaving(false);
    }
  };

  return (
    <form ref={formRef} onSubmit={form.onSubmit(save)} noValidate>
      <Stack gap="sm">
        <TextInput label={t('stock.groups.name')} required data-autofocus {...form.getInputProps('name')} />
        <TextInput label={t('stock.groups.markup')} inputMode="decimal" {...form.getInputProps('markup')} />
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={saving}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
