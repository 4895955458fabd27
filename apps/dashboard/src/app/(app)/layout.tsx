import { headers } from 'next/headers';
import type { ReactNode } from 'react';
import { Providers } from '~/components/providers';
import { TopBar } from '~/components/top-bar';
import { requireSessionUser } from '~/server/auth';

export const dynamic = 'force-dynamic';

/** Every page in here needs a signed-in user; after signing in, the visitor comes back to the page they asked for. */
export default async function AppLayout({ children }: { children: ReactNode }) {
  const requested = (await headers()).get('x-claimdesk-path');
  const user = await requireSessionUser(requested ?? '/cases');
  return (
    <Providers>
      <TopBar user={user} />
      <main className="main">{children}</main>
    </Providers>
  );
}
