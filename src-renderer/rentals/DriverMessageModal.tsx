import { useState } from 'react';
import { Alert, Button, CopyButton, Group, Modal, Skeleton, Stack, Text, Textarea } from '@mantine/core';
import { IconBrandTelegram, IconBrandWhatsapp, IconCheck, IconCopy, IconPhone, IconPrinter } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useQuery } from '../api/use-query';
import { formatPhone } from '../format';
import { PrintPreviewModal, type PreviewTarget } from '../work-orders/print/PrintPreviewModal';
import type { DealItem } from './rental-types';

type Props = { item: DealItem | null; driverName: string; onClose: () => void };

/** "Send to driver": the trip as text to paste into a messenger, call and chat links, the printable trip sheet. */
export function DriverMessageModal({ item, driverName, onClose }: Props) {
  const { t } = useTranslation();
  return (
    <Modal opened={!!item} onClose={onClose} title={t('rentals.driver.title', { name: driverName })} size="lg">
      {item && <DriverMessage item={item} />}
    </Modal>
  );
}

function DriverMessage({ item }: { item: DealItem }) {
  const { t } = useTranslation();
  const { data, error } = useQuery('rentals.driverMessage', { itemId: item.id });
  const [preview, setPreview] = useState<PreviewTarget | null>(null);
  if (error) return <Alert color="red">{error instanceof Error ? error.message : String(error)}</Alert>;
  if (!data) return <Skeleton h={220} />;
  const { links } = data;
  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed">
        {t('rentals.driver.hint')}
      </Text>
      <Textarea label={t('rentals.driver.message')} value={data.text} readOnly autosize minRows={6} maxRows={14} styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)', fontSize: 13 } }} onFocus={(e) => e.currentTarget.select()} />
      <Group justify="space-between">
        <Group gap="xs">
          <CopyButton value={data.text}>
            {({ copied, copy }) => (
              <Button size="sm" color={copied ? 'teal' : undefined} leftSection={copied ? <IconCheck size={16} /> : <IconCopy size={16} />} onClick={copy} data-autofocus>
                {copied ? t('rentals.driver.copied') : t('rentals.driver.copy')}
              </Button>
            )}
          </CopyButton>
          {links.tel && (
            <Button size="sm" variant="default" component="a" href={links.tel} leftSection={<IconPhone size={16} />}>
              {t('rentals.driver.call', { phone: data.phone ? formatPhone(data.phone) : '' })}
            </Button>
          )}
          {links.telegram && (
            <Button size="sm" variant="default" component="a" href={links.telegram} target="_blank" rel="noreferrer" leftSection={<IconBrandTelegram size={16} />}>
              {t('rentals.driver.telegram')}
            </Button>
          )}
          {links.whatsapp && (
            <Button size="sm" variant="default" component="a" href={links.whatsapp} target="_blank" rel="noreferrer" leftSection={<IconBrandWhatsapp size={16} />}>
              {t('rentals.driver.whatsapp')}
            </Button>
          )}
        </Group>
        <Button size="sm" variant="light" leftSection={<IconPrinter size={16} />} onClick={() => setPreview({ kind: 'trip-sheet', itemId: item.id, title: t('rentals.driver.tripSheetTitle', { title: item.title }) })}>
          {t('rentals.driver.tripSheet')}
        </Button>
      </Group>
      {!links.tel && (
        <Text size="xs" c="dimmed">
          {t('rentals.driver.noPhone')}
        </Text>
      )}
      <PrintPreviewModal target={preview} onClose={() => setPreview(null)} />
    </Stack>
  );
}
