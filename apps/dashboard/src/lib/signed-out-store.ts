import { useSyncExternalStore } from 'react';

/** Set when any call comes back UNAUTHORIZED: the session ended (idle timeout, sign-out elsewhere, role change). */
let signedOut = false;
const listeners = new Set<() => void>();

export function markSignedOut(): void {
  if (signedOut) return;
  signedOut = true;
  listeners.forEach((l) => l());
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useSignedOut(): boolean {
  return useSyncExternalStore(subscribe, () => signedOut, () => false);
}
