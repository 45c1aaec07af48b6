import { Badge, Group, Table, Text } from '@mantine/core';
import { IconBuilding } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { formatPhone, formatPlate } from '../format';
import { rowKeyHandler } from '../app/row-keys';
import { focusCustomerSearch } from './search-focus';
import type { CustomerListItem } from './store';

type Props = { items: CustomerListItem[]; onOpen: (id: string) => void };

export function CustomerTable({ items, onOpen }: Props) {
  const { t } = useTranslation();
  return (
    <Table highlightOnHover verticalSpacing={6} fz="sm" stickyHeader aria-label={t('customers.title')}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th w="35%">{t('customers.col.name')}</Table.Th>
          <Table.Th w="25%">{t('customers.col.phones')}</Table.Th>
          <Table.Th>{t('customers.col.vehicles')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody data-testid="customer-rows">
        {items.map((c) => (
          <Table.Tr
            key={c.id}
            className="clickable-row"
            tabIndex={0}
            onClick={() => onOpen(c.id)}
            onKeyDown={rowKeyHandler(() => onOpen(c.id), focusCustomerSearch)}
          >
            <Table.Td>
              <Group gap={6} wrap="nowrap">
                {c.kind === 'company' && <IconBuilding size={14} aria-label={t('customers.kind.company')} />}
                <Text size="sm" fw={500}>
                  {c.name}
                </Text>
              </Group>
            </Table.Td>
            <Table.Td>
              <Text size="sm" style={{ fontVariantNumeric: 'tabular-nums' }}>
                {c.phones.map((p, i) => (
                  <span key={p} style={{ whiteSpace: 'nowrap' }}>
                    {formatPhone(p)}
                    {i < c.phones.length - 1 ? ', ' : ''}
                  </span>
                ))}
              </Text>
            </Table.Td>
            <Table.Td>
              <Group gap={6}>
                {c.vehicles.map((v) => (
                  <Badge key={v.id} variant="light" color="gray" tt="none" fw={500} size="md" radius="sm">
                    {v.plate ? <b>{formatPlate(v.plate)}</b> : null} {v.make} {v.model}
                  </Badge>
                ))}
              </Group>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
