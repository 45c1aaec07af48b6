import { useState } from 'react';
import { ActionIcon, Box, Button, CloseButton, FileButton, Grid, Group, Image, Input, Modal, Paper, SegmentedControl, Select, SimpleGrid, Stack, Table, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { IconDeviceFloppy, IconPhotoPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { notifyError, notifySuccess } from '../../app/notify';
import { useOrder } from '../order-store';
import type { DamageMark, WorkOrder } from '../order-types';
import { CarView, markColours, type Kind, type View } from './CarOutline';
import { downscalePhoto } from './downscale-photo';

const kinds: Kind[] = ['scratch', 'dent', 'chip', 'crack', 'other'];
const fuelLabels = ['E', '⅛', '¼', '⅜', '½', '⅝', '¾', '⅞', 'F'];

type Draft = {
  marks: DamageMark[];
  fuelEighths: number;
  mileageKm: string;
  itemsLeft: string;
  notes: string;
  newPhotos: { key: number; name: string; dataUrl: string }[];
  removedPhotoIds: string[];
};

function draftOf(order: WorkOrder): Draft {
  const a = order.inspection;
  return {
    marks: a?.marks.map((m) => ({ ...m, note: m.note ?? '' })) ?? [],
    fuelEighths: a?.fuelEighths ?? 4,
    mileageKm: String(a?.mileageKm ?? order.mileageKm ?? ''),
    itemsLeft: a?.itemsLeft ?? '',
    notes: a?.notes ?? '',
    newPhotos: [],
    removedPhotoIds: [],
  };
}

const storedKeyOf = (order: WorkOrder) => `${order.id}:${order.inspection?.updatedAt ?? ''}:${order.inspection?.photos.map((p) => p.id).join(',') ?? ''}`;

let photoKey = 0;

/** The act of acceptance: damage on the outline, fuel, mileage, what was left inside, photos. */
export function InspectionPanel({ order }: { order: WorkOrder }) {
  const { t } = useTranslation();
  const readOnly = order.status === 'issued' || order.status === 'cancelled';
  const [base, setBase] = useState(() => ({ key: storedKeyOf(order), draft: draftOf(order) }));
  const [draft, setDraft] = useState<Draft>(base.draft);
  const [kind, setKind] = useState<Kind>('scratch');
  const [selected, setSelected] = useState<number | null>(null);
  const [saving, setSaving] = useState(false);
  const [shown, setShown] = useState<{ name: string; dataUrl: string } | null>(null);
  const dirty = JSON.stringify(draft) !== JSON.stringify(base.draft);

  // A newer act from the back end replaces the screen's copy, unless someone is editing it.
  const storedKey = storedKeyOf(order);
  if (storedKey !== base.key) {
    const fresh = draftOf(order);
    setBase({ key: storedKey, draft: fresh });
    if (!dirty) setDraft(fresh);
  }

  const set = (patch: Partial<Draft>) => setDraft((d) => ({ ...d, ...patch }));
  const setMark = (i: number, patch: Partial<DamageMark>) => set({ marks: draft.marks.map((m, j) => (j === i ? { ...m, ...patch } : m)) });
  const numbered = draft.marks.map((mark, i) => ({ n: i + 1, mark }));
  const mileage = draft.mileageKm.replace(/\s/g, '');
  const mileageBad = mileage !== '' && !/^\d+$/.test(mileage);
  const stored = order.inspection?.photos.filter((p) => !draft.removedPhotoIds.includes(p.id)) ?? [];

  const place = (view: View) => (x: number, y: number) => {
    set({ marks: [...draft.marks, { view, x, y, kind, note: '' }] });
    setSelected(draft.marks.length + 1);
  };
  const nudge = (dx: number, dy: number) => {
    if (selected === null) return;
    const m = draft.marks[selected - 1];
    const clamp = (v: number) => Math.min(1, Math.max(0, Math.round(v * 1000) / 1000));
    setMark(selected - 1, { x: clamp(m.x + dx), y: clamp(m.y + dy) });
  };

  const addFiles = async (files: File[]) => {
    const added: Draft['newPhotos'] = [];
    for (const file of files) {
      try {
        added.push({ key: ++photoKey, name: file.name.replace(/\.\w+$/, '') + '.jpg', dataUrl: await downscalePhoto(file) });
      } catch {
        notifyError(new Error(t('workOrders.inspection.photoUnreadable', { name: file.name })));
      }
    }
    setDraft((d) => ({ ...d, newPhotos: [...d.newPhotos, ...added] }));
  };

  const save = async () => {
    if (readOnly || !dirty || mileageBad) return;
    setSaving(true);
    const fields = {
      workOrderId: order.id,
      marks: draft.marks.map((m) => ({ view: m.view, x: m.x, y: m.y, kind: m.kind, note: m.note?.trim() || null })),
      fuelEighths: draft.fuelEighths,
      mileageKm: mileage ? Number(mileage) : null,
      itemsLeft: draft.itemsLeft.trim() || null,
      notes: draft.notes.trim() || null,
    };
    try {
      // One photo per request keeps each under the back end's size limit.
      const [first, ...rest] = draft.newPhotos;
      await call('inspections.save', { ...fields, removePhotoIds: draft.removedPhotoIds, addPhotos: first ? [{ name: first.name, dataUrl: first.dataUrl }] : [] });
      for (const p of rest) await call('inspections.save', { ...fields, addPhotos: [{ name: p.name, dataUrl: p.dataUrl }] });
      const fresh = await call('workOrders.get', { id: order.id });
      setBase({ key: storedKeyOf(fresh), draft: draftOf(fresh) });
      setDraft(draftOf(fresh));
      useOrder.setState({ order: fresh });
      notifySuccess(t('workOrders.inspection.saved'));
    } catch (e) {
      notifyError(e);
    } finally {
      setSaving(false);
    }
  };

  useHotkeys([['mod+S', () => void save()]], []);

  const viewLabel = (view: View) => t(`workOrders.inspection.view.${view}`);
  const viewBox = (view: View) => (
    <Box>
      <Text size="xs" c="dimmed" fw={600} tt="uppercase" mb={2}>
        {viewLabel(view)}
      </Text>
      <Paper withBorder p={4} bg="white">
        <CarView
          view={view}
          label={readOnly ? viewLabel(view) : t('workOrders.inspection.outline', { view: viewLabel(view) })}
          marks={numbered.filter((m) => m.mark.view === view)}
          selected={selected}
          readOnly={readOnly}
          onPlace={place(view)}
          onSelect={setSelected}
          onNudge={nudge}
        />
      </Paper>
    </Box>
  );

  return (
    <Stack gap="sm">
      <Grid gap="md">
        <Grid.Col span={7}>
          <Stack gap="xs">
            {!readOnly && (
              <Group gap="sm" align="center" wrap="wrap">
                <Input.Wrapper label={t('workOrders.inspection.kind')} labelElement="div">
                  <div>
                    <SegmentedControl
                      size="xs"
                      aria-label={t('workOrders.inspection.kind')}
                      value={kind}
                      onChange={(k) => setKind(k as Kind)}
                      data={kinds.map((k) => ({
                        value: k,
                        label: (
                          <Group gap={5} wrap="nowrap">
                            <span style={{ width: 10, height: 10, borderRadius: 5, background: markColours[k], display: 'inline-block' }} />
                            {t(`workOrders.inspection.kinds.${k}`)}
                          </Group>
                        ),
                      }))}
                    />
                  </div>
                </Input.Wrapper>
                <Text size="xs" c="dimmed" style={{ flex: 1, minWidth: 200 }} mt={18}>
                  {t('workOrders.inspection.hint')}
                </Text>
              </Group>
            )}
            <SimpleGrid cols={2} spacing="xs">
              {viewBox('left')}
              {viewBox('right')}
            </SimpleGrid>
            <Grid gap="xs">
              <Grid.Col span={6}>{viewBox('top')}</Grid.Col>
              <Grid.Col span={3}>{viewBox('front')}</Grid.Col>
              <Grid.Col span={3}>{viewBox('rear')}</Grid.Col>
            </Grid>
            <Title order={4} mt={4} id="wo-marks">
              {t('workOrders.inspection.marks')}
            </Title>
            {draft.marks.length === 0 ? (
              <Text size="sm" c="dimmed">
                {t('workOrders.inspection.noMarks')}
              </Text>
            ) : (
              <Table fz="sm" verticalSpacing={2} horizontalSpacing={6} aria-labelledby="wo-marks">
                <Table.Tbody>
                  {numbered.map(({ n, mark }, i) => (
                    <Table.Tr key={n} bg={selected === n ? 'var(--mantine-color-indigo-0)' : undefined} onFocusCapture={() => setSelected(n)}>
                      <Table.Td w={30}>
                        <span style={{ display: 'inline-flex', width: 20, height: 20, borderRadius: 10, background: markColours[mark.kind], color: '#fff', fontSize: 11, fontWeight: 700, alignItems: 'center', justifyContent: 'center' }}>{n}</span>
                      </Table.Td>
                      <Table.Td w={110} style={{ whiteSpace: 'nowrap' }}>
                        {viewLabel(mark.view)}
                      </Table.Td>
                      <Table.Td w={130}>
                        {readOnly ? (
                          t(`workOrders.inspection.kinds.${mark.kind}`)
                        ) : (
                          <Select size="xs" aria-label={t('workOrders.inspection.markKind', { n })} data={kinds.map((k) => ({ value: k, label: t(`workOrders.inspection.kinds.${k}`) }))} value={mark.kind} onChange={(k) => k && setMark(i, { kind: k as Kind })} allowDeselect={false} />
                        )}
                      </Table.Td>
                      <Table.Td>
                        {readOnly ? (
                          mark.note
                        ) : (
                          <TextInput size="xs" aria-label={t('workOrders.inspection.markNote', { n })} placeholder={t('workOrders.inspection.notePlaceholder')} value={mark.note ?? ''} onChange={(e) => setMark(i, { note: e.currentTarget.value })} autoComplete="off" />
                        )}
                      </Table.Td>
                      <Table.Td w={34}>
                        {!readOnly && (
                          <ActionIcon
                            variant="subtle"
                            color="gray"
                            size="sm"
                            aria-label={t('workOrders.inspection.removeMark', { n })}
                            onClick={() => {
                              set({ marks: draft.marks.filter((_, j) => j !== i) });
                              setSelected(null);
                            }}
                          >
                            <IconTrash size={14} />
                          </ActionIcon>
                        )}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            )}
          </Stack>
        </Grid.Col>
        <Grid.Col span={5}>
          <Stack gap="xs">
            <Input.Wrapper label={t('workOrders.inspection.fuel')} labelElement="div">
              <div>
                <SegmentedControl
                  size="xs"
                  fullWidth
                  aria-label={t('workOrders.inspection.fuel')}
                  readOnly={readOnly}
                  value={String(draft.fuelEighths)}
                  onChange={(v) => set({ fuelEighths: Number(v) })}
                  data={fuelLabels.map((label, i) => ({ value: String(i), label }))}
                />
              </div>
            </Input.Wrapper>
            <TextInput size="xs" label={t('workOrders.inspection.mileage')} inputMode="numeric" value={draft.mileageKm} onChange={(e) => set({ mileageKm: e.currentTarget.value })} error={mileageBad ? t('workOrders.order.mileageInvalid') : undefined} readOnly={readOnly} autoComplete="off" w={180} />
            <Textarea size="xs" label={t('workOrders.inspection.itemsLeft')} placeholder={t('workOrders.inspection.itemsLeftPlaceholder')} autosize minRows={2} maxRows={5} value={draft.itemsLeft} onChange={(e) => set({ itemsLeft: e.currentTarget.value })} readOnly={readOnly} />
            <Textarea size="xs" label={t('workOrders.inspection.notes')} autosize minRows={2} maxRows={5} value={draft.notes} onChange={(e) => set({ notes: e.currentTarget.value })} readOnly={readOnly} />
            <Input.Wrapper label={t('workOrders.inspection.photos')} labelElement="div">
              <Group gap={6} mt={2}>
                {stored.map((p) => (
                  <Thumb key={p.id} name={p.name} dataUrl={p.dataUrl} onOpen={() => setShown(p)} onRemove={readOnly ? undefined : () => set({ removedPhotoIds: [...draft.removedPhotoIds, p.id] })} />
                ))}
                {draft.newPhotos.map((p) => (
                  <Thumb key={p.key} name={p.name} dataUrl={p.dataUrl} fresh onOpen={() => setShown(p)} onRemove={() => set({ newPhotos: draft.newPhotos.filter((x) => x.key !== p.key) })} />
                ))}
                {!readOnly && (
                  <FileButton onChange={(files) => void addFiles(files)} accept="image/jpeg,image/png" multiple>
                    {(props) => (
                      <Button {...props} variant="default" size="xs" h={64} leftSection={<IconPhotoPlus size={16} />}>
                        {t('workOrders.inspection.addPhotos')}
                      </Button>
                    )}
                  </FileButton>
                )}
                {readOnly && !stored.length && (
                  <Text size="sm" c="dimmed">
                    —
                  </Text>
                )}
              </Group>
            </Input.Wrapper>
            {!readOnly && (
              <Group justify="flex-end" gap="xs" mt={4}>
                {dirty && (
                  <Text size="xs" c="orange.8" role="status">
                    {t('workOrders.order.unsaved')}
                  </Text>
                )}
                <Button size="xs" leftSection={<IconDeviceFloppy size={14} />} onClick={() => void save()} disabled={!dirty || mileageBad} loading={saving}>
                  {t('workOrders.inspection.save')}
                </Button>
              </Group>
            )}
          </Stack>
        </Grid.Col>
      </Grid>
      <Modal opened={!!shown} onClose={() => setShown(null)} title={shown?.name} size="xl">
        {shown && <Image src={shown.dataUrl} alt={shown.name} fit="contain" mah="75vh" />}
      </Modal>
    </Stack>
  );
}

function Thumb({ name, dataUrl, fresh, onOpen, onRemove }: { name: string; dataUrl: string; fresh?: boolean; onOpen: () => void; onRemove?: () => void }) {
  const { t } = useTranslation();
  return (
    <Box pos="relative" w={86} h={64} style={{ borderRadius: 4, overflow: 'hidden', outline: fresh ? '2px solid var(--mantine-color-orange-5)' : '1px solid var(--mantine-color-gray-4)' }}>
      <button type="button" onClick={onOpen} aria-label={t('workOrders.inspection.openPhoto', { name })} style={{ all: 'unset', cursor: 'zoom-in', display: 'block', width: '100%', height: '100%' }}>
        <img src={dataUrl} alt={name} style={{ width: '100%', height: '100%', objectFit: 'cover', display: 'block' }} />
      </button>
      {onRemove && <CloseButton size="xs" variant="filled" pos="absolute" top={2} right={2} aria-label={t('workOrders.inspection.removePhoto', { name })} onClick={onRemove} />}
    </Box>
  );
}
