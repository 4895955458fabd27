import { afterAll, describe, expect, it } from 'vitest';
import { signInFailures, users } from '@claimdesk/db';
import { createTestDatabase } from '@claimdesk/db/testing';
import { ACCOUNT_SLOWDOWN, authenticate, createAuthOptions, hashPassword, loadSessionUser, revokeSessions, THROTTLE_RULES } from '../src';
import { accountDelayMs, checkSignInThrottle, recordSignInFailure } from '../src/sign-in-throttle';

const { db, dispose } = createTestDatabase();
afterAll(dispose);

const password = 'correct horse battery';
const now = Date.now();
const hash = await hashPassword(password);
db.insert(users)
  .values([
    { id: 'u1', email: 'ana@example.test', name: 'Ana', role: 'reviewer', passwordHash: hash, createdAt: now, updatedAt: now },
    { id: 'u2', email: 'gone@example.test', name: 'Gone', role: 'reviewer', passwordHash: hash, disabled: true, createdAt: now, updatedAt: now },
    { id: 'u3', email: 'admin@example.test', name: 'Admin', role: 'admin', passwordHash: hash, createdAt: now, updatedAt: now },
    { id: 'u4', email: 'ben@example.test', name: 'Ben', role: 'reviewer', passwordHash: hash, createdAt: now, updatedAt: now },
  ])
  .run();

const invalid = { ok: false, code: 'INVALID_CREDENTIALS' };

describe('signing in', () => {
  it('stores argon2id hashes, never the password', () => {
    const row = db.select().from(users).all()[0];
    expect(row?.passwordHash.startsWith('$argon2id$')).toBe(true);
  });

  it('accepts the right password, whatever the case of the email', async () => {
    const result = await authenticate(db, ' Ana@Example.test ', password, '10.0.0.1');
    expect(result).toMatchObject({ ok: true, user: { id: 'u1', role: 'reviewer' } });
  });

  it('gives the same answer for a wrong password and an unknown account', async () => {
    expect(await authenticate(db, 'ana@example.test', 'wrong', '10.0.0.1')).toEqual(invalid);
    expect(await authenticate(db, 'nobody@example.test', 'wrong', '10.0.0.1')).toEqual(invalid);
  });

  it('answers a disabled account the same for the right and a wrong password (no password oracle)', async () => {
    expect(await authenticate(db, 'gone@example.test', password, '10.0.0.2')).toEqual(invalid);
    expect(await authenticate(db, 'gone@example.test', 'wrong', '10.0.0.2')).toEqual(invalid);
  });

  it('throttles a guesser from one address without locking the owner out from another', async () => {
    const pairLimit = THROTTLE_RULES[0].maxFailures;
    for (let i = 0; i < pairLimit; i++) await authenticate(db, 'ana@example.test', `guess-${i}`, '203.0.113.9');
    const blocked = await authenticate(db, 'ana@example.test', password, '203.0.113.9');
    expect(blocked).toMatchObject({ ok: false, code: 'TOO_MANY_ATTEMPTS' });
    expect(blocked.ok === false && blocked.retryAfterSeconds).toBeGreaterThan(0);
    expect(await authenticate(db, 'ana@example.test', password, '198.51.100.7')).toMatchObject({ ok: true });
  });
});

describe('an account under attack', () => {
  it('50 wrong guesses from 50 addresses do not lock the owner out (the admin included)', async () => {
    for (let i = 0; i < 50; i++) await authenticate(db, 'admin@example.test', `guess-${i}`, `192.0.2.${i + 1}`);
    expect(await authenticate(db, 'admin@example.test', password, '198.51.100.20')).toMatchObject({ ok: true, user: { id: 'u3' } });
  });

  it('slows an address that keeps guessing: after the free failures it must wait a growing delay', () => {
    const at = Date.now();
    for (let i = 0; i < ACCOUNT_SLOWDOWN.freeFailures + 2; i++) recordSignInFailure(db, 'ben@example.test', `192.0.2.${100 + i}`, at);
    // Each of these addresses has failed once: it waits; an address that has not failed for Ben is still heard.
    expect(checkSignInThrottle(db, 'ben@example.test', '192.0.2.100', at)).toEqual({ allowed: false, retryAfterSeconds: accountDelayMs(ACCOUNT_SLOWDOWN.freeFailures + 2) / 1000 });
    expect(checkSignInThrottle(db, 'ben@example.test', '198.51.100.30', at)).toEqual({ allowed: true, retryAfterSeconds: 0 });
    expect(checkSignInThrottle(db, 'ben@example.test', '192.0.2.100', at + accountDelayMs(ACCOUNT_SLOWDOWN.freeFailures + 2))).toMatchObject({ allowed: true });
  });

  it.each([
    [0, 0],
    [ACCOUNT_SLOWDOWN.freeFailures - 1, 0],
    [ACCOUNT_SLOWDOWN.freeFailures, 1_000],
    [ACCOUNT_SLOWDOWN.freeFailures + 3, 8_000],
    [1_000, ACCOUNT_SLOWDOWN.maxDelayMs],
  ])('after %i failures in the window the delay is %i ms', (failures, delay) => {
    expect(accountDelayMs(failures)).toBe(delay);
  });

  it('stops one address spraying many accounts', () => {
    const at = Date.now();
    const ipLimit = THROTTLE_RULES[1].maxFailures;
    db.insert(signInFailures).values(Array.from({ length: ipLimit }, (_, i) => ({ email: `spray-${i}@example.test`, ip: '203.0.113.77', at }))).run();
    expect(checkSignInThrottle(db, 'someone-else@example.test', '203.0.113.77', at)).toMatchObject({ allowed: false });
    expect(checkSignInThrottle(db, 'someone-else@example.test', '203.0.113.78', at)).toMatchObject({ allowed: true });
  });
});

describe('sessions', () => {
  it('end at once when the session version is bumped (sign-out, role change, disable)', () => {
    expect(loadSessionUser(db, 'u1', 1)).toMatchObject({ id: 'u1' });
    revokeSessions(db, 'u1');
    expect(loadSessionUser(db, 'u1', 1)).toBeNull();
    expect(loadSessionUser(db, 'u1', 2)).toMatchObject({ id: 'u1' });
  });

  it('are refused for a disabled account', () => {
    expect(loadSessionUser(db, 'u2', 1)).toBeNull();
  });
});

describe('the session endpoint (next-auth jwt callback)', () => {
  process.env.NEXTAUTH_SECRET ??= 'a-test-secret-that-is-long-enough-for-next-auth';
  const jwt = async (token: Record<string, unknown>) => createAuthOptions(db).callbacks?.jwt?.({ token, user: undefined as never, account: null });
  const seconds = () => Math.floor(Date.now() / 1000);

  it('renews a current session', async () => {
    const current = db.select().from(users).all().find((u) => u.id === 'u4');
    await expect(jwt({ sub: 'u4', sv: current?.sessionVersion ?? 0, authTime: seconds(), lastSeen: seconds() })).resolves.toMatchObject({ sub: 'u4' });
  });

  it.each([
    ['a revoked session (signed out elsewhere, role changed)', { sub: 'u4', sv: 999 }],
    ['a disabled account', { sub: 'u2', sv: 0 }],
    ['an account that no longer exists', { sub: 'nobody', sv: 0 }],
  ])('refuses to renew %s, so it answers as signed out', async (_name, token) => {
    await expect(jwt({ ...token, authTime: seconds(), lastSeen: seconds() })).rejects.toThrow();
  });
});
