import { useEffect, useState } from 'react';
import { Anchor, Button, Radio, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { call, type ApiOutput } from '../api/client';
import { useQuery } from '../api/use-query';
import { ConfirmModal } from '../app/ConfirmModal';
import { notifySuccess } from '../app/notify';
import { routeHash } from '../app/route';
import { formatPhone } from '../format';
import type { Conflict } from './conflict-details';
import { MarkResolved, Row } from './ConflictRowFrame';

type Customer = ApiOutput<'customers.get'>;

/**
 * One phone on two (or more) customers. The same person entered on two desks: choose the card
 * to keep and merge the other into it (customers.merge resolves the conflict itself). Different
 * people sharing a phone (a family, a firm's switchboard): mark it resolved.
 */
export function DuplicatePhone({ conflict, phone, customerIds, onDone }: { conflict: Conflict; phone: string; customerIds: string[]; onDone: () => void }) {
  const { t } = useTranslation();
  const loaded = useCustomers(customerIds);
  const [keepId, setKeepId] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const live = (loaded ?? []).filter((c): c is Customer => c !== null);
  const kept = live.find((c) => c.id === keepId);
  const others = live.filter((c) => c.id !== keepId);
  const mergeable = !conflict.resolvedAt && live.length > 1;

  const merge = async () => {
    for (const other of others) await call('customers.merge', { keepId: kept!.id, mergeId: other.id });
    notifySuccess(t('sync.conflictsPage.merged', { name: kept!.name }));
    onDone();
  };

  return (
    <Row
      conflict={conflict}
      involved={
        <Stack gap={6}>
          <Text size="sm">{t('sync.conflictsPage.phone', { phone: formatPhone(phone) })}</Text>
          {!loaded && <Text size="sm">…</Text>}
          {loaded && mergeable && (
            <Radio.Group value={keepId} onChange={setKeepId} label={t('sync.conflictsPage.keepWhich')} size="xs">
              <Stack gap={6} mt={4}>
                {live.map((c) => (
                  <Radio key={c.id} value={c.id} label={t('sync.conflictsPage.keep', { name: c.name })} description={<CustomerSummary customer={c} />} />
                ))}
              </Stack>
            </Radio.Group>
          )}
          {loaded && !mergeable && live.map((c) => <CustomerSummary key={c.id} customer={c} withName />)}
          {loaded?.map((c, i) => c === null && <MissingCard key={customerIds[i]} id={customerIds[i]} />)}
        </Stack>
      }
      actions={
        <>
          {mergeable && (
            <Button size="xs" variant="light" disabled={!kept} onClick={() => setConfirming(true)}>
              {t('sync.conflictsPage.merge')}
            </Button>
          )}
          <MarkResolved conflict={conflict} onDone={onDone} />
          <ConfirmModal
            opened={confirming && !!kept}
            title={t('sync.conflictsPage.confirmMergeTitle')}
            message={kept ? t('sync.conflictsPage.confirmMerge', { kept: kept.name, merged: others.map((c) => c.name).join(', ') }) : ''}
            confirmLabel={t('sync.conflictsPage.mergeButton')}
            onClose={() => setConfirming(false)}
            onConfirm={merge}
          />
        </>
      }
    />
  );
}

/** Phones and vehicles of one card, with a link to open it. */
function CustomerSummary({ customer, withName }: { customer: Customer; withName?: boolean }) {
  const { t } = useTranslation();
  return (
    <Text size="xs" c={withName ? undefined : 'dimmed'} component="span">
      {withName && <b>{customer.name} · </b>}
      {customer.phones.map(formatPhone).join(', ')} · {t('sync.conflictsPage.vehicles', { count: customer.vehicles.length })} ·{' '}
      <Anchor href={routeHash({ name: 'customer', id: customer.id })} size="xs" aria-label={t('sync.conflictsPage.openCustomer', { name: customer.name })}>
        {t('sync.conflictsPage.openCard')}
      </Anchor>
    </Text>
  );
}

/** A card named by the conflict that is no longer here: merged into another (a link to it), or removed. */
function MissingCard({ id }: { id: string }) {
  const { t } = useTranslation();
  const { data, loading } = useQuery('customers.mergedInto', { id });
  if (loading) return null;
  const into = data?.item;
  return (
    <Text size="sm" c="dimmed">
      {into ? (
        <>
          {t('sync.conflictsPage.mergedCard')}{' '}
          <Anchor href={routeHash({ name: 'customer', id: into.id })} size="sm">
            {into.name}
          </Anchor>
        </>
      ) : (
        t('sync.conflictsPage.gone')
      )}
    </Text>
  );
}

/** The cards named by the conflict; null for one no longer here (merged or removed elsewhere). */
function useCustomers(ids: string[]): (Customer | null)[] | undefined {
  const key = ids.join(' ');
  const [state, setState] = useState<{ key: string; list: (Customer | null)[] }>();
  useEffect(() => {
    let current = true;
    void Promise.all(key.split(' ').map((id) => call('customers.get', { id }).catch(() => null))).then((list) => current && setState({ key, list }));
    return () => {
      current = false;
    };
  }, [key]);
  return state?.key === key ? state.list : undefined;
}
