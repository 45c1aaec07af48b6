import { ActionIcon, Button, Group, Input, Stack, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { CustomerFormValues } from './customer-form';

type Props = { form: UseFormReturnType<CustomerFormValues> };

export function PhonesField({ form }: Props) {
  const { t } = useTranslation();
  const phones = form.values.phones;
  return (
    <Input.Wrapper label={t('customers.col.phones')} error={form.errors.phones} required>
      <Stack gap={6} mt={4}>
        {phones.map((_, i) => (
          <Group key={i} gap={6} wrap="nowrap" align="flex-start">
            <TextInput
              flex={1}
              type="tel"
              aria-label={t('customers.field.phone', { n: i + 1 })}
              placeholder="+7 900 000-00-00"
              {...form.getInputProps(`phones.${i}`)}
            />
            {phones.length > 1 && (
              <ActionIcon variant="subtle" color="gray" size="input-sm" aria-label={t('customers.field.removePhone', { n: i + 1 })} onClick={() => form.removeListItem('phones', i)}>
                <IconTrash size={16} />
              </ActionIcon>
            )}
          </Group>
        ))}
        <Group>
          <Button variant="subtle" size="compact-sm" leftSection={<IconPlus size={14} />} onClick={() => form.insertListItem('phones', '')} disabled={phones.length >= 10}>
            {t('customers.field.addPhone')}
          </Button>
        </Group>
      </Stack>
    </Input.Wrapper>
  );
}
