'use client';

import { signIn } from 'next-auth/react';
import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';

/** next-auth passes our error codes through as strings: turn each into a sentence a person can act on. */
function describe(code: string): string {
  const [name, seconds] = code.split(':');
  switch (name) {
    case 'INVALID_CREDENTIALS':
      return 'That email and password do not match an active account. Check them and try again, or ask an admin.';
    case 'TOO_MANY_ATTEMPTS': {
      const minutes = Math.max(1, Math.ceil(Number(seconds ?? 60) / 60));
      return `Too many failed attempts. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`;
    }
    case 'MISSING_CREDENTIALS':
      return 'Enter your email and password.';
    default:
      return 'Sign-in failed. Try again in a moment.';
  }
}

export function SignInForm({ callbackUrl, expired }: { callbackUrl: string; expired: boolean }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    setError(null);
    try {
      const result = await signIn('credentials', {
        email: String(form.get('email') ?? ''),
        password: String(form.get('password') ?? ''),
        redirect: false,
      });
      if (!result || result.error) {
        setError(describe(result?.error ?? ''));
        return;
      }
      router.replace(callbackUrl);
      router.refresh();
    } catch {
      setError('The server could not be reached. Check your connection and try again.');
    } finally {
      setPending(false);
    }
  }

  return (
    <form className="panel-body" onSubmit={onSubmit} noValidate>
      {expired && !error ? <div className="alert info">Your session ended. Sign in again to continue.</div> : null}
      {error ? (
        <div className="alert error" role="alert">
          {error}
        </div>
      ) : null}
      <div className="field">
        <label htmlFor="email">Email</label>
        <input id="email" name="email" type="email" autoComplete="username" required autoFocus />
      </div>
      <div className="field">
        <label htmlFor="password">Password</label>
        <input id="password" name="password" type="password" autoComplete="current-password" required />
      </div>
      <button className="button primary" type="submit" disabled={pending}>
        {pending ? 'Signing in…' : 'Sign in'}
      </button>
    </form>
  );
}
