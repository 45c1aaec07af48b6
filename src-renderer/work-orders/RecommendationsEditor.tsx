import { useState } from 'react';
import { ActionIcon, Button, Group, List, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconPlus, IconX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useOrder } from './order-store';
import type { WorkOrder } from './order-types';

/**
 * Work advised but not done. Each change is saved at once; the list stays on the vehicle and
 * shows up in its history next time. It can be added even to a closed order.
 */
export function RecommendationsEditor({ order }: { order: WorkOrder }) {
  const { t } = useTranslation();
  const change = useOrder((s) => s.change);
  const [text, setText] = useState('');
  const items = order.recommendations.map((r) => r.text);
  const save = (next: string[]) => change('workOrders.setRecommendations', { workOrderId: order.id, items: next });
  const canEdit = !!order.vehicleId && order.status !== 'cancelled';

  const add = async () => {
    if (!text.trim()) return;
    if (await save([...items, text.trim()])) setText('');
  };

  return (
    <Paper withBorder p="sm" role="group" aria-labelledby="wo-recommendations">
      <Title order={4} id="wo-recommendations" mb={4}>
        {t('workOrders.recommendations.title')}
      </Title>
      <Text size="xs" c="dimmed" mb={6}>
        {order.vehicleId ? t('workOrders.recommendations.hint') : t('workOrders.recommendations.needVehicle')}
      </Text>
      <Stack gap={6}>
        {items.length > 0 && (
          <List size="sm" spacing={2} listStyleType="none" aria-label={t('workOrders.recommendations.title')}>
            {items.map((r, i) => (
              <List.Item key={`${i}-${r}`}>
                <Group gap={4} wrap="nowrap" align="flex-start">
                  <Text size="sm" c="dimmed" w={18}>
                    {i + 1}.
                  </Text>
                  <Text size="sm" style={{ flex: 1 }}>
                    {r}
                  </Text>
                  {canEdit && (
                    <ActionIcon size="xs" variant="subtle" color="gray" aria-label={t('workOrders.recommendations.remove', { n: i + 1 })} onClick={() => void save(items.filter((_, j) => j !== i))}>
                      <IconX size={12} />
                    </ActionIcon>
                  )}
                </Group>
              </List.Item>
            ))}
          </List>
        )}
        {canEdit && (
          <Group gap={4} wrap="nowrap">
            <TextInput
              size="xs"
              style={{ flex: 1 }}
              aria-label={t('workOrders.recommendations.new')}
              placeholder={t('workOrders.recommendations.placeholder')}
              value={text}
              onChange={(e) => setText(e.currentTarget.value)}
              onKeyDown={(e) => {
                if (e.key === 'Enter') {
                  e.preventDefault();
                  void add();
                }
              }}
              autoComplete="off"
            />
            <Button size="xs" variant="default" leftSection={<IconPlus size={14} />} onClick={() => void add()} disabled={!text.trim()}>
              {t('workOrders.recommendations.add')}
            </Button>
          </Group>
        )}
      </Stack>
    </Paper>
  );
}
