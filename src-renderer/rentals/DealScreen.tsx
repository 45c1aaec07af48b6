import { Title } from '@mantine/core';

/** One rental deal: its items, availability, invoices, waybills. */
export function DealScreen({ id }: { id: string }) {
  return <Title order={2}>{id}</Title>;
}
