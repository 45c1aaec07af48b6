import { Button, Checkbox, Group, Select, Text, TextInput } from '@mantine/core';
import { IconFilterOff, IconSearch } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { CustomerSelect } from './CustomerSelect';
import { emptyFilters, type ListFilters } from './list-store';
import { workOrderStatuses, type Employee, type WorkOrderStatus } from './order-types';
import { staffOptions } from './use-staff';
import { BranchFilter } from '../sync/BranchFilter';

export const workOrderSearchId = 'work-order-search';

type Props = {
  filters: ListFilters;
  onChange: (patch: Partial<ListFilters>) => void;
  advisors: Employee[];
  mechanics: Employee[];
  /** Enter in the search box: open the first order; ArrowDown: go to the rows. */
  onEnter: () => void;
  onArrowDown: () => void;
};

export function WorkOrderFilters({ filters: f, onChange, advisors, mechanics, onEnter, onArrowDown }: Props) {
  const { t } = useTranslation();
  const filtered = JSON.stringify({ ...f, q: '' }) !== JSON.stringify({ ...emptyFilters, q: '' });
  return (
    <Group gap="xs" align="flex-end" mb="xs" wrap="wrap">
      <TextInput
        id={workOrderSearchId}
        type="search"
        size="sm"
        style={{ flex: '1 1 260px' }}
        aria-label={t('workOrders.search')}
        placeholder={t('workOrders.searchPlaceholder')}
        leftSection={<IconSearch size={16} />}
        value={f.q}
        onChange={(e) => onChange({ q: e.currentTarget.value })}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') {
            e.preventDefault();
            onArrowDown();
          } else if (e.key === 'Enter') onEnter();
        }}
        autoFocus
        autoComplete="off"
      />
      <Select
        size="sm"
        w={150}
        aria-label={t('workOrders.filter.status')}
        placeholder={t('workOrders.filter.anyStatus')}
        data={workOrderStatuses.map((s) => ({ value: s, label: t(`workOrders.status.${s}`) }))}
        value={f.status}
        onChange={(s) => onChange({ status: (s as WorkOrderStatus | null) ?? null })}
        clearable
      />
      <TextInput size="sm" w={178} type="date" aria-label={t('workOrders.filter.from')} leftSection={<Text size="xs" c="dimmed">{t('workOrders.filter.fromShort')}</Text>} leftSectionWidth={40} value={f.from} onChange={(e) => onChange({ from: e.currentTarget.value })} />
      <TextInput size="sm" w={178} type="date" aria-label={t('workOrders.filter.to')} leftSection={<Text size="xs" c="dimmed">{t('workOrders.filter.toShort')}</Text>} leftSectionWidth={40} value={f.to} onChange={(e) => onChange({ to: e.currentTarget.value })} />
      <Select
        size="sm"
        w={170}
        aria-label={t('workOrders.filter.advisor')}
        placeholder={t('workOrders.filter.anyAdvisor')}
        data={staffOptions(advisors, [f.advisorId])}
        value={f.advisorId}
        onChange={(advisorId) => onChange({ advisorId })}
        clearable
        searchable
      />
      <Select
        size="sm"
        w={170}
        aria-label={t('workOrders.filter.mechanic')}
        placeholder={t('workOrders.filter.anyMechanic')}
        data={staffOptions(mechanics, [f.mechanicId])}
        value={f.mechanicId}
        onChange={(mechanicId) => onChange({ mechanicId })}
        clearable
        searchable
      />
      <CustomerSelect size="sm" w={220} aria-label={t('workOrders.filter.customer')} placeholder={t('workOrders.filter.anyCustomer')} value={f.customer} onChange={(customer) => onChange({ customer })} />
      <BranchFilter value={f.branchId} onChange={(branchId) => onChange({ branchId })} />
      <Checkbox label={t('workOrders.filter.unpaid')} checked={f.unpaid} onChange={(e) => onChange({ unpaid: e.currentTarget.checked })} mb={8} />
      {filtered && (
        <Button size="sm" variant="subtle" color="gray" leftSection={<IconFilterOff size={16} />} onClick={() => onChange({ ...emptyFilters, q: f.q })}>
          {t('workOrders.filter.clear')}
        </Button>
      )}
    </Group>
  );
}
