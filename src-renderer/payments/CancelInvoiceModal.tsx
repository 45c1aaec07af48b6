import { useTranslation } from 'react-i18next';
import { call } from '../api/client';
import { ConfirmModal } from '../app/ConfirmModal';
import { notifySuccess } from '../app/notify';
import type { Invoice } from '../work-orders/order-types';

/** "Cancel invoice N?": it stays in the list, marked cancelled. */
export function CancelInvoiceModal({ invoice, onClose, onCancelled }: { invoice: Invoice | null; onClose: () => void; onCancelled: () => Promise<void> }) {
  const { t } = useTranslation();
  return (
    <ConfirmModal
      opened={!!invoice}
      title={t('workOrders.invoices.cancelTitle')}
      message={invoice ? t('workOrders.invoices.cancelConfirm', { number: invoice.number }) : ''}
      confirmLabel={t('workOrders.invoices.cancel')}
      onClose={onClose}
      onConfirm={async () => {
        if (!invoice) return;
        await call('invoices.cancel', { id: invoice.id });
        notifySuccess(t('workOrders.invoices.cancelled', { number: invoice.number }));
        await onCancelled();
      }}
    />
  );
}
