import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { StockDoc } from './stock-types';

const colors: Record<StockDoc['status'], string> = { draft: 'gray', posted: 'teal', reversed: 'orange' };

export function DocStatusBadge({ status }: { status: StockDoc['status'] }) {
  const { t } = useTranslation();
  return (
    <Badge color={colors[status]} variant="light">
      {t(`stock.status.${status}`)}
    </Badge>
  );
}
