import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Invoice } from '../work-orders/order-types';

const colours: Record<Invoice['status'], string> = { issued: 'blue', partly_paid: 'yellow', paid: 'teal', cancelled: 'gray' };

export function InvoiceStatusBadge({ status }: { status: Invoice['status'] }) {
  const { t } = useTranslation();
  return (
    <Badge size="sm" radius="sm" tt="none" variant={status === 'paid' ? 'filled' : 'light'} color={colours[status]}>
      {t(`workOrders.invoices.status.${status}`)}
    </Badge>
  );
}
