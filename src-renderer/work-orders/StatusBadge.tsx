import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { WorkOrderStatus } from './order-types';

export const statusColours: Record<WorkOrderStatus, string> = {
  draft: 'gray',
  in_progress: 'blue',
  completed: 'teal',
  issued: 'green',
  cancelled: 'red',
};

export function StatusBadge({ status, size = 'sm' }: { status: WorkOrderStatus; size?: 'xs' | 'sm' | 'md' | 'lg' }) {
  const { t } = useTranslation();
  return (
    <Badge color={statusColours[status]} variant={status === 'issued' ? 'filled' : 'light'} size={size} radius="sm" tt="none" fw={600} style={{ flexShrink: 0, overflow: 'visible' }}>
      {t(`workOrders.status.${status}`)}
    </Badge>
  );
}
