import type { ReactNode } from 'react';
import { ActionIcon, Group, Text, Title, Tooltip } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

type Props = { title: string; status: ReactNode; subtitle: string; onBack: () => void; children: ReactNode };

/** The head of a document's screen (a work order, a rental deal): Back, the title with its status, who and what, and its actions. */
export function DocumentHeader({ title, status, subtitle, onBack, children }: Props) {
  const { t } = useTranslation();
  return (
    <Group justify="space-between" wrap="nowrap" align="flex-start">
      <Group gap="xs" wrap="nowrap" align="flex-start">
        <Tooltip label={t('common.back')}>
          <ActionIcon variant="subtle" color="gray" onClick={onBack} aria-label={t('common.back')} mt={2}>
            <IconArrowLeft size={18} />
          </ActionIcon>
        </Tooltip>
        <div>
          <Group gap="xs" wrap="nowrap">
            <Title order={2} style={{ whiteSpace: 'nowrap' }}>
              {title}
            </Title>
            {status}
          </Group>
          <Text size="sm" c="dimmed" lineClamp={1}>
            {subtitle}
          </Text>
        </div>
      </Group>
      <Group gap="xs" wrap="nowrap">
        {children}
      </Group>
    </Group>
  );
}
