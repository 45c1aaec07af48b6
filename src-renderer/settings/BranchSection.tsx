import { useMemo, useRef, useState } from 'react';
import { Box, Button, Group, NumberInput, Paper, Select, SimpleGrid, Skeleton, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { call, type ApiOutput } from '../api/client';
import { useQuery } from '../api/use-query';
import { notifySuccess } from '../app/notify';
import { showServerErrors } from '../app/server-errors';
import { toKopecks, toRoubles } from '../form-units';

type Branch = ApiOutput<'branches.current'>;
/** The labour rate as typed, in roubles per standard hour; kept in kopecks. */
type BranchValues = { name: string; docPrefix: string; timeZone: string; labourRate: number | string };

/** This workstation's branch: its name, document-number prefix, time zone and labour rate. */
export function BranchSection() {
  const { t } = useTranslation();
  const { data, reload } = useQuery('branches.current', {});
  return (
    <Box>
      <Title order={3} mb={4}>
        {t('settings.branch.title')}
      </Title>
      <Text size="sm" c="dimmed" mb="xs">
        {t('settings.branch.hint')}
      </Text>
      <Paper withBorder p="sm">
        {data ? <BranchForm key={data.updatedAt} branch={data} onSaved={reload} /> : <Skeleton h={60} />}
      </Paper>
    </Box>
  );
}

function BranchForm({ branch, onSaved }: { branch: Branch; onSaved: () => void }) {
  const { t } = useTranslation();
  const form = useForm<BranchValues>({ initialValues: { name: branch.name, docPrefix: branch.docPrefix, timeZone: branch.timeZone, labourRate: toRoubles(branch.labourRateMinor) } });
  const [saving, setSaving] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const zones = useMemo(() => Intl.supportedValuesOf('timeZone'), []);

  const save = async (values: BranchValues) => {
    setSaving(true);
    try {
      const { labourRate, ...rest } = values;
      await call('branches.update', { ...rest, labourRateMinor: toKopecks(labourRate) ?? -1 });
      notifySuccess(t('settings.branch.saved'));
      onSaved();
    } catch (e) {
      showServerErrors(form, e, formRef.current);
      if (form.errors.labourRateMinor) form.setFieldError('labourRate', form.errors.labourRateMinor);
    } finally {
      setSaving(false);
    }
  };

  return (
    <form ref={formRef} onSubmit={form.onSubmit(save)} noValidate>
      <SimpleGrid cols={4} spacing="sm">
        <TextInput label={t('settings.branch.name')} required {...form.getInputProps('name')} />
        <TextInput label={t('settings.branch.docPrefix')} required maxLength={6} styles={{ input: { textTransform: 'uppercase' } }} {...form.getInputProps('docPrefix')} />
        <Select label={t('settings.branch.timeZone')} data={zones} searchable allowDeselect={false} limit={50} {...form.getInputProps('timeZone')} />
        <NumberInput label={t('settings.branch.labourRate')} min={0} decimalScale={2} thousandSeparator=" " hideControls {...form.getInputProps('labourRate')} />
      </SimpleGrid>
      <Group justify="flex-end" mt="sm">
        <Button type="submit" loading={saving} disabled={!form.isDirty()}>
          {t('common.save')}
        </Button>
      </Group>
    </form>
  );
}
