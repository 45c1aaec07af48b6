import { useEffect, useState } from 'react';

/**
 * True once `flag` has stayed true for `delayMs`. Local calls usually take a few
 * milliseconds; showing a spinner for those would only make the screen flicker.
 */
export function useDelayedFlag(flag: boolean, delayMs = 300): boolean {
  const [shown, setShown] = useState(false);
  useEffect(() => {
    if (!flag) {
      setShown(false);
      return;
    }
    const timer = setTimeout(() => setShown(true), delayMs);
    return () => clearTimeout(timer);
  }, [flag, delayMs]);
  return flag && shown;
}
