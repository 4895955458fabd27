'use client';

import { SessionProvider } from 'next-auth/react';
import { Suspense, type ReactNode } from 'react';
import { TRPCReactProvider } from '~/trpc/react';
import { SignedOutBanner } from './signed-out-banner';

export function Providers({ children }: { children: ReactNode }) {
  return (
    <SessionProvider refetchOnWindowFocus>
      <TRPCReactProvider>
        <Suspense>
          <SignedOutBanner />
        </Suspense>
        {children}
      </TRPCReactProvider>
    </SessionProvider>
  );
}
