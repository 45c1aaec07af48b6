import { Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useQuery } from '../api/use-query';
import { useSync } from './store';

/**
 * On a head-office desk lists hold every branch: this narrows them to one. Elsewhere a desk
 * holds only its own branch, and the filter is not shown.
 */
export function BranchFilter({ value, onChange }: { value: string | null; onChange: (branchId: string | null) => void }) {
  const { t } = useTranslation();
  const headOffice = useSync((s) => s.status?.headOffice ?? false);
  const branches = useQuery('branches.list', headOffice ? {} : null);
  if (!headOffice) return null;
  return (
    <Select
      size="sm"
      w={170}
      aria-label={t('common.branch')}
      placeholder={t('common.allBranches')}
      data={(branches.data?.items ?? []).map((b) => ({ value: b.id, label: b.name }))}
      value={value}
      onChange={onChange}
      clearable
    />
  );
}
