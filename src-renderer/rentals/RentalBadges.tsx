import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DealItem, DealStage } from './rental-types';

const stageColours: Record<DealStage, string> = { new: 'gray', proposal: 'indigo', agreed: 'cyan', booked: 'blue', in_work: 'orange', completed: 'teal', closed: 'green', lost: 'red' };
const itemColours: Record<DealItem['status'], string> = { draft: 'gray', confirmed: 'blue', done: 'teal', cancelled: 'red' };

const badge = { radius: 'sm', tt: 'none', fw: 600, style: { flexShrink: 0, overflow: 'visible' } } as const;

export function StageBadge({ stage, size = 'sm' }: { stage: DealStage; size?: 'sm' | 'md' }) {
  const { t } = useTranslation();
  return (
    <Badge color={stageColours[stage]} variant={stage === 'closed' ? 'filled' : 'light'} size={size} {...badge}>
      {t(`rentals.stage.${stage}`)}
    </Badge>
  );
}

export function ItemStatusBadge({ status }: { status: DealItem['status'] }) {
  const { t } = useTranslation();
  return (
    <Badge color={itemColours[status]} variant={status === 'confirmed' ? 'filled' : 'light'} size="sm" {...badge}>
      {t(`rentals.itemStatus.${status}`)}
    </Badge>
  );
}
