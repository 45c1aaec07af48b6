import { useEffect, useState } from 'react';
import { useDebouncedValue } from '@mantine/hooks';
import { call } from '../api/client';
import type { StockItem } from './stock-types';

/** Items matching what is typed (article, barcode, name or brand), a moment after typing stops. */
export function useItemSearch(text: string, limit = 15): StockItem[] {
  const [debounced] = useDebouncedValue(text.trim(), 150);
  const [found, setFound] = useState<StockItem[]>([]);
  useEffect(() => {
    let current = true;
    if (!debounced) {
      // Nothing typed: nothing to suggest (and no stale suggestions either).
      Promise.resolve().then(() => current && setFound([]), () => undefined);
    } else {
      call('items.search', { q: debounced, limit }).then(
        (r) => current && setFound(r.items),
        () => current && setFound([]),
      );
    }
    return () => {
      current = false;
    };
  }, [debounced, limit]);
  return debounced ? found : [];
}
