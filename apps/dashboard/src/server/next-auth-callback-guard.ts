import { safeCallbackPath } from '@claimdesk/auth';
import type { NextRequest } from 'next/server';

const CALLBACK_COOKIE = /(^|\.)next-auth\.callback-url$/;

/** next-auth's own test of a return address (core/lib/assert.js): a path, or an absolute http(s) URL. */
function nextAuthAccepts(value: string, origin: string): boolean {
  try {
    return /^https?:/.test(new URL(value, value.startsWith('/') ? origin : undefined).protocol);
  } catch {
    return false;
  }
}

/**
 * next-auth answers a return address it cannot parse ("1", "x y") with a 500 (InvalidCallbackUrl), whether it comes
 * in the query or in its own callback-url cookie. The query's is replaced by the same safe path every redirect uses;
 * a bad cookie (only a client can have forged it) is refused with a 400 that clears it. Null: let next-auth answer.
 */
export function guardNextAuthCallback(req: NextRequest): Response | null {
  const origin = req.nextUrl.origin;
  const asked = req.nextUrl.searchParams.get('callbackUrl');
  if (asked !== null) req.nextUrl.searchParams.set('callbackUrl', safeCallbackPath(asked, origin));
  const forged = req.cookies.getAll().find((c) => CALLBACK_COOKIE.test(c.name) && !nextAuthAccepts(c.value, origin));
  if (!forged) return null;
  const answer = Response.json({ message: 'The return address saved by an earlier sign-in could not be read. It has been cleared: sign in again.' }, { status: 400 });
  answer.headers.append('Set-Cookie', `${forged.name}=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax${forged.name.startsWith('__Secure-') ? '; Secure' : ''}`);
  return answer;
}
