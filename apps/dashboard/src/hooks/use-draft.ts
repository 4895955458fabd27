'use client';

import { useCallback, useEffect, useState } from 'react';

/**
 * Text that survives a reload, a sign-out and a conflict: kept in sessionStorage per key (per tab, gone when the
 * tab closes), cleared once sent.
 */
export function useDraft(key: string, initial = ''): [string, (value: string) => void, () => void] {
  const storageKey = `claimdesk:draft:${key}`;
  const [value, setValue] = useState(initial);
  useEffect(() => {
    const saved = window.sessionStorage.getItem(storageKey);
    if (saved !== null) setValue(saved);
  }, [storageKey]);
  const update = useCallback(
    (next: string) => {
      setValue(next);
      if (next) window.sessionStorage.setItem(storageKey, next);
      else window.sessionStorage.removeItem(storageKey);
    },
    [storageKey],
  );
  const clear = useCallback(() => {
    setValue('');
    window.sessionStorage.removeItem(storageKey);
  }, [storageKey]);
  return [value, update, clear];
}
