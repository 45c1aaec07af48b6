import { useEffect, useRef, useState } from 'react';
import { ActionIcon, Alert, Anchor, Badge, Box, Button, Checkbox, Grid, Group, Paper, Select, SimpleGrid, Skeleton, Stack, Text, TextInput, Title, Tooltip } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useHotkeys } from '@mantine/hooks';
import { IconArrowBackUp, IconArrowLeft, IconCheck, IconCopy, IconDeviceFloppy, IconListDetails, IconPrinter } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { call } from '../api/client';
import { useQuery } from '../api/use-query';
import { notifyError, notifySuccess } from '../app/notify';
import { ConfirmModal } from '../app/ConfirmModal';
import { useLanguage } from '../i18n';
import { formatDate, formatMoney } from '../format';
import { DataItem } from '../app/DataItem';
import { docFormErrors, docInput, docValues, lineFor, lineRules, usesFrom, usesTo, type DocFormValues } from './document-form';
import { docTotals, lineFigures } from './document-figures';
import { DocumentLines } from './DocumentLines';
import { ItemPicker, type PickedHow } from './ItemPicker';
import { LabelsModal } from './LabelsModal';
import { SupplierField } from './SupplierField';
import { itemsHeldIn, useLineStock } from './line-stock';
import { openStock } from './navigate';
import { useWarehouses } from './reference-data';
import { isEditableKind, type EditableKind, type StockDocKind } from './stock-route';
import { isWholeUnit, qtyText } from './stock-numbers';
import { DocStatusBadge } from './DocStatusBadge';
import type { LabelLine } from './labels';
import type { StockDoc, StockItem, Warehouse } from './stock-types';
import { clearPreset, presetDoc } from './presets';

/** A new document of a kind. */
export function NewDocumentScreen({ kind }: { kind: EditableKind }) {
  const warehouses = useWarehouses();
  if (!warehouses.length) return <FormSkeleton />;
  return <DocumentForm kind={kind} realKind={kind} warehouses={warehouses} onBack={() => openStock({ screen: 'docs', kind })} onChanged={() => undefined} />;
}

/** A stock document by id, of any kind (opened from a list or from an item's movements). */
export function DocumentScreen({ kind, id }: { kind: StockDocKind; id: string }) {
  const { t } = useTranslation();
  const warehouses = useWarehouses();
  const { data: doc, error, reload } = useQuery('stockDocs.get', { id });
  const back = () => (isEditableKind(kind) ? openStock({ screen: 'docs', kind }) : openStock({ screen: 'items' }));

  if (error && !doc) {
    return (
      <Stack maw={600}>
        <Alert color="red" title={t('stock.doc.notFound')}>
          {error instanceof Error ? error.message : String(error)}
        </Alert>
        <Button variant="default" onClick={back} w="fit-content" leftSection={<IconArrowLeft size={16} />}>
          {t('common.back')}
        </Button>
      </Stack>
    );
  }
  if (!doc || !warehouses.length) return <FormSkeleton />;
  // Issues and sales come from work orders and the counter; here they are only shown.
  const shownAs: EditableKind = isEditableKind(doc.kind) ? doc.kind : 'write_off';
  return <DocumentForm key={`${doc.id}:${doc.status}`} kind={shownAs} realKind={doc.kind} doc={doc} warehouses={warehouses} onBack={back} onChanged={reload} />;
}

type FormProps = { kind: EditableKind; realKind: StockDocKind; doc?: StockDoc; warehouses: Warehouse[]; onBack: () => void; onChanged: () => void };

const today = () => new Date().toLocaleDateString('sv-SE');

