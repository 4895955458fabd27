'use client';

import { getSession } from 'next-auth/react';
import { useEffect } from 'react';

/** The idle timeout is 30 minutes; refreshing every few minutes of real activity keeps a working person signed in. */
const REFRESH_EVERY_MS = 4 * 60_000;
const EVENTS = ['keydown', 'pointerdown', 'scroll', 'input'] as const;

/** Refreshes the session on user activity, at most once every few minutes; an idle tab is left to time out. */
export function useSessionKeepAlive(): void {
  useEffect(() => {
    let last = Date.now();
    const onActivity = () => {
      const now = Date.now();
      if (now - last < REFRESH_EVERY_MS) return;
      last = now;
      void getSession();
    };
    for (const e of EVENTS) window.addEventListener(e, onActivity, { passive: true, capture: true });
    return () => {
      for (const e of EVENTS) window.removeEventListener(e, onActivity, { capture: true });
    };
  }, []);
}
