import { useState } from 'react';
import { Button, Menu } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { IconChevronDown, IconFileInvoice, IconFileText, IconPrinter } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { PrintPreviewModal, type PreviewTarget } from './PrintPreviewModal';
import type { PrintKind } from './print-api';
import type { WorkOrder } from '../order-types';

const orderDocuments: Exclude<PrintKind, 'invoice' | 'rental-proposal' | 'trip-sheet'>[] = ['inspection-act', 'work-sheet', 'work-order', 'receipt', 'act'];

/** The order's printed forms, and one invoice per invoice issued. Ctrl+P opens it. */
export function PrintMenu({ order }: { order: WorkOrder }) {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  const [target, setTarget] = useState<PreviewTarget | null>(null);
  useHotkeys([['mod+P', () => !target && setOpened(true)]], []);
  const invoices = order.invoices.filter((i) => i.status !== 'cancelled');

  return (
    <>
      <Menu opened={opened} onChange={setOpened} position="bottom-end" shadow="md" width={260}>
        <Menu.Target>
          <Button size="sm" variant="default" leftSection={<IconPrinter size={16} />} rightSection={<IconChevronDown size={14} />}>
            {t('workOrders.print.menu')}
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          {orderDocuments.map((kind) => (
            <Menu.Item key={kind} leftSection={<IconFileText size={16} />} onClick={() => setTarget({ kind, workOrderId: order.id, title: t(`workOrders.print.doc.${kind}`) })}>
              {t(`workOrders.print.doc.${kind}`)}
            </Menu.Item>
          ))}
          {invoices.length > 0 && <Menu.Divider />}
          {invoices.map((i) => (
            <Menu.Item key={i.id} leftSection={<IconFileInvoice size={16} />} onClick={() => setTarget({ kind: 'invoice', invoiceId: i.id, title: t('workOrders.print.doc.invoice', { number: i.number }) })}>
              {t('workOrders.print.doc.invoice', { number: i.number })}
            </Menu.Item>
          ))}
        </Menu.Dropdown>
      </Menu>
      <PrintPreviewModal target={target} onClose={() => setTarget(null)} />
    </>
  );
}
