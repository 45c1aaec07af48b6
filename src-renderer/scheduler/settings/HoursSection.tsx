import { useMemo, useState } from 'react';
import { ActionIcon, Box, Button, Checkbox, Group, Paper, Select, Skeleton, Stack, Table, Text, TextInput, Title, Tooltip } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconCopy, IconPlus, IconTrash, IconX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { call, type ApiOutput } from '../../api/client';
import { useQuery } from '../../api/use-query';
import { notifyError, notifySuccess } from '../../app/notify';
import { showServerErrors } from '../../app/server-errors';
import { useLanguage } from '../../i18n';
import { formatDate } from '../../format';
import { TimeField } from '../../app/TimeField';
import { weekOrder, weekValues, weeklyIntervals, type WeekValues } from './weekly-hours';

type Hours = ApiOutput<'hours.get'>;
const exceptionKinds = ['holiday', 'day_off', 'absence', 'sick', 'vacation'] as const;
type ExceptionKind = (typeof exceptionKinds)[number];
const branchId = 'branch';

/** Opening hours with breaks, a mechanic's own hours, and the dates that are closed. */
export function HoursSection() {
  const { t } = useTranslation();
  const { data: mechanics } = useQuery('employees.list', { role: 'mechanic' });
  const [whose, setWhose] = useState(branchId);
  const employeeId = whose === branchId ? undefined : whose;
  const { data: hours, reload } = useQuery('hours.get', employeeId ? { employeeId } : {});
  // A mechanic without their own hours works the branch's: shown, and the start for their own.
  const { data: branchHours } = useQuery('hours.get', {});
  const choices = [{ value: branchId, label: t('hours.branch') }, ...(mechanics?.items ?? []).map((m) => ({ value: m.id, label: m.name }))];

  return (
    <Box>
      <Title order={3} mb={4}>
        {t('hours.title')}
      </Title>
      <Text size="sm" c="dimmed" mb="xs">
        {t('hours.hint')}
      </Text>
      <Select label={t('hours.whose')} data={choices} value={whose} onChange={(v) => v && setWhose(v)} allowDeselect={false} w={320} mb="sm" />
      {hours && branchHours ? (
        <Group align="flex-start" gap="md">
          <WeeklyHours key={`${whose}-${JSON.stringify(hours.weekly)}`} hours={hours} branchWeekly={branchHours.weekly} employeeId={employeeId} onSaved={reload} />
          <ClosedDates hours={hours} employeeId={employeeId} onChanged={reload} />
        </Group>
      ) : (
        <Skeleton h={280} />
      )}
    </Box>
  );
}

