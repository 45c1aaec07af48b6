import { useRef, useState } from 'react';
import { Badge, Box, Button, Checkbox, Group, LoadingOverlay, Modal, Paper, Select, SimpleGrid, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { call, type ApiOutput } from '../../api/client';
import { useQuery } from '../../api/use-query';
import { notifySuccess } from '../../app/notify';
import { showServerErrors } from '../../app/server-errors';
import { rowKeyHandler } from '../../app/row-keys';
import { useDelayedFlag } from '../../app/use-delayed-flag';

type Bay = ApiOutput<'bays.list'>['items'][number];
type BayKind = Bay['kind'];
const bayKinds: BayKind[] = ['lift', 'bay', 'pit', 'wash', 'other'];
type BayValues = { name: string; kind: BayKind; active: boolean };

/** The lifts, pits and bays the scheduler books; one taken out of use keeps its history. */
export function BaysSection() {
  const { t } = useTranslation();
  const { data, loading, reload } = useQuery('bays.list', {});
  const [editing, setEditing] = useState<{ bay?: Bay } | null>(null);
  const showProgress = useDelayedFlag(loading);
  const items = data?.items ?? [];

  return (
    <Box maw={720}>
      <Group justify="space-between" mb={4}>
        <Title order={3}>{t('bays.title')}</Title>
        <Button size="xs" leftSection={<IconPlus size={14} />} onClick={() => setEditing({})}>
          {t('bays.add')}
        </Button>
      </Group>
      <Text size="sm" c="dimmed" mb="xs">
        {t('bays.hint')}
      </Text>
      <Paper withBorder pos="relative" mih={48}>
        <LoadingOverlay visible={showProgress} />
        {data && items.length === 0 && (
          <Text size="sm" c="dimmed" p="sm">
            {t('bays.empty')}
          </Text>
        )}
        {items.length > 0 && (
          <Table highlightOnHover fz="sm" verticalSpacing={5} aria-label={t('bays.title')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('bays.field.name')}</Table.Th>
                <Table.Th>{t('bays.field.kind')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((b) => (
                <Table.Tr key={b.id} className="clickable-row" tabIndex={0} onClick={() => setEditing({ bay: b })} onKeyDown={rowKeyHandler(() => setEditing({ bay: b }))}>
                  <Table.Td>
                    <Group gap="xs">
                      <Text size="sm" fw={500} c={b.active ? undefined : 'dimmed'}>
                        {b.name}
                      </Text>
                      {!b.active && (
                        <Badge size="xs" variant="light" color="gray">
                          {t('bays.inactive')}
                        </Badge>
                      )}
                    </Group>
                  </Table.Td>
                  <Table.Td>{t(`bays.kind.${b.kind}`)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Paper>
      <Modal opened={editing !== null} onClose={() => setEditing(null)} title={editing?.bay ? t('bays.editTitle') : t('bays.newTitle')}>
        <BayForm
          bay={editing?.bay}
          onCancel={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            reload();
          }}
        />
      </Modal>
    </Box>
  );
}

function BayForm({ bay, onCancel, onSaved }: { bay?: Bay; onCancel: () => void; onSaved: () => void }) {
  const { t } = useTranslation();
  const form = useForm<BayValues>({ initialValues: bay ? { name: bay.name, kind: bay.kind, active: bay.active } : { name: '', kind: 'lift', active: true } });
  const [saving, setSaving] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);

  const save = async (v: BayValues) => {
    setSaving(true);
    try {
      if (bay) await call('bays.update', { id: bay.id, ...v });
      else await call('resources.create', { kind: 'bay', name: v.name, bayKind: v.kind });
      notifySuccess(t('common.saved'));
      onSaved();
    } catch (e) {
      showServerErrors(form, e, formRef.current);
    } finally {
      setSaving(false);
    }
  };

  return (
    <form ref={formRef} onSubmit={form.onSubmit(save)} noValidate>
      <Stack gap="sm">
        <SimpleGrid cols={2} spacing="sm">
          <TextInput label={t('bays.field.name')} required data-autofocus {...form.getInputProps('name')} />
          <Select label={t('bays.field.kind')} data={bayKinds.map((k) => ({ value: k, label: t(`bays.kind.${k}`) }))} allowDeselect={false} {...form.getInputProps('kind')} />
        </SimpleGrid>
        {bay && <Checkbox label={t('bays.field.active')} description={t('bays.activeHint')} {...form.getInputProps('active', { type: 'checkbox' })} />}
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
