import type { UseFormReturnType } from '@mantine/form';
import { ApiCallError } from '../api/client';
import { notifyError } from './notify';

/**
 * Shows a failed save the way a person can fix it: each field message under its input (the
 * back end's paths, "phones.1", are the form's paths), the general message as a
 * notification, and the cursor in the first field that needs attention.
 */
export function showServerErrors<V extends Record<string, unknown>>(form: UseFormReturnType<V>, error: unknown, container?: HTMLElement | null): void {
  if (error instanceof ApiCallError && Object.keys(error.fields).length) {
    form.setErrors(error.fields);
    setTimeout(() => (container ?? document).querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(), 0);
  }
  notifyError(error);
}
