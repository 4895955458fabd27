import type { NextAuthOptions } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import { whenNotBusy, type Db } from '@claimdesk/db';
import { authenticate } from './authenticate';
import { safeCallbackPath } from './callback-url';
import { clientAddress } from './client-address';
import { readAuthEnv } from './env';
import { loadSessionUser, revokeSessions } from './session-user';
import { isTokenExpired, type ClaimdeskToken } from './session-token';

/** Thrown from the jwt callback: next-auth then answers as signed out and clears the cookie instead of renewing it. */
class SessionEnded extends Error {}

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
          const result = await authenticate(db, email, password, clientAddress(req.headers, env.trustedProxies));
          if (!result.ok) {
            throw new Error(result.retryAfterSeconds ? `${result.code}:${result.retryAfterSeconds}` : result.code);
          }
          return { id: result.user.id, email: result.user.email, name: result.user.name, sv: result.user.sessionVersion };
        },
      }),
    ],
    callbacks: {
      // next-auth's own redirects after sign-in and sign-out: this app's pages only, as everywhere else.
      redirect({ url, baseUrl }) {
        return `${baseUrl}${safeCallbackPath(url, baseUrl)}`;
      },
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
        // Checked against the database like every API call, so /api/auth/session answers a revoked (signed out,
        // disabled, role changed) or timed-out cookie as signed out, and does not renew it.
        if (isTokenExpired(t, env, now)) throw new SessionEnded('the session timed out');
        if (!t.sub || !loadSessionUser(db, t.sub, t.sv ?? 0)) throw new SessionEnded('the session was revoked');
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
    logger: {
      // An ended session is an answer, not an error (next-auth logs whatever the jwt callback throws).
      error(code, metadata) {
        const error = metadata instanceof Error ? metadata : (metadata as { error?: unknown } | undefined)?.error;
        if (code === 'JWT_SESSION_ERROR' && error instanceof SessionEnded) return;
        console.error(`[next-auth][error][${code}]`, metadata);
      },
      warn(code) {
        console.warn(`[next-auth][warn][${code}]`);
      },
      debug() {},
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
