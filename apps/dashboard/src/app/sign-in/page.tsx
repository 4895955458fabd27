import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { callbackPath, getSessionUser } from '~/server/auth';
import { SignInForm } from './sign-in-form';

export const metadata: Metadata = { title: 'Sign in' };

export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  // Only this app's own pages: an open redirect would let a link send people elsewhere after sign-in.
  const callbackUrl = callbackPath(params.callbackUrl);
  if (await getSessionUser()) redirect(callbackUrl);
  return (
    <main className="signin-wrap">
      <div className="signin panel">
        <div className="panel-header">
          <h1>Claimdesk</h1>
          <span className="muted small">Verification desk</span>
        </div>
        <SignInForm callbackUrl={callbackUrl} expired={params.reason === 'expired'} />
      </div>
    </main>
  );
}
