import 'server-only';
import { getServerSession, type NextAuthOptions } from 'next-auth';
import { redirect } from 'next/navigation';
import { createAuthOptions, loadSessionUser, readAuthEnv, readSessionCookie, safeCallbackPath, type ClaimdeskSession, type SessionUser } from '@claimdesk/auth';
import { db } from './db';

let options: NextAuthOptions | undefined;
export function authOptions(): NextAuthOptions {
  options ??= createAuthOptions(db());
  return options;
}

/** The signed-in user, read fresh from the database (role, disabled, session version), or null. Renews the session. */
export async function getSessionUser(): Promise<SessionUser | null> {
  const session = (await getServerSession(authOptions())) as (ClaimdeskSession & object) | null;
  if (!session?.userId || session.expired) return null;
  return loadSessionUser(db(), session.userId, session.sessionVersion);
}

/**
 * Where to go after sign-in: a path of this app (resolved against its public origin, NEXTAUTH_URL), else "/". Every
 * post-sign-in redirect goes through here (the sign-in page, its form, next-auth's own redirect callback).
 */
export function callbackPath(value: unknown): string {
  return safeCallbackPath(value, readAuthEnv().url ?? 'http://localhost');
}

/** For pages: the user, or a redirect to sign-in that comes back here afterwards. */
export async function requireSessionUser(requestedPath: string): Promise<SessionUser> {
  const user = await getSessionUser();
  if (!user) redirect(`/sign-in?callbackUrl=${encodeURIComponent(callbackPath(requestedPath))}`);
  return user;
}

/**
 * For API calls: who is calling, from the session cookie, without renewing the session (pages renew it on
 * activity). Skips next-auth's re-encryption of the cookie on every call, which dominated an API request's cost.
 */
export async function getApiSessionContext(req: Request): Promise<{ user: SessionUser | null; isSessionCurrent: () => boolean }> {
  const session = await readSessionCookie(req.headers.get('cookie'), readAuthEnv());
  if (!session) return { user: null, isSessionCurrent: () => false };
  const user = loadSessionUser(db(), session.userId, session.sessionVersion);
  return { user, isSessionCurrent: () => user !== null && loadSessionUser(db(), session.userId, session.sessionVersion)?.role === user.role };
}
