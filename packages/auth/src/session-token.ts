import { decode } from 'next-auth/jwt';
import type { AuthEnv } from './env';

/** What the JWT carries. Role and name are NOT trusted from here: every request re-reads the user. */
export interface ClaimdeskToken {
  sub?: string;
  sv?: number;
  authTime?: number;
  lastSeen?: number;
  expired?: boolean;
  exp?: number;
}

/** The session rules, in one place: an absolute lifetime from sign-in and an idle timeout since last activity. */
export function isTokenExpired(token: ClaimdeskToken, env: Pick<AuthEnv, 'maxAgeSeconds' | 'idleSeconds'>, nowSeconds: number): boolean {
  const tooOld = nowSeconds - (token.authTime ?? 0) > env.maxAgeSeconds;
  const idle = nowSeconds - (token.lastSeen ?? 0) > env.idleSeconds;
  return tooOld || idle || Boolean(token.expired);
}

/** next-auth's cookie name: the `__Secure-` form when the app is served over https. */
export function sessionCookieName(env: Pick<AuthEnv, 'url'>): string {
  return env.url?.startsWith('https://') ? '__Secure-next-auth.session-token' : 'next-auth.session-token';
}

/** A cookie's value, percent-decoded; a value that is not valid percent-encoding is no session (signed out, not a 500). */
function cookieValue(cookieHeader: string | null, name: string): string | null {
  if (!cookieHeader) return null;
  for (const part of cookieHeader.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) {
      try {
        return decodeURIComponent(part.slice(eq + 1).trim());
      } catch {
        return null;
      }
    }
  }
  return null;
}

/**
 * Decoding a session token costs an HKDF key derivation and an AES-GCM decryption (the largest single cost of
 * an API request, measured in tests/bench/workflow-http.bench.ts); the same cookie arrives with every request of
 * a page, so decoded tokens are kept until they expire. The cache holds what the cookie already proves, keyed by
 * the whole token, and is bounded.
 */
const MAX_CACHED = 10_000;
const decoded = new Map<string, ClaimdeskToken>();

async function decodeCached(token: string, secret: string, nowSeconds: number): Promise<ClaimdeskToken | null> {
  const hit = decoded.get(token);
  if (hit && (hit.exp ?? 0) > nowSeconds) return hit;
  if (hit) decoded.delete(token);
  const payload = (await decode({ token, secret }).catch(() => null)) as ClaimdeskToken | null;
  if (!payload) return null;
  if (decoded.size >= MAX_CACHED) decoded.delete(decoded.keys().next().value ?? '');
  decoded.set(token, payload);
  return payload;
}

/**
 * Reads the session from a request's cookies without renewing it, for API calls: the page's keep-alive renews the
 * session on activity (`useSessionKeepAlive`), so an API call needs only to know who is calling. The same rules as
 * sign-in's session callback apply (absolute lifetime, idle timeout); the user is then checked against the database.
 */
export async function readSessionCookie(cookieHeader: string | null, env: AuthEnv, now = Date.now()): Promise<{ userId: string; sessionVersion: number } | null> {
  const token = cookieValue(cookieHeader, sessionCookieName(env));
  if (!token) return null;
  const nowSeconds = Math.floor(now / 1000);
  const payload = await decodeCached(token, env.secret, nowSeconds);
  if (!payload?.sub || isTokenExpired(payload, env, nowSeconds)) return null;
  return { userId: payload.sub, sessionVersion: payload.sv ?? 0 };
}
