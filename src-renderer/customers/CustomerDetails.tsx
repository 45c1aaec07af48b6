import { Badge, Group, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../i18n';
import { formatDate, formatPhone } from '../format';
import { DataItem } from '../app/DataItem';
import type { Customer } from './customer-form';

export function CustomerDetails({ customer: c }: { customer: Customer }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <Paper withBorder p="sm">
      <SimpleGrid cols={{ base: 2, md: 4 }} spacing="md" verticalSpacing="sm">
        <DataItem label={t('customers.col.phones')}>
          <Stack gap={0}>
            {c.phones.map((p) => (
              <Text key={p} size="sm" component="a" href={`tel:${p}`} c="inherit" td="none" style={{ fontVariantNumeric: 'tabular-nums' }}>
                {formatPhone(p)}
              </Text>
            ))}
          </Stack>
        </DataItem>
        <DataItem label={t('customers.field.email')}>{c.email}</DataItem>
        <DataItem label={t('customers.field.messengers')}>
          {c.messengers.map((m) => (
            <Text key={`${m.kind}:${m.handle}`} size="sm">
              {t(`customers.messenger.${m.kind}`)}: {m.handle}
            </Text>
          ))}
        </DataItem>
        <DataItem label={t('customers.card.consent')}>
          <Badge size="sm" variant="light" color={c.consentToMessages ? 'teal' : 'gray'}>
            {c.consentToMessages ? t('customers.card.consentYes') : t('customers.card.consentNo')}
          </Badge>
        </DataItem>
        <DataItem label={t('customers.field.inn')}>{c.inn}</DataItem>
        {c.kind === 'company' && <DataItem label={t('customers.field.kpp')}>{c.kpp}</DataItem>}
        <DataItem label={t('customers.field.discount')}>{c.discountPct ? `${c.discountPct} %` : null}</DataItem>
        <DataItem label={t('customers.card.since')}>{formatDate(c.createdAt, language)}</DataItem>
      </SimpleGrid>
      {c.notes && (
        <Group mt="sm">
          <DataItem label={t('customers.field.notes')}>
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {c.notes}
            </Text>
          </DataItem>
        </Group>
      )}
    </Paper>
  );
}
