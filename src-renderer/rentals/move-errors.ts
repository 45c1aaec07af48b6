import type { UseFormReturnType } from '@mantine/form';

/** The back end names fields in its units ("hourlyRateMinor"); a form shows them under its own names ("hourlyRate"). */
export function moveErrors<V extends Record<string, unknown>>(form: UseFormReturnType<V>, names: Record<string, keyof V & string>): void {
  for (const [api, field] of Object.entries(names)) if (form.errors[api]) form.setFieldError(field, form.errors[api]);
}