function WeeklyHours({ hours, branchWeekly, employeeId, onSaved }: { hours: Hours; branchWeekly: Hours['weekly']; employeeId?: string; onSaved: () => void }) {
  const { t } = useTranslation();
  const form = useForm<WeekValues>({ initialValues: weekValues(employeeId && !hours.weekly.length ? branchWeekly : hours.weekly) });
  const [own, setOwn] = useState(!employeeId || hours.weekly.length > 0);
  const [saving, setSaving] = useState(false);
  const dayName = useDayNames();

  const save = async () => {
    const { intervals, invalid } = weeklyIntervals(form.getValues());
    if (invalid.length && own) {
      form.setErrors(Object.fromEntries(invalid.map((p) => [p, t('hours.invalidSpan')])));
      return;
    }
    setSaving(true);
    try {
      await call('hours.setWeekly', { ...(employeeId ? { employeeId } : {}), intervals: own ? intervals : [] });
      notifySuccess(t('hours.saved'));
      onSaved();
    } catch (e) {
      showServerErrors(form, e);
    } finally {
      setSaving(false);
    }
  };

  const copyMonday = () => {
    const monday = form.getValues().days[1];
    for (const d of [2, 3, 4, 5]) form.setFieldValue(`days.${d}`, monday.map((s) => ({ ...s })));
  };

  return (
    <Paper withBorder p="sm" w={470} component="section" aria-labelledby="hours-weekly">
      <Group justify="space-between" mb="xs">
        <Title order={4} id="hours-weekly">
          {t('hours.weekly')}
        </Title>
        <Button size="compact-xs" variant="subtle" leftSection={<IconCopy size={12} />} onClick={copyMonday} disabled={!own}>
          {t('hours.copyMonday')}
        </Button>
      </Group>
      {employeeId && <Checkbox mb="xs" label={t('hours.ownHours')} description={t('hours.ownHoursHint')} checked={own} onChange={(e) => setOwn(e.currentTarget.checked)} />}
      <Table fz="sm" verticalSpacing={3} horizontalSpacing={4} aria-label={t('hours.weekly')} withRowBorders>
        <Table.Tbody>
          {weekOrder.map((wd) => {
            const spans = form.values.days[wd];
            return (
              <Table.Tr key={wd}>
                <Table.Th w={96} fw={500} style={{ verticalAlign: 'top', paddingTop: 8 }}>
                  {dayName(wd)}
                </Table.Th>
                <Table.Td>
                  <Stack gap={4}>
                    {spans.length === 0 && (
                      <Text size="sm" c="dimmed" py={4}>
                        {t('hours.closedDay')}
                      </Text>
                    )}
                    {spans.map((_, i) => (
                      <Group key={i} gap={4} wrap="nowrap" align="flex-start">
                        <TimeField size="xs" w={72} disabled={!own} aria-label={t('hours.from', { day: dayName(wd), n: i + 1 })} {...form.getInputProps(`days.${wd}.${i}.start`)} />
                        <Text size="sm" pt={4}>
                          –
                        </Text>
                        <TimeField size="xs" w={72} disabled={!own} aria-label={t('hours.to', { day: dayName(wd), n: i + 1 })} {...form.getInputProps(`days.${wd}.${i}.end`)} />
                        <ActionIcon variant="subtle" color="gray" mt={2} disabled={!own} aria-label={t('hours.removeSpan', { day: dayName(wd), n: i + 1 })} onClick={() => form.removeListItem(`days.${wd}`, i)}>
                          <IconX size={14} />
                        </ActionIcon>
                      </Group>
                    ))}
                  </Stack>
                </Table.Td>
                <Table.Td w={40} style={{ verticalAlign: 'top' }}>
                  <Tooltip label={t('hours.addSpan', { day: dayName(wd) })} openDelay={400}>
                    <ActionIcon
                      variant="subtle"
                      disabled={!own}
                      aria-label={t('hours.addSpan', { day: dayName(wd) })}
                      onClick={() => {
                        const last = spans[spans.length - 1];
                        form.insertListItem(`days.${wd}`, last ? { start: last.end === '00:00' ? '23:00' : last.end, end: '00:00' } : { start: '09:00', end: '18:00' });
                      }}
                    >
                      <IconPlus size={14} />
                    </ActionIcon>
                  </Tooltip>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
      <Group justify="flex-end" mt="sm">
        <Button size="sm" onClick={() => void save()} loading={saving}>
          {t('hours.save')}
        </Button>
      </Group>
    </Paper>
  );
}

type ExceptionValues = { fromDate: string; toDate: string; kind: ExceptionKind; note: string };

function ClosedDates({ hours, employeeId, onChanged }: { hours: Hours; employeeId?: string; onChanged: () => void }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const form = useForm<ExceptionValues>({ initialValues: { fromDate: '', toDate: '', kind: employeeId ? 'vacation' : 'holiday', note: '' } });
  const [adding, setAdding] = useState(false);

  const add = async (v: ExceptionValues) => {
    setAdding(true);
    try {
      await call('hours.addException', { ...(employeeId ? { employeeId } : {}), fromDate: v.fromDate, toDate: v.toDate || v.fromDate, kind: v.kind, note: v.note });
      notifySuccess(t('hours.exceptionAdded'));
      form.reset();
      onChanged();
    } catch (e) {
      showServerErrors(form, e);
    } finally {
      setAdding(false);
    }
  };

  const remove = async (id: string) => {
    try {
      await call('hours.removeException', { id });
      notifySuccess(t('common.removed'));
      onChanged();
    } catch (e) {
      notifyError(e);
    }
  };

  return (
    <Paper withBorder p="sm" style={{ flex: 1, minWidth: 380 }} component="section" aria-labelledby="hours-closed">
      <Title order={4} mb="xs" id="hours-closed">
        {employeeId ? t('hours.absences') : t('hours.closedDates')}
      </Title>
      {hours.exceptions.length === 0 ? (
        <Text size="sm" c="dimmed" mb="sm">
          {t('hours.noExceptions')}
        </Text>
      ) : (
        <Table fz="sm" verticalSpacing={3} mb="sm" aria-label={employeeId ? t('hours.absences') : t('hours.closedDates')}>
          <Table.Tbody>
            {hours.exceptions.map((x) => {
              const dates = x.fromDate === x.toDate ? formatDate(x.fromDate, language) : `${formatDate(x.fromDate, language)} – ${formatDate(x.toDate, language)}`;
              return (
                <Table.Tr key={x.id}>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{dates}</Table.Td>
                  <Table.Td>{t(`hours.kind.${x.kind}`)}</Table.Td>
                  <Table.Td c="dimmed">{x.note}</Table.Td>
                  <Table.Td w={36}>
                    <ActionIcon variant="subtle" color="red" aria-label={t('hours.removeException', { dates })} onClick={() => void remove(x.id)}>
                      <IconTrash size={14} />
                    </ActionIcon>
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      )}
      <form onSubmit={form.onSubmit(add)} noValidate>
        <Group gap="xs" align="flex-end" wrap="wrap">
          <TextInput size="xs" type="date" label={t('hours.fromDate')} required w={140} {...form.getInputProps('fromDate')} />
          <TextInput size="xs" type="date" label={t('hours.toDate')} w={140} {...form.getInputProps('toDate')} />
          <Select size="xs" label={t('hours.kind.label')} w={150} data={exceptionKinds.map((k) => ({ value: k, label: t(`hours.kind.${k}`) }))} allowDeselect={false} {...form.getInputProps('kind')} />
          <TextInput size="xs" label={t('hours.note')} style={{ flex: 1, minWidth: 120 }} {...form.getInputProps('note')} />
          <Button size="xs" type="submit" loading={adding} leftSection={<IconPlus size={14} />}>
            {t('hours.addException')}
          </Button>
        </Group>
      </form>
    </Paper>
  );
}

/** Weekday names in the interface language (0 = Sunday). */
function useDayNames() {
  const language = useLanguage();
  return useMemo(() => {
    const f = new Intl.DateTimeFormat(language, { weekday: 'long', timeZone: 'UTC' });
    // 2024-01-07 was a Sunday.
    const names = [0, 1, 2, 3, 4, 5, 6].map((d) => f.format(new Date(Date.UTC(2024, 0, 7 + d))));
    return (wd: number) => names[wd].charAt(0).toUpperCase() + names[wd].slice(1);
  }, [language]);
}
