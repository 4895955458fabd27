import 'server-only';
import { getServerSession, type NextAuthOptions } from 'next-auth';
import { redirect } from 'next/navigation';
import { createAuthOptions, loadSessionUser, type ClaimdeskSession, type SessionUser } from '@claimdesk/auth';
import { db } from './db';

let options: NextAuthOptions | undefined;
export function authOptions(): NextAuthOptions {
  options ??= createAuthOptions(db());
  return options;
}

/** The signed-in user, read fresh from the database (role, disabled, session version), or null. */
export async function getSessionUser(): Promise<SessionUser | null> {
  return (await getSessionContext()).user;
}

/**
 * The signed-in user and a check that their session is still current, for requests that outlive their start
 * (a live feed asks again while it runs, so a sign-out, disable or role change ends it too).
 */
export async function getSessionContext(): Promise<{ user: SessionUser | null; isSessionCurrent: () => boolean }> {
  const session = (await getServerSession(authOptions())) as (ClaimdeskSession & object) | null;
  if (!session?.userId || session.expired) return { user: null, isSessionCurrent: () => false };
  const { userId, sessionVersion } = session;
  const user = loadSessionUser(db(), userId, sessionVersion);
  return { user, isSessionCurrent: () => user !== null && loadSessionUser(db(), userId, sessionVersion)?.role === user.role };
}

/** For pages: the user, or a redirect to sign-in that comes back here afterwards. */
export async function requireSessionUser(callbackPath: string): Promise<SessionUser> {
  const user = await getSessionUser();
  if (!user) redirect(`/sign-in?callbackUrl=${encodeURIComponent(callbackPath)}`);
  return user;
}
