import { useState } from 'react';
import { TextInput } from '@mantine/core';

type Props = { label: string; value: string; onCommit: (value: string) => void; disabled?: boolean; placeholder?: string };

/** Text in a table cell that saves itself on Enter or when the box is left; Escape undoes. Empty is refused. */
export function CellText({ label, value, onCommit, disabled, placeholder }: Props) {
  const [draft, setDraft] = useState<string | null>(null);
  const typed = draft ?? value;
  const invalid = draft !== null && !draft.trim();
  const commit = () => {
    if (draft === null || invalid) return;
    setDraft(null);
    if (draft.trim() !== value) onCommit(draft.trim());
  };
  return (
    <TextInput
      size="xs"
      aria-label={label}
      value={typed}
      placeholder={placeholder}
      disabled={disabled}
      error={invalid}
      autoComplete="off"
      onChange={(e) => setDraft(e.currentTarget.value)}
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
