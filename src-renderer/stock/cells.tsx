import type { ReactNode } from 'react';
import { Table, Text } from '@mantine/core';

const numeric = { fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' } as const;

/** A right-aligned number cell with figures of equal width, so columns line up. */
export function NumTd({ children, strong, dimmed, c }: { children: ReactNode; strong?: boolean; dimmed?: boolean; c?: string }) {
  return (
    <Table.Td ta="right" style={numeric} fw={strong ? 600 : undefined} c={c ?? (dimmed ? 'dimmed' : undefined)}>
      {children}
    </Table.Td>
  );
}

export function NumTh({ children, w }: { children: ReactNode; w?: number | string }) {
  return (
    <Table.Th ta="right" w={w} style={{ whiteSpace: 'nowrap' }}>
      {children}
    </Table.Th>
  );
}

/** An article number: a part's identity, read character by character. */
export function Article({ value }: { value: string | null | undefined }) {
  if (!value) return null;
  return (
    <Text span size="sm" ff="monospace" style={{ whiteSpace: 'nowrap' }}>
      {value}
    </Text>
  );
}
