import { Button, Group, Modal, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useBookAnyway } from './booking-refusal';

/** "This time is outside working hours. Book anyway?" — over whatever dialog asked. */
export function BookAnywayModal() {
  const { t } = useTranslation();
  const question = useBookAnyway((s) => s.question);
  return (
    <Modal opened={question !== null} onClose={() => question?.answer(false)} title={t('booking.outsideHours.title')} size="sm" zIndex={400}>
      <Text size="sm">{question?.message}</Text>
      <Group justify="flex-end" gap="xs" mt="md">
        <Button variant="default" onClick={() => question?.answer(false)} data-autofocus>
          {t('common.cancel')}
        </Button>
        <Button color="orange" onClick={() => question?.answer(true)}>
          {t('booking.outsideHours.confirm')}
        </Button>
      </Group>
    </Modal>
  );
}
