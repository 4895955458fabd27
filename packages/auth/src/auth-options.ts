import type { NextAuthOptions } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import { whenNotBusy, type Db } from '@claimdesk/db';
import { authenticate } from './authenticate';
import { readAuthEnv } from './env';
import { revokeSessions } from './session-user';
import { isTokenExpired, type ClaimdeskToken } from './session-token';

export function clientIp(headers: Record<string, unknown> | undefined): string {
  const forwarded = headers?.['x-forwarded-for'];
  const first = typeof forwarded === 'string' ? forwarded.split(',')[0]?.trim() : undefined;
  const real = headers?.['x-real-ip'];
  return first || (typeof real === 'string' ? real : '') || 'unknown';
}

/**
 * next-auth 4 with email + password. Sessions are JWTs with an absolute lifetime and an idle timeout,
 * and a session version checked against the database on every request (see session-user.ts).
 */
export function createAuthOptions(db: Db): NextAuthOptions {
  const env = readAuthEnv();
  return {
    secret: env.secret,
    session: { strategy: 'jwt', maxAge: env.maxAgeSeconds },
    jwt: { maxAge: env.maxAgeSeconds },
    pages: { signIn: '/sign-in', error: '/sign-in' },
    providers: [
      CredentialsProvider({
        name: 'Email and password',
        credentials: { email: { label: 'Email', type: 'email' }, password: { label: 'Password', type: 'password' } },
        async authorize(credentials, req) {
          const email = credentials?.email ?? '';
          const password = credentials?.password ?? '';
          if (!email || !password) throw new Error('MISSING_CREDENTIALS');
          const result = await authenticate(db, email, password, clientIp(req.headers));
          if (!result.ok) {
            throw new Error(result.retryAfterSeconds ? `${result.code}:${result.retryAfterSeconds}` : result.code);
          }
          return { id: result.user.id, email: result.user.email, name: result.user.name, sv: result.user.sessionVersion };
        },
      }),
    ],
    callbacks: {
      jwt({ token, user }) {
        const t = token as typeof token & ClaimdeskToken;
        const now = Math.floor(Date.now() / 1000);
        if (user) {
          t.sv = (user as { sv?: number }).sv ?? 0;
          t.authTime = now;
          t.lastSeen = now;
          t.expired = false;
          return t;
        }
        if (isTokenExpired(t, env, now)) return { ...t, expired: true };
        t.lastSeen = now;
        return t;
      },
      session({ session, token }) {
        const t = token as typeof token & ClaimdeskToken;
        return {
          ...session,
          userId: t.expired ? null : (t.sub ?? null),
          sessionVersion: t.sv ?? 0,
          expired: Boolean(t.expired),
        };
      },
    },
    events: {
      async signOut({ token }) {
        const sub = (token as ClaimdeskToken | null)?.sub;
        if (sub) await whenNotBusy(() => revokeSessions(db, sub));
      },
    },
  };
}

/** The session object our callbacks produce (next-auth's own type does not know our fields). */
export interface ClaimdeskSession {
  userId: string | null;
  sessionVersion: number;
  expired: boolean;
}