function DocumentForm({ kind, realKind, doc, warehouses, onBack, onChanged }: FormProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [initialValues] = useState(() => (doc ? docValues(doc, language) : presetDoc(kind, warehouses, today(), language)));
  const form = useForm<DocFormValues>({ initialValues, validate: lineRules(kind, t), validateInputOnBlur: true });
  useEffect(() => clearPreset(), []);
  const { stock, remember } = useLineStock(form.values.lines.map((l) => l.itemId));
  const [busy, setBusy] = useState<'save' | 'post' | 'fill' | null>(null);
  const [confirm, setConfirm] = useState<'reverse' | 'reverse-copy' | null>(null);
  const [labels, setLabels] = useState<LabelLine[] | null>(null);
  // A posted count is reviewed for its differences; hundreds of matching lines would hide them.
  const [onlyDifferences, setOnlyDifferences] = useState(kind === 'count' && !!doc && doc.status !== 'draft');
  const pickerRef = useRef<HTMLInputElement>(null);
  const linesRef = useRef<HTMLDivElement>(null);
  const status = doc?.status ?? 'draft';
  const readOnly = status !== 'draft' || realKind !== kind;
  const posted = status !== 'draft';
  const isReversal = !!doc?.reversesId;
  const v = form.values;
  const figures = lineFigures(kind, v, stock, doc);
  const totals = docTotals(figures);
  const warehouseOptions = warehouses.map((w) => ({ value: w.id, label: w.name }));
  const sourceWarehouse = usesFrom(kind) ? v.fromWarehouseId : v.toWarehouseId;

  // A line just added is focused once it is on screen (after the render that adds it).
  const pendingFocus = useRef<string | null>(null);
  const focusLine = (index: number, field: 'qty' | 'counted') => {
    pendingFocus.current = `lines.${index}.${field}`;
  };
  useEffect(() => {
    if (!pendingFocus.current) return;
    const box = linesRef.current?.querySelector<HTMLInputElement>(`[data-path="${pendingFocus.current}"]`);
    if (!box) return;
    pendingFocus.current = null;
    box.focus();
    box.select();
  });

  const addItem = (item: StockItem, how: PickedHow) => {
    remember([item]);
    const field = kind === 'count' ? 'counted' : 'qty';
    const index = v.lines.findIndex((l) => l.itemId === item.id);
    const one = isWholeUnit(item.unit) ? '1' : '';
    if (index >= 0) {
      // Scanning a piece again counts it again.
      if (how === 'scan' && isWholeUnit(item.unit)) {
        const current = Number(v.lines[index][field].replace(',', '.')) || 0;
        form.setFieldValue(`lines.${index}.${field}`, qtyText((current + 1) * 1000, language));
      }
      if (how === 'choose' || !isWholeUnit(item.unit)) focusLine(index, field);
      return;
    }
    form.insertListItem('lines', lineFor(item, language, field === 'qty' ? { qty: one } : { counted: one }));
    if (how === 'choose' || !one) focusLine(v.lines.length, field);
  };

  const fill = async () => {
    if (!v.toWarehouseId) return;
    setBusy('fill');
    try {
      const held = await itemsHeldIn(v.toWarehouseId);
      remember(held);
      const present = new Set(v.lines.map((l) => l.itemId));
      const fresh = held.filter((i) => !present.has(i.id));
      // As the books say; the storekeeper then corrects what differs.
      const book = (i: StockItem) => i.warehouses.find((w) => w.warehouseId === v.toWarehouseId)?.onHandX1000 ?? 0;
      form.setFieldValue('lines', [...v.lines, ...fresh.map((i) => lineFor(i, language, { counted: qtyText(Math.max(0, book(i)), language) }))]);
      notifySuccess(fresh.length || v.lines.length ? t('stock.doc.filled', { count: v.lines.length + fresh.length }) : t('stock.doc.nothingToFill'));
    } catch (e) {
      notifyError(e);
    } finally {
      setBusy(null);
    }
  };

  const submit = async (post: boolean) => {
    const checked = docInput(kind, v, t);
    if ('errors' in checked) {
      form.setErrors(checked.errors);
      setTimeout(() => document.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(), 0);
      return;
    }
    setBusy(post ? 'post' : 'save');
    try {
      const saved = doc ? await call('stockDocs.update', { id: doc.id, ...checked.input, post }) : await call('stockDocs.create', { kind, ...checked.input, post });
      notifySuccess(post ? t('stock.doc.posted') : t('stock.doc.saved'));
      if (doc) onChanged();
      else openStock({ screen: 'doc', kind, id: saved.id });
    } catch (e) {
      form.setErrors(docFormErrors(e, kind));
      setTimeout(() => document.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(), 0);
      notifyError(e);
    } finally {
      setBusy(null);
    }
  };

  useHotkeys(
    readOnly
      ? []
      : [
          ['mod+S', () => void submit(false)],
          ['mod+Enter', () => void submit(true)],
        ],
    [],
  );

  const copyToCorrect = async (reverseFirst: boolean) => {
    if (!doc) return;
    if (reverseFirst) await call('stockDocs.reverse', { id: doc.id });
    const copy = await call('stockDocs.copy', { id: doc.id });
    notifySuccess(t('stock.doc.copied'));
    openStock({ screen: 'doc', kind, id: copy.id });
  };

  const title = doc ? t('stock.doc.title', { kind: t(`stock.kind.${realKind}`), number: doc.number }) : t('stock.doc.newTitle', { kind: t(`stock.kind.${kind}`) });
  const receiptLabels = () =>
    setLabels(v.lines.map((l, i) => ({ itemId: l.itemId, name: l.name, article: l.article, copies: 1, units: isWholeUnit(l.unit) ? (figures[i].qtyX1000 ?? 0) / 1000 : undefined })));

  const footer = (
    <Group justify="space-between" align="flex-start">
      <Stack gap={6}>
        {kind === 'count' && v.lines.length > 0 && (
          <Checkbox size="xs" label={t('stock.doc.onlyDifferences')} checked={onlyDifferences} onChange={(e) => setOnlyDifferences(e.currentTarget.checked)} />
        )}
        <Text size="xs" c="dimmed">
          {readOnly ? (posted ? t('stock.doc.readOnly') : '') : t('stock.doc.shortcuts')}
        </Text>
      </Stack>
      <DocumentTotals kind={kind} posted={posted} lines={v.lines.length} totals={totals} />
    </Group>
  );

  return (
    <Stack gap="sm" maw={1200}>
      <Group justify="space-between" wrap="nowrap" align="flex-start">
        <Group gap="xs" wrap="nowrap">
          <Tooltip label={t('common.back')}>
            <ActionIcon variant="subtle" color="gray" onClick={onBack} aria-label={t('common.back')}>
              <IconArrowLeft size={18} />
            </ActionIcon>
          </Tooltip>
          <Title order={2}>{title}</Title>
          <DocStatusBadge status={status} />
          {isReversal && (
            <Badge color="orange" variant="outline">
              {t('stock.docs.reversal')}
            </Badge>
          )}
        </Group>
        <Group gap="xs" wrap="nowrap">
          {kind === 'receipt' && v.lines.length > 0 && (
            <Button size="sm" variant="default" leftSection={<IconPrinter size={16} />} onClick={receiptLabels}>
              {t('stock.doc.labels')}
            </Button>
          )}
          {!readOnly && (
            <>
              <Button size="sm" variant="default" leftSection={<IconDeviceFloppy size={16} />} loading={busy === 'save'} disabled={!!busy} onClick={() => void submit(false)}>
                {t('stock.doc.saveDraft')}
              </Button>
              <Button size="sm" leftSection={<IconCheck size={16} />} loading={busy === 'post'} disabled={!!busy} onClick={() => void submit(true)}>
                {t('stock.doc.post')}
              </Button>
            </>
          )}
          {status === 'posted' && !isReversal && realKind === kind && (
            <>
              <Button size="sm" variant="default" color="red" leftSection={<IconArrowBackUp size={16} />} onClick={() => setConfirm('reverse')}>
                {t('stock.doc.reverse')}
              </Button>
              <Button size="sm" variant="light" leftSection={<IconCopy size={16} />} onClick={() => setConfirm('reverse-copy')}>
                {t('stock.doc.reverseAndCopy')}
              </Button>
            </>
          )}
          {status === 'reversed' && realKind === kind && (
            <Button size="sm" variant="light" leftSection={<IconCopy size={16} />} onClick={() => void copyToCorrect(false).catch(notifyError)}>
              {t('stock.doc.copy')}
            </Button>
          )}
        </Group>
      </Group>

      {posted && <DocumentLinks doc={doc} />}

      {readOnly ? (
        <DocumentHeaderView kind={kind} v={v} warehouses={warehouses} />
      ) : (
      <Paper withBorder p="sm">
          <Grid gap="sm">
            {kind === 'receipt' && (
              <>
                <Grid.Col span={5}>
                  <SupplierField value={v.supplier} onChange={(s) => form.setFieldValue('supplier', s)} error={form.errors.supplier as string | undefined} />
                </Grid.Col>
                <Grid.Col span={3}>
                  <TextInput label={t('stock.doc.supplierDocNumber')} {...form.getInputProps('supplierDocNumber')} />
                </Grid.Col>
              </>
            )}
            <Grid.Col span={2}>
              <TextInput type="date" label={t('stock.doc.date')} {...form.getInputProps('date')} />
            </Grid.Col>
            {usesFrom(kind) && (
              <Grid.Col span={kind === 'transfer' ? 3 : 4}>
                <Select label={t('stock.doc.fromWarehouse')} data={warehouseOptions} allowDeselect={false} {...form.getInputProps('fromWarehouseId')} />
              </Grid.Col>
            )}
            {usesTo(kind) && (
              <Grid.Col span={kind === 'receipt' ? 2 : kind === 'count' ? 4 : 3}>
                <Select label={kind === 'count' ? t('stock.doc.warehouse') : t('stock.doc.toWarehouse')} data={warehouseOptions} allowDeselect={false} {...form.getInputProps('toWarehouseId')} />
              </Grid.Col>
            )}
            <Grid.Col span={kind === 'receipt' ? 12 : kind === 'transfer' ? 4 : 6}>
              <TextInput label={kind === 'write_off' ? t('stock.doc.reason') : t('stock.doc.note')} required={kind === 'write_off'} {...form.getInputProps('note')} />
            </Grid.Col>
          </Grid>
        </Paper>
      )}

      {!readOnly && (
        <Group gap="xs" align="flex-end" wrap="nowrap">
          <Box style={{ flex: 1 }}>
            <ItemPicker ref={pickerRef} label={t('stock.doc.addItem')} placeholder={t('stock.doc.addItemPlaceholder')} onPick={addItem} warehouseId={sourceWarehouse} />
          </Box>
          {kind === 'count' && (
            <Button variant="light" leftSection={<IconListDetails size={16} />} loading={busy === 'fill'} disabled={!v.toWarehouseId} onClick={() => void fill()}>
              {t('stock.doc.fillFromBalances')}
            </Button>
          )}
        </Group>
      )}

      {kind === 'count' && footer}
      <Paper withBorder ref={linesRef}>
        {v.lines.length ? (
          <DocumentLines kind={kind} form={form} figures={figures} readOnly={readOnly} posted={posted} onEnter={() => pickerRef.current?.focus()} onlyDifferences={onlyDifferences} />
        ) : (
          <Text size="sm" c={form.errors.lines ? 'red' : 'dimmed'} p="sm">
            {(form.errors.lines as string | undefined) ?? t('stock.doc.noLines')}
          </Text>
        )}
      </Paper>

      {kind !== 'count' && footer}

      {doc && (
        <ConfirmModal
          opened={confirm !== null}
          title={t('stock.doc.reverseTitle')}
          message={t('stock.doc.reverseConfirm', { number: doc.number })}
          confirmLabel={confirm === 'reverse-copy' ? t('stock.doc.reverseAndCopy') : t('stock.doc.reverse')}
          onClose={() => setConfirm(null)}
          onConfirm={async () => {
            if (confirm === 'reverse-copy') await copyToCorrect(true);
            else {
              await call('stockDocs.reverse', { id: doc.id });
              notifySuccess(t('stock.doc.reversed'));
              onChanged();
            }
          }}
        />
      )}
      <LabelsModal lines={labels} onClose={() => setLabels(null)} />
    </Stack>
  );
}

