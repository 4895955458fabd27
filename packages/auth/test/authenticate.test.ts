import { afterAll, describe, expect, it } from 'vitest';
import { users } from '@claimdesk/db';
import { createTestDatabase } from '@claimdesk/db/testing';
import { authenticate, hashPassword, loadSessionUser, revokeSessions, THROTTLE_RULES } from '../src';

const { db, dispose } = createTestDatabase();
afterAll(dispose);

const password = 'correct horse battery';
const now = Date.now();
db.insert(users)
  .values([
    { id: 'u1', email: 'ana@example.test', name: 'Ana', role: 'reviewer', passwordHash: await hashPassword(password), createdAt: now, updatedAt: now },
    { id: 'u2', email: 'gone@example.test', name: 'Gone', role: 'reviewer', passwordHash: await hashPassword(password), disabled: true, createdAt: now, updatedAt: now },
  ])
  .run();

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
    expect(await authenticate(db, 'ana@example.test', 'wrong', '10.0.0.1')).toEqual({ ok: false, code: 'INVALID_CREDENTIALS' });
    expect(await authenticate(db, 'nobody@example.test', 'wrong', '10.0.0.1')).toEqual({ ok: false, code: 'INVALID_CREDENTIALS' });
  });

  it('refuses a disabled account even with the right password', async () => {
    expect(await authenticate(db, 'gone@example.test', password, '10.0.0.2')).toEqual({ ok: false, code: 'ACCOUNT_DISABLED' });
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
