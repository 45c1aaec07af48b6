import { useEffect, useState } from 'react';
import { Alert, Anchor, Button, Grid, Group, Kbd, Paper, SimpleGrid, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { IconArrowLeft, IconEdit, IconFileInvoice, IconPlus, IconPrinter } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { call } from '../api/client';
import { useQuery } from '../api/use-query';
import { DataItem } from '../app/DataItem';
import { DocumentHeader } from '../app/DocumentHeader';
import { useLanguage } from '../i18n';
import { formatMoney, formatPhone } from '../format';
import { CancelInvoiceModal } from '../payments/CancelInvoiceModal';
import { InvoicesTable } from '../payments/InvoicesTable';
import { PaymentModal, type Payable, type PaymentIntent } from '../payments/PaymentModal';
import { PrintPreviewModal, type PreviewTarget } from '../work-orders/print/PrintPreviewModal';
import type { Invoice } from '../work-orders/order-types';
import { reloadDeal, showDeal, useDeal } from './deal-store';
import { nameOf, useFleetData, type Fleet } from './fleet-store';
import { backToDeals } from './open-deal';
import { StageBadge } from './RentalBadges';
import { DealStageControl } from './DealStageControl';
import { DealItemsTable } from './DealItemsTable';
import { DealFormModal } from './DealFormModal';
import { AddItemModal } from './AddItemModal';
import { PrepaymentModal } from './PrepaymentModal';
import { WaybillModal } from './WaybillModal';
import { DriverMessageModal } from './DriverMessageModal';
import type { Deal, DealItem } from './rental-types';

const num = { fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' } as const;

/** One rental deal: its items, availability, invoices, waybills. */
export function DealScreen({ id }: { id: string }) {
  const { t } = useTranslation();
  const deal = useDeal((s) => s.deal);
  const [error, setError] = useState<{ id: string; error: unknown } | null>(null);
  const fleet = useFleetData();
  const timeZone = useQuery('branches.current', {}).data?.timeZone;

  useEffect(() => {
    let current = true;
    call('deals.get', { id }).then(
      (d) => current && showDeal(d),
      (e: unknown) => current && setError({ id, error: e }),
    );
    return () => {
      current = false;
    };
  }, [id]);

  if (error?.id === id && deal?.id !== id) {
    return (
      <Stack maw={600}>
        <Alert color="red" title={t('rentals.deal.notFound')}>
          {error.error instanceof Error ? error.error.message : String(error.error)}
        </Alert>
        <Button variant="default" onClick={backToDeals} w="fit-content" leftSection={<IconArrowLeft size={16} />}>
          {t('common.back')}
        </Button>
      </Stack>
    );
  }
  if (!deal || deal.id !== id || !fleet || !timeZone) {
    return (
      <Stack gap="sm" maw={1400} aria-busy>
        <Skeleton h={40} w={420} />
        <Skeleton h={200} />
        <Skeleton h={160} />
      </Stack>
    );
  }
  return <DealView deal={deal} fleet={fleet} timeZone={timeZone} />;
}

/** What the deal's invoices come to: billed, paid and still due (cancelled invoices left out). */
function moneyOf(deal: Deal) {
  const live = deal.invoices.filter((i) => i.status !== 'cancelled');
  const invoicedMinor = live.reduce((s, i) => s + i.totalMinor, 0);
  const paidMinor = live.reduce((s, i) => s + i.paidMinor, 0);
  const itemsMinor = deal.items.filter((i) => i.status !== 'cancelled').reduce((s, i) => s + i.prepaymentMinor, 0);
  return { itemsMinor, invoicedMinor, paidMinor, dueMinor: invoicedMinor - paidMinor };
}

function DealView({ deal, fleet, timeZone }: { deal: Deal; fleet: Fleet; timeZone: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [adding, setAdding] = useState(false);
  const [editing, setEditing] = useState(false);
  const [prepaying, setPrepaying] = useState(false);
  const [waybillOf, setWaybillOf] = useState<DealItem | null>(null);
  const [sendOf, setSendOf] = useState<DealItem | null>(null);
  const [intent, setIntent] = useState<PaymentIntent | null>(null);
  const [cancelling, setCancelling] = useState<Invoice | null>(null);
  const [preview, setPreview] = useState<PreviewTarget | null>(null);
  const money = moneyOf(deal);
  const entities = useQuery('legalEntities.list', {}).data?.items ?? [];
  const payable: Payable = { id: deal.id, number: deal.number, invoices: deal.invoices, totals: { totalMinor: money.invoicedMinor, paidMinor: money.paidMinor, dueMinor: money.dueMinor }, invoicesOnly: true };
  const printInvoice = (i: Invoice) => setPreview({ kind: 'invoice', invoiceId: i.id, title: t('workOrders.print.doc.invoice', { number: i.number }) });
  // A: add an item (outside text boxes), as N opens a new deal on the list.
  useHotkeys([['A', () => setAdding(true), { usePhysicalKeys: true }]]);

  return (
    <Stack gap="md" maw={1400}>
      <DocumentHeader
        title={t('rentals.deal.title', { number: deal.number })}
        status={<StageBadge stage={deal.stage} size="md" />}
        subtitle={deal.customer?.name ?? ''}
        onBack={backToDeals}
      >
        <Button size="sm" variant="default" leftSection={<IconEdit size={16} />} onClick={() => setEditing(true)}>
          {t('rentals.deal.edit')}
        </Button>
        <Button size="sm" variant="default" leftSection={<IconPrinter size={16} />} onClick={() => setPreview({ kind: 'rental-proposal', dealId: deal.id, title: t('rentals.deal.proposalTitle', { number: deal.number }) })} disabled={!deal.items.length}>
          {t('rentals.deal.proposal')}
        </Button>
        <Button size="sm" variant="default" leftSection={<IconFileInvoice size={16} />} onClick={() => setPrepaying(true)} disabled={!deal.items.length}>
          {t('rentals.deal.prepayment')}
        </Button>
        <DealStageControl deal={deal} />
      </DocumentHeader>
      <Paper withBorder px="sm" py="xs">
        <Group gap="xl" wrap="wrap" align="flex-start">
          <DataItem label={t('rentals.dealForm.contactName')}>{deal.contactName}</DataItem>
          <DataItem label={t('rentals.dealForm.contactPhone')}>{deal.contactPhone && <Anchor href={`tel:${deal.contactPhone}`}>{formatPhone(deal.contactPhone)}</Anchor>}</DataItem>
          <DataItem label={t('rentals.dealForm.siteAddress')}>{deal.siteAddress}</DataItem>
          <DataItem label={t('rentals.dealForm.legalEntity')}>{entities.find((e) => e.id === deal.legalEntityId)?.name}</DataItem>
          {deal.notes && (
            <DataItem label={t('rentals.deal.notes')}>
              <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                {deal.notes}
              </Text>
            </DataItem>
          )}
        </Group>
      </Paper>
      {deal.stage === 'lost' && deal.lostReason && (
        <Alert color="red" p="xs">
          {t('rentals.deal.lostBecause', { reason: deal.lostReason })}
        </Alert>
      )}

      <section aria-labelledby="deal-items">
        <Group justify="space-between" mb={4}>
          <Title order={3} id="deal-items">
            {t('rentals.deal.items.title')}
          </Title>
          <Button size="xs" leftSection={<IconPlus size={14} />} rightSection={<Kbd size="xs">A</Kbd>} onClick={() => setAdding(true)} disabled={!fleet.types.length} aria-keyshortcuts="a">
            {t('rentals.deal.items.add')}
          </Button>
        </Group>
        <Paper withBorder>
          {deal.items.length ? (
            <DealItemsTable deal={deal} fleet={fleet} timeZone={timeZone} onWaybill={setWaybillOf} onSend={setSendOf} />
          ) : (
            <Text size="sm" c="dimmed" p="sm">
              {fleet.types.length ? t('rentals.deal.items.empty') : t('rentals.fleet.machines.needType')}
            </Text>
          )}
        </Paper>
      </section>

      <Grid gap="md">
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Title order={3} id="deal-invoices" mb={4}>
            {t('rentals.deal.invoices.title')}
          </Title>
          {deal.invoices.length ? (
            <InvoicesTable invoices={deal.invoices} labelledBy="deal-invoices" onPay={(invoice) => setIntent({ kind: 'payment', invoice })} onPrint={printInvoice} onCancel={setCancelling} />
          ) : (
            <Text size="sm" c="dimmed">
              {t('rentals.deal.invoices.none')}
            </Text>
          )}
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <Title order={3} mb={4} id="deal-money">
            {t('rentals.deal.money.title')}
          </Title>
          <Paper withBorder p="sm" role="group" aria-labelledby="deal-money">
            <SimpleGrid cols={2} spacing="sm" verticalSpacing="xs">
              {(
                [
                  ['items', money.itemsMinor, undefined],
                  ['invoiced', money.invoicedMinor, undefined],
                  ['paid', money.paidMinor, 'teal.8'],
                  ['due', money.dueMinor, money.dueMinor > 0 ? 'red.7' : undefined],
                ] as const
              ).map(([key, value, colour]) => (
                <div key={key}>
                  <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
                    {t(`rentals.deal.money.${key}`)}
                  </Text>
                  <Text size="lg" fw={700} c={colour} style={num}>
                    {formatMoney(value, language)}
                  </Text>
                </div>
              ))}
            </SimpleGrid>
          </Paper>
        </Grid.Col>
      </Grid>

      <AddItemModal opened={adding} deal={deal} fleet={fleet} timeZone={timeZone} onClose={() => setAdding(false)} />
      <DealFormModal
        opened={editing}
        deal={deal}
        onClose={() => setEditing(false)}
        onSaved={(saved) => {
          showDeal(saved);
          setEditing(false);
        }}
      />
      <PrepaymentModal
        opened={prepaying}
        deal={deal}
        timeZone={timeZone}
        onClose={() => setPrepaying(false)}
        onIssued={(invoice) => {
          setPrepaying(false);
          printInvoice(invoice);
        }}
      />
      <WaybillModal item={waybillOf} timeZone={timeZone} onClose={() => setWaybillOf(null)} />
      <DriverMessageModal item={sendOf} driverName={sendOf ? (sendOf.supply ? (sendOf.supplyDriverName ?? '') : nameOf(fleet.drivers, sendOf.driverId)) : ''} onClose={() => setSendOf(null)} />
      <PaymentModal
        order={payable}
        intent={intent}
        onClose={() => setIntent(null)}
        onDone={() => {
          setIntent(null);
          // A paid prepayment confirms its items: read the deal again.
          void reloadDeal();
        }}
      />
      <CancelInvoiceModal invoice={cancelling} onClose={() => setCancelling(null)} onCancelled={reloadDeal} />
      <PrintPreviewModal target={preview} onClose={() => setPreview(null)} />
    </Stack>
  );
}
