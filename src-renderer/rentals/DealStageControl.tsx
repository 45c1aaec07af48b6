import { useState } from 'react';
import { Modal, Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ReasonForm } from '../app/ReasonForm';
import { notifySuccess } from '../app/notify';
import { changeDeal } from './deal-store';
import { dealStages, type Deal, type DealStage } from './rental-types';

/** The deal's stage, moved by hand; the back end refuses what is not allowed (closing with unpaid invoices) and says why. */
export function DealStageControl({ deal }: { deal: Deal }) {
  const { t } = useTranslation();
  const [losing, setLosing] = useState(false);
  const move = async (stage: DealStage, lostReason?: string) => {
    const ok = !!(await changeDeal('deals.update', { id: deal.id, stage, ...(lostReason ? { lostReason } : {}) }));
    if (ok) notifySuccess(t('rentals.deal.stageChanged', { stage: t(`rentals.stage.${stage}`) }));
    return ok;
  };
  return (
    <>
      <Select
        size="sm"
        w={170}
        aria-label={t('rentals.deal.stage')}
        data={dealStages.map((s) => ({ value: s, label: t(`rentals.stage.${s}`) }))}
        value={deal.stage}
        allowDeselect={false}
        onChange={(s) => {
          if (s === 'lost') setLosing(true);
          else if (s && s !== deal.stage) void move(s as DealStage);
        }}
      />
      <Modal opened={losing} onClose={() => setLosing(false)} title={t('rentals.deal.lostTitle')} size="md">
        <ReasonForm
          hint={t('rentals.deal.lostHint')}
          label={t('rentals.deal.lostReason')}
          submitLabel={t('rentals.deal.markLost')}
          colour="red"
          initial={deal.lostReason ?? ''}
          onSubmit={(reason) => move('lost', reason)}
          onClose={() => setLosing(false)}
        />
      </Modal>
    </>
  );
}
