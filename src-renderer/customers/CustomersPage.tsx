import { useEffect, useState } from 'react';
import { Box, Button, Group, LoadingOverlay, Paper, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconPlus, IconSearch } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { navigate } from '../app/route';
import { useDelayedFlag } from '../app/use-delayed-flag';
import { useCustomerList } from './store';
import { CustomerTable } from './CustomerTable';
import { CustomerFormModal } from './CustomerFormModal';
import { customerSearchId } from './search-focus';

function openCustomer(id: string) {
  navigate({ name: 'customer', id });
}

function focusFirstRow() {
  document.querySelector<HTMLElement>('[data-testid="customer-rows"] tr')?.focus();
}

export function CustomersPage() {
  const { t } = useTranslation();
  const { query, items, shownQuery, loading, setQuery, search } = useCustomerList();
  const [debounced] = useDebouncedValue(query, 150);
  const [creating, setCreating] = useState(false);
  const showProgress = useDelayedFlag(loading);

  useEffect(() => {
    void search(debounced);
  }, [debounced, search]);

  const answered = shownQuery !== null;
  const searching = shownQuery?.trim() !== '';

  return (
    <Box maw={1200}>
      <Group justify="space-between" mb="sm">
        <Title order={2}>{t('customers.title')}</Title>
        <Button size="sm" leftSection={<IconPlus size={16} />} onClick={() => setCreating(true)}>
          {t('customers.new')}
        </Button>
      </Group>
      <TextInput
        id={customerSearchId}
        type="search"
        aria-label={t('customers.search')}
        placeholder={t('customers.searchPlaceholder')}
        leftSection={<IconSearch size={16} />}
        value={query}
        onChange={(e) => setQuery(e.currentTarget.value)}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') {
            e.preventDefault();
            focusFirstRow();
          } else if (e.key === 'Enter' && items.length > 0 && shownQuery === query) {
            openCustomer(items[0].id);
          }
        }}
        autoFocus
        autoComplete="off"
        mb="xs"
      />
      <Text size="xs" c="dimmed" mb={4}>
        {answered && (searching ? t('customers.found', { count: items.length }) : t('customers.recent'))}
      </Text>
      <Paper withBorder pos="relative" mih={items.length ? undefined : 80}>
        <LoadingOverlay visible={showProgress} zIndex={10} overlayProps={{ blur: 1 }} />
        {items.length > 0 && <CustomerTable items={items} onOpen={openCustomer} />}
        {answered && items.length === 0 && (
          <Text c="dimmed" size="sm" p="md">
            {searching ? t('customers.empty') : t('customers.emptyDb')}
          </Text>
        )}
      </Paper>
      <CustomerFormModal
        opened={creating}
        onClose={() => setCreating(false)}
        onSaved={(customer) => {
          setCreating(false);
          openCustomer(customer.id);
        }}
      />
    </Box>
  );
}