/** A posted document's header: plain values, nothing that looks editable. */
function DocumentHeaderView({ kind, v, warehouses }: { kind: EditableKind; v: DocFormValues; warehouses: Warehouse[] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const name = (id: string | null) => warehouses.find((w) => w.id === id)?.name ?? '';
  return (
    <Paper withBorder p="sm">
      <SimpleGrid cols={4} spacing="md" verticalSpacing="sm">
        {kind === 'receipt' && <DataItem label={t('stock.doc.supplier')}>{v.supplier?.name}</DataItem>}
        {kind === 'receipt' && <DataItem label={t('stock.doc.supplierDocNumber')}>{v.supplierDocNumber}</DataItem>}
        <DataItem label={t('stock.doc.date')}>{formatDate(`${v.date}T12:00:00`, language)}</DataItem>
        {usesFrom(kind) && <DataItem label={t('stock.doc.fromWarehouse')}>{name(v.fromWarehouseId)}</DataItem>}
        {usesTo(kind) && <DataItem label={kind === 'count' ? t('stock.doc.warehouse') : t('stock.doc.toWarehouse')}>{name(v.toWarehouseId)}</DataItem>}
        {kind === 'write_off' && <DataItem label={t('stock.doc.reason')}>{v.note}</DataItem>}
      </SimpleGrid>
      {kind !== 'write_off' && v.note && (
        <Box mt="sm">
          <DataItem label={t('stock.doc.note')}>{v.note}</DataItem>
        </Box>
      )}
    </Paper>
  );
}

function DocumentLinks({ doc }: { doc?: StockDoc }) {
  const { t } = useTranslation();
  if (!doc) return null;
  const open = (id: string) => openStock({ screen: 'doc', kind: doc.kind, id });
  if (doc.reversesId) {
    return (
      <Text size="sm">
        {t('stock.doc.reverses')}{' '}
        <Anchor component="button" size="sm" onClick={() => open(doc.reversesId!)}>
          {doc.number.replace(/-С$/, '')}
        </Anchor>
      </Text>
    );
  }
  if (!doc.reversal) return null;
  const [before, after] = t('stock.doc.reversedBy', { number: '\u0000' }).split('\u0000');
  return (
    <Text size="sm">
      {before}
      <Anchor component="button" size="sm" onClick={() => open(doc.reversal!.id)}>
        {doc.reversal.number}
      </Anchor>
      {after}
    </Text>
  );
}

function DocumentTotals({ kind, posted, lines, totals }: { kind: EditableKind; posted: boolean; lines: number; totals: ReturnType<typeof docTotals> }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const money = (k: number) => formatMoney(k, language);
  const figure = (label: string, value: string, c?: string) => (
    <Group gap={6} wrap="nowrap">
      <Text size="sm" c="dimmed">
        {label}:
      </Text>
      <Text size="sm" fw={600} c={c} style={{ fontVariantNumeric: 'tabular-nums' }}>
        {value}
      </Text>
    </Group>
  );
  return (
    <Group gap="lg" data-testid="document-totals">
      <Text size="sm" c="dimmed">
        {t('stock.doc.lineCount', { count: lines })}
      </Text>
      {kind === 'receipt' && figure(t('stock.doc.total'), money(totals.valueMinor))}
      {(kind === 'transfer' || kind === 'write_off') && posted && figure(t('stock.doc.totalAtCost'), money(totals.valueMinor))}
      {kind === 'count' &&
        (totals.differences ? (
          <>
            <Text size="sm">{t('stock.doc.differences', { count: totals.differences })}</Text>
            {totals.surplusMinor > 0 && figure(t('stock.doc.surplus'), money(totals.surplusMinor), 'teal.7')}
            {totals.shortageMinor < 0 && figure(t('stock.doc.shortage'), money(-totals.shortageMinor), 'red.7')}
          </>
        ) : (
          lines > 0 && <Text size="sm">{t('stock.doc.noDifferences')}</Text>
        ))}
    </Group>
  );
}

function FormSkeleton() {
  return (
    <Stack gap="md" maw={1200} aria-busy>
      <Skeleton h={32} w={360} />
      <Skeleton h={80} />
      <Skeleton h={200} />
    </Stack>
  );
}
