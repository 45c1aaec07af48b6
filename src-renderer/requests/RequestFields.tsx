import { Autocomplete, Group, Input, SegmentedControl, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { CustomerPicker } from '../customers/CustomerPicker';
import { vehicleName, commonMakes } from '../vehicles/vehicle-form';
import { vehicleClasses, type VehicleClass } from '../vehicles/vehicle-classes';
import type { BookingForm } from '../scheduler/booking-form';
import type { CustomerListItem } from '../customers/store';
import { OperationLines } from './OperationLines';

const upper = { input: { textTransform: 'uppercase' as const } };

/** The repair request's own fields: who, which car, what is wrong, what work is expected. */
export function RequestFields({ form, locked, autoFocusCustomer }: { form: BookingForm; locked: boolean; autoFocusCustomer: boolean }) {
  const { t } = useTranslation();
  const v = form.values;
  const existing = v.customerMode === 'existing';
  const newVehicle = existing ? v.vehicleId === 'new' : true;

  const pickCustomer = (c: CustomerListItem | null) => {
    form.setFieldValue('customer', c);
    form.setFieldValue('vehicleId', c?.vehicles.length === 1 ? c.vehicles[0].id : null);
  };

  const vehicles = [
    ...(v.customer?.vehicles ?? []).map((car) => ({ value: car.id, label: vehicleName(car, t('vehicles.noPlate')) })),
    { value: 'new', label: t('request.newVehicle') },
  ];

  return (
    <Stack gap="xs">
      <Group gap="xs" align="flex-end" wrap="nowrap">
        <Input.Wrapper label={t('request.customer')} labelElement="div">
          <div>
            <SegmentedControl
              size="xs"
              aria-label={t('request.customer')}
              disabled={locked}
              data={[
                { value: 'existing', label: t('request.existingCustomer') },
                { value: 'new', label: t('request.newCustomer') },
              ]}
              value={v.customerMode}
              onChange={(mode) => form.setFieldValue('customerMode', mode as 'existing' | 'new')}
            />
          </div>
        </Input.Wrapper>
        {!existing && (
          <SegmentedControl
            size="xs"
            aria-label={t('customers.kind.label')}
            data={[
              { value: 'person', label: t('customers.kind.person') },
              { value: 'company', label: t('customers.kind.company') },
            ]}
            value={v.newCustomer.kind}
            onChange={(kind) => form.setFieldValue('newCustomer.kind', kind as 'person' | 'company')}
          />
        )}
      </Group>
      {existing ? (
        <SimpleGrid cols={2} spacing="xs">
          <CustomerPicker label={t('request.findCustomer')} value={v.customer} onChange={pickCustomer} error={form.errors.customer as string | undefined} autoFocus={autoFocusCustomer} openOnFocus={false} disabled={locked} />
          <Select label={t('request.vehicle')} data={vehicles} clearable disabled={locked || !v.customer} placeholder={v.customer ? t('request.pickVehicle') : undefined} {...form.getInputProps('vehicleId')} />
        </SimpleGrid>
      ) : (
        <SimpleGrid cols={2} spacing="xs">
          <TextInput label={v.newCustomer.kind === 'company' ? t('customers.field.companyName') : t('customers.field.name')} required autoComplete="off" data-autofocus {...form.getInputProps('newCustomer.name')} />
          <TextInput label={t('request.phone')} type="tel" required autoComplete="off" {...form.getInputProps('newCustomer.phone')} />
        </SimpleGrid>
      )}
      {newVehicle && !locked && (
        <SimpleGrid cols={4} spacing="xs">
          <TextInput label={t('vehicles.field.plate')} placeholder="А123ВС77" styles={upper} autoComplete="off" {...form.getInputProps('newVehicle.plate')} />
          <Autocomplete label={t('vehicles.field.make')} data={commonMakes} limit={8} autoComplete="off" {...form.getInputProps('newVehicle.make')} />
          <TextInput label={t('vehicles.field.model')} autoComplete="off" {...form.getInputProps('newVehicle.model')} />
          <Select
            label={t('vehicles.field.vehicleClass')}
            data={vehicleClasses.map((c) => ({ value: c, label: t(`vehicles.class.${c}`) }))}
            clearable
            {...form.getInputProps('newVehicle.vehicleClass')}
            onChange={(c) => form.setFieldValue('newVehicle.vehicleClass', c as VehicleClass | null)}
          />
        </SimpleGrid>
      )}
      <Textarea label={t('request.complaint')} autosize minRows={2} maxRows={5} disabled={locked} {...form.getInputProps('complaint')} />
      <Input.Wrapper label={t('request.operations')} labelElement="div">
        <OperationLines form={form} locked={locked} />
      </Input.Wrapper>
    </Stack>
  );
}
