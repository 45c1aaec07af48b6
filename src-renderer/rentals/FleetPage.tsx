import { useState, type ReactNode } from 'react';
import { Badge, Box, Button, Grid, Group, Paper, Skeleton, Stack, Table, Text, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { rowKeyHandler } from '../app/row-keys';
import { useLanguage } from '../i18n';
import { formatHoursX100, formatMoney, formatPhone, formatPlate } from '../format';
import { nameOf, useFleet, useFleetData, type Fleet } from './fleet-store';
import { formatTonnes } from './rental-format';
import { MachineTypeModal } from './MachineTypeModal';
import { MachineFormModal } from './MachineFormModal';
import { DriverFormModal } from './DriverFormModal';
import type { Driver, Machine, MachineType } from './rental-types';

const num = { fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' } as const;

/** Machine types, machines (own and suppliers'), drivers. */
export function FleetPage() {
  const fleet = useFleetData();
  if (!fleet) return <Skeleton h={300} maw={1400} />;
  return (
    <Stack gap="lg" maw={1400}>
      <MachinesSection fleet={fleet} />
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, lg: 8 }}>
          <DriversSection fleet={fleet} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 4 }}>
          <TypesSection fleet={fleet} />
        </Grid.Col>
      </Grid>
    </Stack>
  );
}

function Section({ id, title, add, onAdd, disabled, children }: { id: string; title: string; add: string; onAdd: () => void; disabled?: boolean; children: ReactNode }) {
  return (
    <Box component="section" aria-labelledby={id}>
      <Group justify="space-between" mb={4}>
        <Title order={3} id={id}>
          {title}
        </Title>
        <Button size="xs" leftSection={<IconPlus size={14} />} onClick={onAdd} disabled={disabled}>
          {add}
        </Button>
      </Group>
      <Paper withBorder>{children}</Paper>
    </Box>
  );
}

function Empty({ children }: { children: ReactNode }) {
  return (
    <Text size="sm" c="dimmed" p="sm">
      {children}
    </Text>
  );
}

function InactiveBadge() {
  const { t } = useTranslation();
  return (
    <Badge size="xs" variant="light" color="gray" ml={6}>
      {t('rentals.inactive')}
    </Badge>
  );
}

const reload = () => void useFleet.getState().load();

