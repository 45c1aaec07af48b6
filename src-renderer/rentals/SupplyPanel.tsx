import { useRef, useState } from 'react';
import { Button, NumberInput, Paper, Select, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm, type UseFormReturnType } from '@mantine/form';
import { IconTruckDelivery } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ApiCallError, call } from '../api/client';
import { notifySuccess } from '../app/notify';
import { showServerErrors } from '../app/server-errors';
import { toRoubles } from '../form-units';
import { SupplierField } from '../stock/SupplierField';
import { showDeal } from './deal-store';
import { nameOf, type Fleet } from './fleet-store';
import { itemErrorNames, supplyInput, type ItemFormValues, type SupplyValues } from './item-form';
import { moveErrors } from './move-errors';
import { machineName } from './rental-format';
import type { Availability, Deal, Machine } from './rental-types';

type Props = { deal: Deal; fleet: Fleet; availability: Availability; item: UseFormReturnType<ItemFormValues>; range: { start: string; end: string } | null; onHired: () => void };

const supplyErrorNames = { supplierId: 'supplier', supplyPlate: 'plate', supplyDriverName: 'driverName', supplierCostPerHourMinor: 'cost' } as const;
const other = 'other';

/**
 * Supply equipment: a supplier's machine with their driver at their price. With a supplier's
 * machine of the type free, everything is filled in and one click hires it.
 */
export function SupplyPanel({ deal, fleet, availability, item, range, onHired }: Props) {
  const { t } = useTranslation();
  const offered = availability.supplierMachines;
  const valuesOf = (m: Machine | undefined): SupplyValues =>
    m
      ? {
          machineId: m.id,
          supplier: fleet.suppliers.find((s) => s.id === m.supplierId) ?? null,
          plate: m.plate,
          driverName: fleet.drivers.find((d) => d.active && d.supplierId && d.supplierId === m.supplierId)?.name ?? '',
          cost: m.supplierCostPerHourMinor === null ? '' : toRoubles(m.supplierCostPerHourMinor),
        }
      : { machineId: null, supplier: null, plate: '', driverName: '', cost: '' };
  const supply = useForm<SupplyValues>({ initialValues: valuesOf(offered.find((m) => m.free)) });
  const [hiring, setHiring] = useState(false);
  const box = useRef<HTMLDivElement>(null);

  const hire = async () => {
    if (!range) {
      item.setFieldError('endTime', t('rentals.addItem.endBeforeStart'));
      return;
    }
    setHiring(true);
    try {
      const machine = fleet.machines.find((m) => m.id === supply.values.machineId);
      showDeal(await call('deals.addSupplyItem', supplyInput(deal.id, item.getValues(), supply.getValues(), range, machine)));
      notifySuccess(t('rentals.addItem.supply.hired', { supplier: supply.values.supplier?.name ?? '' }));
      onHired();
    } catch (e) {
      showServerErrors(supply, e, box.current);
      moveErrors(supply, supplyErrorNames);
      if (e instanceof ApiCallError) {
        item.setErrors(e.fields);
        moveErrors(item, itemErrorNames);
      }
    } finally {
      setHiring(false);
    }
  };

  return (
    <Paper withBorder p="sm" ref={box} style={{ borderColor: 'var(--mantine-color-orange-4)' }} role="group" aria-labelledby="supply-title">
      <Stack gap="xs">
        <div>
          <Title order={4} id="supply-title">
            {t('rentals.addItem.supply.title')}
          </Title>
          <Text size="xs" c="dimmed">
            {t('rentals.addItem.supply.hint')}
          </Text>
        </div>
        <Select
          label={t('rentals.addItem.supply.machine')}
          data={[
            ...offered.map((m) => {
              const label = `${nameOf(fleet.suppliers, m.supplierId)} — ${machineName(m)}`;
              return { value: m.id, label: m.free ? label : t('rentals.addItem.supply.busy', { label }), disabled: !m.free };
            }),
            { value: other, label: t('rentals.addItem.supply.other') },
          ]}
          value={supply.values.machineId ?? other}
          onChange={(id) => supply.setValues(valuesOf(offered.find((m) => m.id === id)))}
          allowDeselect={false}
        />
        {!supply.values.machineId && (
          <SimpleGrid cols={2} spacing="sm">
            <SupplierField value={supply.values.supplier} onChange={(s) => supply.setFieldValue('supplier', s)} error={supply.errors.supplier as string | undefined} />
            <TextInput label={t('rentals.addItem.supply.plate')} required autoComplete="off" {...supply.getInputProps('plate')} />
          </SimpleGrid>
        )}
        <SimpleGrid cols={2} spacing="sm">
          <TextInput label={t('rentals.addItem.supply.driverName')} required {...supply.getInputProps('driverName')} />
          <NumberInput label={t('rentals.addItem.supply.cost')} required min={0} decimalScale={2} thousandSeparator=" " hideControls {...supply.getInputProps('cost')} />
        </SimpleGrid>
        <Button color="orange" leftSection={<IconTruckDelivery size={16} />} onClick={() => void hire()} loading={hiring} w="fit-content">
          {t('rentals.addItem.supply.hire')}
        </Button>
      </Stack>
    </Paper>
  );
}
