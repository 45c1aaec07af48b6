import { notifications } from '@mantine/notifications';
import i18n from '../i18n';
import { ApiCallError } from '../api/client';

export function notifySuccess(message: string): void {
  notifications.show({ color: 'teal', message, autoClose: 2500 });
}

/** The back end's message is already translated; anything else is a bug worth showing plainly. */
export function notifyError(error: unknown): void {
  const message = error instanceof ApiCallError && error.code === 'unauthorized' ? i18n.t('errors.unauthorized') : error instanceof Error ? error.message : String(error);
  notifications.show({ color: 'red', title: i18n.t('common.error'), message, autoClose: 8000 });
}
