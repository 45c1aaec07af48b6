import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { Button, Group, Select, TextInput } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { call } from '../api/client';
import { parseHours } from './numbers';
import { OperationPicker } from '../catalogue/OperationPicker';
import { useOrder } from './order-store';
import { staffOptions } from './use-staff';
import { useDefaultMechanic } from './default-mechanic';
import type { Employee } from './order-types';

export const labourSearchId = 'labour-search';

/** Adds labour: from the catalogue, a whole repair template, or typed as free text. */
export function AddLabourBar({ orderId, mechanics }: { orderId: string; mechanics: Employee[] }) {
  const { t } = useTranslation();
  const change = useOrder((s) => s.change);
  const { id: mechanicId, set: setMechanic } = useDefaultMechanic();
  const shares = mechanicId ? [{ employeeId: mechanicId, shareBp: 10000 }] : undefined;

  return (
    <Group gap="xs" align="flex-end" wrap="wrap" mt={6}>
      <OperationPicker
        id={labourSearchId}
        flex="2 1 260px"
        label={t('workOrders.labour.fromCatalogue')}
        placeholder={t('workOrders.labour.cataloguePlaceholder')}
        nothingFound={t('workOrders.labour.noOperations')}
        onPick={(op) => void change('workOrders.addLabour', { workOrderId: orderId, operationId: op.id, mechanics: shares })}
      />
      <TemplateSelect onPick={(templateId) => void change('workOrders.addTemplate', { workOrderId: orderId, templateId, mechanics: shares })} />
      <FreeTextLabour onAdd={(name, hoursX100) => change('workOrders.addLabour', { workOrderId: orderId, name, hoursX100, mechanics: shares })} />
      <Select
        size="xs"
        w={190}
        label={t('workOrders.labour.defaultMechanic')}
        placeholder={t('workOrders.mechanics.none')}
        data={staffOptions(mechanics, [mechanicId])}
        value={mechanicId}
        onChange={setMechanic}
        clearable
        searchable
      />
    </Group>
  );
}

function TemplateSelect({ onPick }: { onPick: (templateId: string) => void }) {
  const { t } = useTranslation();
  const [templates, setTemplates] = useState<{ value: string; label: string }[]>([]);
  useEffect(() => {
    let current = true;
    call('templates.list', {}).then(
      (r) => current && setTemplates(r.items.map((x) => ({ value: x.id, label: x.name }))),
      () => current && setTemplates([]),
    );
    return () => {
      current = false;
    };
  }, []);
  return (
    <Select
      size="xs"
      style={{ flex: '1 1 180px' }}
      label={t('workOrders.labour.fromTemplate')}
      placeholder={templates.length ? t('workOrders.labour.templatePlaceholder') : t('workOrders.labour.noTemplates')}
      disabled={!templates.length}
      searchable
      data={templates}
      value={null}
      onChange={(id) => id && onPick(id)}
    />
  );
}

function FreeTextLabour({ onAdd }: { onAdd: (name: string, hoursX100: number) => Promise<unknown> }) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [hours, setHours] = useState('1');
  const nameRef = useRef<HTMLInputElement>(null);
  const hoursX100 = parseHours(hours);
  const ready = name.trim() !== '' && hoursX100 !== null;

  const add = async () => {
    if (!ready) return;
    if (await onAdd(name.trim(), hoursX100)) {
      setName('');
      setHours('1');
      nameRef.current?.focus();
    }
  };
  const onEnter = (e: KeyboardEvent) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      void add();
    }
  };

  return (
    <Group gap={4} align="flex-end" wrap="nowrap" style={{ flex: '2 1 300px' }}>
      <TextInput ref={nameRef} size="xs" style={{ flex: 1 }} label={t('workOrders.labour.freeText')} placeholder={t('workOrders.labour.freeTextPlaceholder')} value={name} onChange={(e) => setName(e.currentTarget.value)} onKeyDown={onEnter} autoComplete="off" />
      <TextInput size="xs" w={64} label={t('workOrders.labour.freeHours')} value={hours} onChange={(e) => setHours(e.currentTarget.value)} onKeyDown={onEnter} error={hoursX100 === null} inputMode="decimal" styles={{ input: { textAlign: 'right' } }} autoComplete="off" />
      <Button size="xs" variant="default" leftSection={<IconPlus size={14} />} onClick={() => void add()} disabled={!ready} aria-label={t('workOrders.labour.addFreeText')}>
        {t('workOrders.labour.add')}
      </Button>
    </Group>
  );
}
