'use client';

import { SessionProvider } from 'next-auth/react';
import type { ReactNode } from 'react';
import { TRPCReactProvider } from '~/trpc/react';

export function Providers({ children }: { children: ReactNode }) {
  return (
    <SessionProvider refetchOnWindowFocus>
      <TRPCReactProvider>{children}</TRPCReactProvider>
    </SessionProvider>
  );
}
