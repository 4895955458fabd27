import { encode } from 'next-auth/jwt';
import { describe, expect, it } from 'vitest';
import { parseTrustedProxies } from './client-address';
import type { AuthEnv } from './env';
import { readSessionCookie, sessionCookieName } from './session-token';

const env: AuthEnv = { secret: 'a-test-secret-that-is-long-enough-for-next-auth', url: 'http://localhost:3000', maxAgeSeconds: 12 * 3600, idleSeconds: 30 * 60, trustedProxies: parseTrustedProxies(undefined).proxies };
const now = Date.UTC(2026, 10, 27, 12, 0, 0);
const seconds = Math.floor(now / 1000);

async function cookieFor(claims: Record<string, unknown>, secret = env.secret, name = sessionCookieName(env)): Promise<string> {
  return `other=1; ${name}=${await encode({ token: claims, secret, maxAge: env.maxAgeSeconds })}`;
}

describe('reading the session cookie of an API call', () => {
  const fresh = { sub: 'user-1', sv: 3, authTime: seconds - 60, lastSeen: seconds - 60 };
  it.each([
    ['a current session names its user and session version', () => cookieFor(fresh), { userId: 'user-1', sessionVersion: 3 }],
    ['idle longer than the idle timeout is signed out', () => cookieFor({ ...fresh, lastSeen: seconds - 31 * 60 }), null],
    ['older than the absolute lifetime is signed out', () => cookieFor({ ...fresh, authTime: seconds - 13 * 3600 }), null],
    ['a token already marked expired is signed out', () => cookieFor({ ...fresh, expired: true }), null],
    ['a token sealed with another secret is refused', () => cookieFor(fresh, 'another-secret-that-is-also-long-enough-here'), null],
    ['a token without a user is refused', () => cookieFor({ authTime: seconds, lastSeen: seconds }), null],
    ['a tampered token is refused', async () => `${await cookieFor(fresh)}x`, null],
    ['no session cookie is no session', async () => 'other=1', null],
    ['a cookie value that is not valid percent-encoding (a lone %) is no session', async () => `other=1; ${sessionCookieName(env)}=%`, null],
    ['a cookie value with a broken escape (%E0%A4%A) is no session', async () => `${sessionCookieName(env)}=abc%E0%A4%A`, null],
  ])('%s', async (_, cookie, expected) => {
    expect(await readSessionCookie(await cookie(), env, now)).toEqual(expected);
  });

  it('over https the cookie has the __Secure- name, and the plain name is not read', async () => {
    const https = { ...env, url: 'https://desk.example' };
    expect(sessionCookieName(https)).toBe('__Secure-next-auth.session-token');
    expect(await readSessionCookie(await cookieFor(fresh, env.secret, '__Secure-next-auth.session-token'), https, now)).toEqual({ userId: 'user-1', sessionVersion: 3 });
    expect(await readSessionCookie(await cookieFor(fresh), https, now)).toBeNull();
  });

  it('the same cookie read again later is still judged by the clock (idle timeout applies to a cached token)', async () => {
    const cookie = await cookieFor(fresh);
    expect(await readSessionCookie(cookie, env, now)).not.toBeNull();
    expect(await readSessionCookie(cookie, env, now + 31 * 60_000)).toBeNull();
  });
});
