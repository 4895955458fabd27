import type { ReactNode } from 'react';
import { Providers } from '~/components/providers';
import { TopBar } from '~/components/top-bar';
import { requireSessionUser } from '~/server/auth';

export const dynamic = 'force-dynamic';

/** Every page in here needs a signed-in user; each page also checks, with its own path to come back to. */
export default async function AppLayout({ children }: { children: ReactNode }) {
  const user = await requireSessionUser('/cases');
  return (
    <Providers>
      <TopBar user={user} />
      <main className="main">{children}</main>
    </Providers>
  );
}
