import { TextInput, type TextInputProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { normaliseTime } from './typed-time';

type Props = Omit<TextInputProps, 'onChange' | 'value'> & { value?: string; onChange: (value: string) => void; step?: number };

/**
 * A 24-hour time box that reads whatever is typed (the browser's own time box follows the
 * operating system's 12/24-hour setting); ArrowUp/ArrowDown move by `step` minutes.
 */
export function TimeField({ value = '', onChange, step = 15, onBlur, onFocus, onKeyDown, ...rest }: Props) {
  const { t } = useTranslation();
  const shift = (by: number) => {
    const now = normaliseTime(value) ?? '09:00';
    const total = (((Number(now.slice(0, 2)) * 60 + Number(now.slice(3)) + by) % 1440) + 1440) % 1440;
    const rounded = Math.round(total / step) * step;
    onChange(`${String(Math.floor(rounded / 60) % 24).padStart(2, '0')}:${String(rounded % 60).padStart(2, '0')}`);
  };
  return (
    <TextInput
      {...rest}
      value={value}
      inputMode="numeric"
      placeholder={t('common.timePlaceholder')}
      autoComplete="off"
      maxLength={5}
      styles={{ input: { fontVariantNumeric: 'tabular-nums' } }}
      onChange={(e) => onChange(e.currentTarget.value)}
      // Typing replaces the time rather than adding to it.
      onFocus={(e) => {
        e.currentTarget.select();
        onFocus?.(e);
      }}
      onBlur={(e) => {
        const t = normaliseTime(e.currentTarget.value);
        if (t && t !== value) onChange(t);
        onBlur?.(e);
      }}
      onKeyDown={(e) => {
        if (e.key === 'ArrowUp' || e.key === 'ArrowDown') {
          e.preventDefault();
          shift(e.key === 'ArrowUp' ? step : -step);
        }
        onKeyDown?.(e);
      }}
    />
  );
}
