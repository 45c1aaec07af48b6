import { useState } from 'react';
import { Badge, Box, Button, Group, LoadingOverlay, Paper, Table, Text, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useQuery } from '../api/use-query';
import { useLanguage } from '../i18n';
import { formatMoney, formatPhone } from '../format';
import { rowKeyHandler } from '../app/row-keys';
import { useDelayedFlag } from '../app/use-delayed-flag';
import { EmployeeFormModal } from './EmployeeFormModal';
import type { Employee } from './employee-form';

/** Everyone at the branch; mechanics are the scheduler's people. */
export function EmployeesSection() {
  const { t } = useTranslation();
  const language = useLanguage();
  const { data, loading, reload } = useQuery('employees.list', { includeInactive: true });
  const [editing, setEditing] = useState<{ employee?: Employee } | null>(null);
  const showProgress = useDelayedFlag(loading);
  const items = data?.items ?? [];

  return (
    <Box>
      <Group justify="space-between" mb={4}>
        <Title order={3}>{t('staff.title')}</Title>
        <Button size="xs" leftSection={<IconPlus size={14} />} onClick={() => setEditing({})}>
          {t('staff.add')}
        </Button>
      </Group>
      <Text size="sm" c="dimmed" mb="xs">
        {t('staff.hint')}
      </Text>
      <Paper withBorder pos="relative" mih={48}>
        <LoadingOverlay visible={showProgress} />
        {data && items.length === 0 && (
          <Text size="sm" c="dimmed" p="sm">
            {t('staff.empty')}
          </Text>
        )}
        {items.length > 0 && (
          <Table highlightOnHover fz="sm" verticalSpacing={5} aria-label={t('staff.title')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('staff.field.name')}</Table.Th>
                <Table.Th>{t('staff.field.role')}</Table.Th>
                <Table.Th>{t('staff.field.phone')}</Table.Th>
                <Table.Th ta="right">{t('staff.col.hourlyCost')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((e) => (
                <Table.Tr key={e.id} className="clickable-row" tabIndex={0} onClick={() => setEditing({ employee: e })} onKeyDown={rowKeyHandler(() => setEditing({ employee: e }))} c={e.active ? undefined : 'dimmed'}>
                  <Table.Td>
                    <Group gap="xs">
                      <Text size="sm" fw={500} c={e.active ? undefined : 'dimmed'}>
                        {e.name}
                      </Text>
                      {!e.active && (
                        <Badge size="xs" variant="light" color="gray">
                          {t('staff.inactive')}
                        </Badge>
                      )}
                    </Group>
                  </Table.Td>
                  <Table.Td>{t(`staff.role.${e.role}`)}</Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{e.phone ? formatPhone(e.phone) : ''}</Table.Td>
                  <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                    {e.hourlyCostMinor ? formatMoney(e.hourlyCostMinor, language) : ''}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Paper>
      <EmployeeFormModal
        opened={editing !== null}
        employee={editing?.employee}
        onClose={() => setEditing(null)}
        onSaved={() => {
          setEditing(null);
          reload();
        }}
      />
    </Box>
  );
}