function TypesSection({ fleet }: { fleet: Fleet }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState<{ type?: MachineType } | null>(null);
  const count = (id: string) => fleet.machines.filter((m) => m.typeId === id).length;
  return (
    <Section id="fleet-types" title={t('rentals.fleet.types.title')} add={t('rentals.fleet.types.add')} onAdd={() => setEditing({})}>
      {fleet.types.length === 0 ? (
        <Empty>{t('rentals.fleet.types.empty')}</Empty>
      ) : (
        <Table highlightOnHover fz="sm" verticalSpacing={5} aria-labelledby="fleet-types">
          <Table.Tbody>
            {fleet.types.map((type) => (
              <Table.Tr key={type.id} className="clickable-row" tabIndex={0} aria-label={t('rentals.fleet.types.renameOf', { name: type.name })} onClick={() => setEditing({ type })} onKeyDown={rowKeyHandler(() => setEditing({ type }))}>
                <Table.Td fw={500}>{type.name}</Table.Td>
                <Table.Td ta="right" c="dimmed" style={num}>
                  {t('rentals.fleet.types.machines', { count: count(type.id) })}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <MachineTypeModal
        opened={editing !== null}
        type={editing?.type}
        onClose={() => setEditing(null)}
        onSaved={() => {
          setEditing(null);
          reload();
        }}
      />
    </Section>
  );
}

function MachinesSection({ fleet }: { fleet: Fleet }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [editing, setEditing] = useState<{ machine?: Machine } | null>(null);
  const money = (m: number) => formatMoney(m, language);
  const typeName = (id: string) => nameOf(fleet.types, id);
  const machines = [...fleet.machines].sort((a, b) => typeName(a.typeId).localeCompare(typeName(b.typeId), language) || a.plate.localeCompare(b.plate));
  return (
    <Section id="fleet-machines" title={t('rentals.fleet.machines.title')} add={t('rentals.fleet.machines.add')} onAdd={() => setEditing({})} disabled={fleet.types.length === 0}>
      {machines.length === 0 ? (
        <Empty>{fleet.types.length ? t('rentals.fleet.machines.empty') : t('rentals.fleet.machines.needType')}</Empty>
      ) : (
        <Table highlightOnHover fz="sm" verticalSpacing={5} aria-labelledby="fleet-machines">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('rentals.fleet.machines.col.type')}</Table.Th>
              <Table.Th>{t('rentals.fleet.machines.col.model')}</Table.Th>
              <Table.Th ta="right">{t('rentals.fleet.machines.col.capacity')}</Table.Th>
              <Table.Th>{t('rentals.fleet.machines.col.plate')}</Table.Th>
              <Table.Th>{t('rentals.fleet.machines.col.owner')}</Table.Th>
              <Table.Th ta="right">{t('rentals.fleet.machines.col.rate')}</Table.Th>
              <Table.Th ta="right">{t('rentals.fleet.machines.col.minHours')}</Table.Th>
              <Table.Th ta="right">{t('rentals.fleet.machines.col.ratePerKm')}</Table.Th>
              <Table.Th ta="right">{t('rentals.fleet.machines.col.supplierPrice')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {machines.map((m) => (
              <Table.Tr key={m.id} className="clickable-row" tabIndex={0} c={m.active ? undefined : 'dimmed'} onClick={() => setEditing({ machine: m })} onKeyDown={rowKeyHandler(() => setEditing({ machine: m }))}>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{typeName(m.typeId)}</Table.Td>
                <Table.Td>
                  {m.model}
                  {!m.active && <InactiveBadge />}
                </Table.Td>
                <Table.Td ta="right" style={num}>
                  {formatTonnes(m.capacityKg, language, t)}
                </Table.Td>
                <Table.Td fw={600} style={num}>
                  {formatPlate(m.plate)}
                </Table.Td>
                <Table.Td>{m.ownership === 'own' ? t('rentals.fleet.machines.own') : nameOf(fleet.suppliers, m.supplierId)}</Table.Td>
                <Table.Td ta="right" style={num}>
                  {money(m.hourlyRateMinor)}
                </Table.Td>
                <Table.Td ta="right" style={num}>
                  {formatHoursX100(m.minHoursX100, language)}
                </Table.Td>
                <Table.Td ta="right" style={num}>
                  {m.ratePerKmMinor ? money(m.ratePerKmMinor) : '—'}
                </Table.Td>
                <Table.Td ta="right" style={num}>
                  {m.supplierCostPerHourMinor === null ? '—' : money(m.supplierCostPerHourMinor)}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <MachineFormModal
        opened={editing !== null}
        machine={editing?.machine}
        fleet={fleet}
        onClose={() => setEditing(null)}
        onSaved={() => {
          setEditing(null);
          reload();
        }}
      />
    </Section>
  );
}

function DriversSection({ fleet }: { fleet: Fleet }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [editing, setEditing] = useState<{ driver?: Driver } | null>(null);
  return (
    <Section id="fleet-drivers" title={t('rentals.fleet.drivers.title')} add={t('rentals.fleet.drivers.add')} onAdd={() => setEditing({})}>
      {fleet.drivers.length === 0 ? (
        <Empty>{t('rentals.fleet.drivers.empty')}</Empty>
      ) : (
        <Table highlightOnHover fz="sm" verticalSpacing={5} aria-labelledby="fleet-drivers">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('rentals.fleet.drivers.col.name')}</Table.Th>
              <Table.Th>{t('rentals.fleet.drivers.col.phone')}</Table.Th>
              <Table.Th>{t('rentals.fleet.drivers.col.kind')}</Table.Th>
              <Table.Th ta="right">{t('rentals.fleet.drivers.col.cost')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {fleet.drivers.map((d) => (
              <Table.Tr key={d.id} className="clickable-row" tabIndex={0} c={d.active ? undefined : 'dimmed'} onClick={() => setEditing({ driver: d })} onKeyDown={rowKeyHandler(() => setEditing({ driver: d }))}>
                <Table.Td fw={500}>
                  {d.name}
                  {!d.active && <InactiveBadge />}
                </Table.Td>
                <Table.Td style={num}>{d.phone ? formatPhone(d.phone) : ''}</Table.Td>
                <Table.Td>{d.thirdParty ? t('rentals.fleet.drivers.thirdParty') : t('rentals.fleet.drivers.employee')}</Table.Td>
                <Table.Td ta="right" style={num}>
                  {formatMoney(d.costPerHourMinor, language)}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <DriverFormModal
        opened={editing !== null}
        driver={editing?.driver}
        onClose={() => setEditing(null)}
        onSaved={() => {
          setEditing(null);
          reload();
        }}
      />
    </Section>
  );
}
