import { useState } from 'react';
import { Box, Button, Group, Kbd, LoadingOverlay, Paper, Select, Table, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue, useHotkeys } from '@mantine/hooks';
import { IconPlus, IconSearch } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useQuery } from '../api/use-query';
import { rowKeyHandler } from '../app/row-keys';
import { useDelayedFlag } from '../app/use-delayed-flag';
import { useLanguage } from '../i18n';
import { formatDate, formatMoney } from '../format';
import { DealFormModal } from './DealFormModal';
import { StageBadge } from './RentalBadges';
import { openDeal } from './open-deal';
import { BranchFilter } from '../sync/BranchFilter';
import { dealStages, type DealListItem, type DealStage } from './rental-types';

const pageSize = 100;
const num = { fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' } as const;
const searchId = 'deal-search';
const focusFirstRow = () => document.querySelector<HTMLElement>('[data-testid="deal-rows"] tr')?.focus();
const focusSearch = () => document.getElementById(searchId)?.focus();

/** Rental deals, newest first, by stage and by a fragment of number, customer, site or contact. */
export function DealsPage() {
  const { t } = useTranslation();
  const [creating, setCreating] = useState(false);
  const [q, setQ] = useState('');
  const [stage, setStage] = useState<DealStage | null>(null);
  const [branchId, setBranchId] = useState<string | null>(null);
  const [limit, setLimit] = useState(pageSize);
  const [debouncedQ] = useDebouncedValue(q, 200);
  const { data, loading } = useQuery('deals.list', { q: debouncedQ.trim(), ...(stage ? { stage } : {}), ...(branchId ? { branchId } : {}), limit });
  const showProgress = useDelayedFlag(loading);
  const items = data?.items ?? [];
  // N: a new deal, as elsewhere (outside text boxes only).
  useHotkeys([['N', () => setCreating(true), { usePhysicalKeys: true }]]);

  return (
    <Box maw={1400}>
      <Group justify="space-between" mb="xs">
        <Title order={2}>{t('rentals.deals.title')}</Title>
        <Button size="sm" leftSection={<IconPlus size={16} />} rightSection={<Kbd size="xs">N</Kbd>} onClick={() => setCreating(true)} aria-keyshortcuts="n">
          {t('rentals.deals.new')}
        </Button>
      </Group>
      <Group gap="xs" mb="xs" wrap="wrap">
        <TextInput
          id={searchId}
          type="search"
          size="sm"
          style={{ flex: '1 1 260px' }}
          aria-label={t('rentals.deals.search')}
          placeholder={t('rentals.deals.searchPlaceholder')}
          leftSection={<IconSearch size={16} />}
          value={q}
          onChange={(e) => setQ(e.currentTarget.value)}
          onKeyDown={(e) => {
            if (e.key === 'ArrowDown') {
              e.preventDefault();
              focusFirstRow();
            } else if (e.key === 'Enter' && items.length && debouncedQ === q) openDeal(items[0].id);
          }}
          autoFocus
          autoComplete="off"
        />
        <Select
          size="sm"
          w={180}
          aria-label={t('rentals.deals.stageFilter')}
          placeholder={t('rentals.deals.anyStage')}
          data={dealStages.map((s) => ({ value: s, label: t(`rentals.stage.${s}`) }))}
          value={stage}
          onChange={(s) => setStage(s as DealStage | null)}
          clearable
        />
        <BranchFilter value={branchId} onChange={setBranchId} />
      </Group>
      <Paper withBorder pos="relative" mih={items.length ? undefined : 80}>
        <LoadingOverlay visible={showProgress} zIndex={10} overlayProps={{ blur: 1 }} />
        {items.length > 0 && <DealsTable items={items} />}
        {data && items.length === 0 && (
          <Text c="dimmed" size="sm" p="md">
            {t('rentals.deals.empty')}
          </Text>
        )}
      </Paper>
      {items.length === limit && (
        <Group justify="center" mt="xs">
          <Button variant="subtle" size="xs" onClick={() => setLimit((l) => l + pageSize)} loading={loading}>
            {t('rentals.deals.more')}
          </Button>
        </Group>
      )}
      <DealFormModal
        opened={creating}
        onClose={() => setCreating(false)}
        onSaved={(deal) => {
          setCreating(false);
          openDeal(deal.id);
        }}
      />
    </Box>
  );
}

function DealsTable({ items }: { items: DealListItem[] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const dates = (d: DealListItem) => {
    if (!d.startAt || !d.endAt) return '';
    const [from, to] = [formatDate(d.startAt, language), formatDate(d.endAt, language)];
    return from === to ? from : `${from} – ${to}`;
  };
  return (
    <Table highlightOnHover verticalSpacing={5} fz="sm" stickyHeader aria-label={t('rentals.deals.title')}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th w={110}>{t('rentals.deals.col.number')}</Table.Th>
          <Table.Th>{t('rentals.deals.col.customer')}</Table.Th>
          <Table.Th w={130}>{t('rentals.deals.col.stage')}</Table.Th>
          <Table.Th>{t('rentals.deals.col.site')}</Table.Th>
          <Table.Th w={220}>{t('rentals.deals.col.dates')}</Table.Th>
          <Table.Th w={130} ta="right">
            {t('rentals.deals.col.total')}
          </Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody data-testid="deal-rows">
        {items.map((d) => (
          <Table.Tr key={d.id} className="clickable-row" tabIndex={0} onClick={() => openDeal(d.id)} onKeyDown={rowKeyHandler(() => openDeal(d.id), focusSearch)}>
            <Table.Td fw={600} style={num}>
              {d.number}
            </Table.Td>
            <Table.Td>
              <Text size="sm" lineClamp={1}>
                {d.customerName}
              </Text>
            </Table.Td>
            <Table.Td>
              <StageBadge stage={d.stage} />
            </Table.Td>
            <Table.Td>
              <Text size="sm" lineClamp={1}>
                {d.siteAddress}
              </Text>
            </Table.Td>
            <Table.Td style={num}>{dates(d)}</Table.Td>
            <Table.Td ta="right" style={num}>
              {d.totalMinor ? formatMoney(d.totalMinor, language) : <Text span c="dimmed" size="sm">—</Text>}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
