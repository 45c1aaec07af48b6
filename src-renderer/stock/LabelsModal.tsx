import { useState } from 'react';
import { Button, Group, Modal, NumberInput, Table, Text } from '@mantine/core';
import { IconPrinter } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { notifyError, notifySuccess } from '../app/notify';
import { printLabels, type LabelLine } from './labels';


type Props = { lines: LabelLine[] | null; onClose: () => void };

/** Choose how many labels of each item, then open them as a PDF. */
export function LabelsModal({ lines, onClose }: Props) {
  const { t } = useTranslation();
  return (
    <Modal opened={lines !== null} onClose={onClose} title={t('stock.labels.title')} size="lg">
      {lines && <LabelsForm lines={lines} onDone={onClose} />}
    </Modal>
  );
}

function LabelsForm({ lines, onDone }: { lines: LabelLine[]; onDone: () => void }) {
  const { t } = useTranslation();
  const [copies, setCopies] = useState(() => lines.map((l) => l.copies));
  const [busy, setBusy] = useState(false);
  const withUnits = lines.some((l) => (l.units ?? 0) > 0);

  const print = async () => {
    setBusy(true);
    try {
      const file = await printLabels(lines.map((l, i) => ({ itemId: l.itemId, copies: Math.min(100, Math.max(1, copies[i] || 1)) })));
      notifySuccess(t('stock.labels.ready', { file }));
      onDone();
    } catch (e) {
      notifyError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <Table fz="sm" verticalSpacing={4} aria-label={t('stock.labels.title')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('stock.items.col.article')}</Table.Th>
            <Table.Th>{t('stock.items.col.name')}</Table.Th>
            <Table.Th w={110}>{t('stock.labels.copies')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {lines.map((l, i) => (
            <Table.Tr key={l.itemId}>
              <Table.Td ff="monospace">{l.article}</Table.Td>
              <Table.Td>{l.name}</Table.Td>
              <Table.Td>
                <NumberInput
                  size="xs"
                  aria-label={t('stock.labels.copiesOf', { name: l.name })}
                  min={1}
                  max={100}
                  allowDecimal={false}
                  allowNegative={false}
                  clampBehavior="strict"
                  value={copies[i]}
                  onChange={(v) => setCopies((c) => c.map((x, j) => (j === i ? Number(v) || 1 : x)))}
                  data-autofocus={i === 0 || undefined}
                />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Group justify="space-between" mt="md">
        {withUnits ? (
          <Button variant="subtle" size="xs" onClick={() => setCopies(lines.map((l) => Math.min(100, Math.max(1, l.units ?? 1))))}>
            {t('stock.labels.copiesFromQty')}
          </Button>
        ) : (
          <Text />
        )}
        <Group gap="xs">
          <Button variant="default" onClick={onDone}>
            {t('common.cancel')}
          </Button>
          <Button leftSection={<IconPrinter size={16} />} loading={busy} onClick={() => void print()}>
            {t('stock.labels.print')}
          </Button>
        </Group>
      </Group>
    </>
  );
}
