'use client';

import { usePathname, useSearchParams } from 'next/navigation';
import { useSessionKeepAlive } from '~/hooks/use-session-keepalive';
import { useSignedOut } from '~/lib/signed-out-store';

/** Shown once the server says the session is over. Drafts stay in this tab's sessionStorage and come back after sign-in. */
export function SignedOutBanner() {
  useSessionKeepAlive();
  const signedOut = useSignedOut();
  const pathname = usePathname();
  const search = useSearchParams();
  if (!signedOut) return null;
  const back = `${pathname}${search.size ? `?${search.toString()}` : ''}`;
  return (
    <div className="alert error signed-out" role="alert">
      <strong>You are signed out</strong> (30 minutes without activity, or signed out elsewhere). What you typed is kept in this tab.{' '}
      <a href={`/sign-in?reason=expired&callbackUrl=${encodeURIComponent(back)}`}>Sign in again</a>
    </div>
  );
}
