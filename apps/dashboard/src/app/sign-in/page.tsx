import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { getSessionUser } from '~/server/auth';
import { SignInForm } from './sign-in-form';

export const metadata: Metadata = { title: 'Sign in' };

function safeCallback(raw: string | string[] | undefined): string {
  const value = Array.isArray(raw) ? raw[0] : raw;
  // Only same-site paths: an open redirect would let a link send people elsewhere after sign-in.
  return value && value.startsWith('/') && !value.startsWith('//') ? value : '/cases';
}

export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  const callbackUrl = safeCallback(params.callbackUrl);
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
