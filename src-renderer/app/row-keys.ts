import type { KeyboardEvent } from 'react';

/**
 * Keyboard for clickable table rows: Enter or Space opens, arrows move between rows (and
 * ArrowUp from the first row goes back to `before`, e.g. the search box).
 */
export function rowKeyHandler(open: () => void, before?: () => void) {
  return (event: KeyboardEvent<HTMLTableRowElement>) => {
    const row = event.currentTarget;
    if (event.target !== row) return;
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      open();
    } else if (event.key === 'ArrowDown') {
      event.preventDefault();
      (row.nextElementSibling as HTMLElement | null)?.focus();
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      const previous = row.previousElementSibling as HTMLElement | null;
      if (previous) previous.focus();
      else before?.();
    }
  };
}
