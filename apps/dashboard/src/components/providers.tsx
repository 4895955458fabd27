'use client';

import { SessionProvider } from 'next-auth/react';
import type { ReactNode } from 'react';
import { TRPCReactProvider } from '~/trpc/react';

export function Providers({ children }: { children: ReactNode }) {
  return (
    <SessionProvider refetchOnWindowFocus refetchInterval={5 * 60}>
      <TRPCReactProvider>{children}</TRPCReactProvider>
    </SessionProvider>
  );
}
