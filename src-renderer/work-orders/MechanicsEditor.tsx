import { useState } from 'react';
import { ActionIcon, Button, Group, Popover, Select, Stack, Text, TextInput, UnstyledButton } from '@mantine/core';
import { IconPlus, IconUserCog, IconX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../i18n';
import { formatPercentBp } from '../format';
import { parsePercent, percentText } from './numbers';
import { staffOptions } from './use-staff';
import type { Employee, Mechanic } from './order-types';

type Row = { employeeId: string | null; share: string };
type Props = {
  n: number;
  mechanics: Mechanic[];
  staff: Employee[];
  /** Who a line without mechanics starts with. */
  defaultMechanicId: string | null;
  locked: boolean;
  onSave: (mechanics: { employeeId: string; shareBp: number }[]) => Promise<boolean>;
};

/** Splits 100 % into `count` shares that add up exactly (the first ones take the remainder). */
function evenShares(count: number): number[] {
  const base = Math.floor(10000 / count);
  return Array.from({ length: count }, (_, i) => base + (i < 10000 - base * count ? 1 : 0));
}

/** Who did a labour line and their share of it: one mechanic at 100 % unless split. */
export function MechanicsEditor({ n, mechanics, staff, defaultMechanicId, locked, onSave }: Props) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [opened, setOpened] = useState(false);
  const [rows, setRows] = useState<Row[]>([]);
  const [saving, setSaving] = useState(false);

  const open = () => {
    const first = defaultMechanicId ?? (staff.filter((e) => e.active).length === 1 ? staff.find((e) => e.active)!.id : null);
    setRows(mechanics.length ? mechanics.map((m) => ({ employeeId: m.employeeId, share: percentText(m.shareBp, language) })) : [{ employeeId: first, share: '100' }]);
    setOpened(true);
  };

  const shares = rows.map((r) => parsePercent(r.share));
  const sum = shares.reduce<number>((s, x) => s + (x ?? 0), 0);
  const chosen = rows.map((r) => r.employeeId);
  const duplicate = chosen.some((id, i) => id && chosen.indexOf(id) !== i);
  const problem = rows.some((r) => !r.employeeId)
    ? t('workOrders.mechanics.choose')
    : duplicate
      ? t('workOrders.mechanics.duplicate')
      : shares.some((s) => !s)
        ? t('workOrders.mechanics.positive')
        : sum !== 10000
          ? t('workOrders.mechanics.sumWrong', { sum: formatPercentBp(sum, language) })
          : null;

  const save = async () => {
    if (problem) return;
    setSaving(true);
    const ok = await onSave(rows.map((r, i) => ({ employeeId: r.employeeId!, shareBp: shares[i]! })));
    setSaving(false);
    if (ok) setOpened(false);
  };

  const set = (i: number, patch: Partial<Row>) => setRows(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  const summary = mechanics.map((m) => (mechanics.length > 1 ? `${m.name} ${formatPercentBp(m.shareBp, language)}` : m.name)).join(', ');

  return (
    <Popover opened={opened} onChange={setOpened} position="bottom-end" withArrow shadow="md" trapFocus returnFocus>
      <Popover.Target>
        <UnstyledButton
          onClick={() => (locked ? undefined : opened ? setOpened(false) : open())}
          aria-label={t('workOrders.mechanics.edit', { n })}
          disabled={locked}
          style={{ display: 'flex', alignItems: 'center', gap: 4, maxWidth: '100%', cursor: locked ? 'default' : 'pointer' }}
        >
          {!locked && <IconUserCog size={14} style={{ flexShrink: 0, opacity: 0.6 }} />}
          <Text size="sm" lineClamp={2} c={mechanics.length ? undefined : 'orange.8'}>
            {summary || t('workOrders.mechanics.none')}
          </Text>
        </UnstyledButton>
      </Popover.Target>
      <Popover.Dropdown p="xs" w={340}>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void save();
          }}
          aria-label={t('workOrders.mechanics.title', { n })}
        >
          <Stack gap={6}>
            <Text size="sm" fw={600}>
              {t('workOrders.mechanics.title', { n })}
            </Text>
            {rows.map((r, i) => (
              <Group key={i} gap={6} wrap="nowrap">
                <Select
                  size="xs"
                  style={{ flex: 1 }}
                  aria-label={t('workOrders.mechanics.mechanic', { n: i + 1 })}
                  placeholder={t('workOrders.mechanics.pick')}
                  data={staffOptions(staff, [r.employeeId])}
                  value={r.employeeId}
                  onChange={(employeeId) => set(i, { employeeId })}
                  searchable
                  comboboxProps={{ withinPortal: false }}
                />
                <TextInput
                  size="xs"
                  w={70}
                  aria-label={t('workOrders.mechanics.share', { n: i + 1 })}
                  value={r.share}
                  onChange={(e) => set(i, { share: e.currentTarget.value })}
                  error={parsePercent(r.share) === null}
                  rightSection={<Text size="xs" c="dimmed">%</Text>}
                  styles={{ input: { textAlign: 'right' } }}
                  inputMode="decimal"
                  onFocus={(e) => e.currentTarget.select()}
                  // The share is where Enter applies from; a list opening by itself would hide the form.
                  data-autofocus={i === 0 || undefined}
                />
                <ActionIcon variant="subtle" color="gray" size="sm" aria-label={t('workOrders.mechanics.remove', { n: i + 1 })} disabled={rows.length === 1} onClick={() => setRows(rows.filter((_, j) => j !== i))}>
                  <IconX size={14} />
                </ActionIcon>
              </Group>
            ))}
            <Group gap={6} justify="space-between">
              <Group gap={4}>
                <Button
                  size="compact-xs"
                  variant="subtle"
                  leftSection={<IconPlus size={12} />}
                  onClick={() => {
                    const even = evenShares(rows.length + 1);
                    setRows([...rows.map((row, i) => ({ ...row, share: percentText(even[i], language) })), { employeeId: null, share: percentText(even[rows.length], language) }]);
                  }}
                >
                  {t('workOrders.mechanics.add')}
                </Button>
              </Group>
              <Text size="xs" c={problem ? 'red.7' : 'dimmed'} role="status">
                {problem ?? t('workOrders.mechanics.sum', { sum: formatPercentBp(sum, language) })}
              </Text>
            </Group>
            <Group justify="flex-end" gap={6}>
              <Button size="xs" variant="default" onClick={() => setOpened(false)}>
                {t('common.cancel')}
              </Button>
              <Button size="xs" type="submit" disabled={!!problem} loading={saving}>
                {t('workOrders.mechanics.apply')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Popover.Dropdown>
    </Popover>
  );
}
