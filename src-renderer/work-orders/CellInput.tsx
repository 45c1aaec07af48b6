import { useState, type CSSProperties } from 'react';
import { TextInput } from '@mantine/core';

type Props = {
  label: string;
  value: number;
  /** The stored value as the box shows it ("1,5"). */
  text: (value: number) => string;
  /** What was typed → the stored value, or null when it is not acceptable. */
  parse: (text: string) => number | null;
  onCommit: (value: number) => void;
  disabled?: boolean;
  w?: number;
  style?: CSSProperties;
  /** A unit after the number, e.g. "%". */
  suffix?: string;
};

/**
 * A number in a table cell that saves itself: Enter or leaving the box sends the change,
 * Escape puts the stored value back. A value that cannot be read stays red and is not sent.
 */
export function CellInput({ label, value, text, parse, onCommit, disabled, w = 80, style, suffix }: Props) {
  const shown = text(value);
  const [draft, setDraft] = useState<string | null>(null);
  const typed = draft ?? shown;
  const parsed = draft === null ? value : parse(draft);

  const commit = () => {
    if (draft === null) return;
    if (parsed === null) return;
    setDraft(null);
    if (parsed !== value) onCommit(parsed);
  };

  return (
    <TextInput
      size="xs"
      w={w}
      aria-label={label}
      value={typed}
      disabled={disabled}
      error={parsed === null}
      autoComplete="off"
      inputMode="decimal"
      rightSection={suffix ? <span style={{ fontSize: 11, color: 'var(--mantine-color-dimmed)' }}>{suffix}</span> : undefined}
      rightSectionWidth={suffix ? 18 : undefined}
      rightSectionPointerEvents="none"
      styles={{ input: { textAlign: 'right', fontVariantNumeric: 'tabular-nums', ...(suffix ? { paddingRight: 20 } : {}), ...style } }}
      onChange={(e) => setDraft(e.currentTarget.value)}
      onFocus={(e) => e.currentTarget.select()}
      onBlur={commit}
      onKeyDown={(e) => {
        if (e.key === 'Enter') {
          e.preventDefault();
          commit();
        } else if (e.key === 'Escape' && draft !== null) {
          e.preventDefault();
          e.stopPropagation();
          setDraft(null);
        }
      }}
    />
  );
}
