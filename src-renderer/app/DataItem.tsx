import type { ReactNode } from 'react';
import { Box, Text } from '@mantine/core';

/** One labelled value on a card. */
export function DataItem({ label, children }: { label: string; children: ReactNode }) {
  const empty = children === null || children === undefined || children === '' || (Array.isArray(children) && children.length === 0);
  return (
    <Box>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600} lts={0.3}>
        {label}
      </Text>
      <Box fz="sm">{empty ? <Text c="dimmed" size="sm">—</Text> : children}</Box>
    </Box>
  );
}
