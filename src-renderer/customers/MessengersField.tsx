import { ActionIcon, Button, Group, Input, NativeSelect, Stack, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { messengerKinds, type CustomerFormValues } from './customer-form';

type Props = { form: UseFormReturnType<CustomerFormValues> };

export function MessengersField({ form }: Props) {
  const { t } = useTranslation();
  const rows = form.values.messengers;
  const kinds = messengerKinds.map((k) => ({ value: k, label: t(`customers.messenger.${k}`) }));
  return (
    <Input.Wrapper label={t('customers.field.messengers')} error={form.errors.messengers}>
      <Stack gap={6} mt={4}>
        {rows.map((_, i) => (
          <Group key={i} gap={6} wrap="nowrap" align="flex-start">
            <NativeSelect w={130} data={kinds} aria-label={t('customers.field.messengerKind', { n: i + 1 })} {...form.getInputProps(`messengers.${i}.kind`)} />
            <TextInput flex={1} aria-label={t('customers.field.messengerHandle', { n: i + 1 })} placeholder="@" {...form.getInputProps(`messengers.${i}.handle`)} />
            <ActionIcon variant="subtle" color="gray" size="input-sm" aria-label={t('customers.field.removeMessenger', { n: i + 1 })} onClick={() => form.removeListItem('messengers', i)}>
              <IconTrash size={16} />
            </ActionIcon>
          </Group>
        ))}
        <Group>
          <Button
            variant="subtle"
            size="compact-sm"
            leftSection={<IconPlus size={14} />}
            onClick={() => form.insertListItem('messengers', { kind: 'telegram', handle: '' })}
            disabled={rows.length >= 10}
          >
            {t('customers.field.addMessenger')}
          </Button>
        </Group>
      </Stack>
    </Input.Wrapper>
  );
}
