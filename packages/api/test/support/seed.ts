import { randomUUID } from 'node:crypto';
import { caseMembers, cases, users, type Db } from '@claimdesk/db';
import type { Role } from '@claimdesk/claim-model';
import type { SessionUser } from '@claimdesk/auth';
import { createCaller } from '../../src';

/** A user row for tests. The hash is a placeholder: these tests never sign in with a password. */
export function seedUser(db: Db, role: Role, name = `${role}-${randomUUID().slice(0, 6)}`): SessionUser {
  const now = Date.now();
  const user = { id: randomUUID(), email: `${name}@example.test`.toLowerCase(), name, role };
  db.insert(users).values({ ...user, passwordHash: 'not-a-hash', createdAt: now, updatedAt: now }).run();
  return user;
}

export function seedCase(db: Db, members: SessionUser[], name = `Case ${randomUUID().slice(0, 8)}`, fourEyes = false) {
  const now = Date.now();
  const id = randomUUID();
  db.insert(cases).values({ id, name, fourEyes, createdAt: now }).run();
  for (const m of members) db.insert(caseMembers).values({ caseId: id, userId: m.id, addedAt: now }).run();
  return { id, name };
}

export function callerFor(db: Db, user: SessionUser | null) {
  return createCaller({ db, user });
}

export const utf8 = (text: string) => new TextEncoder().encode(text);
export const base64 = (text: string | Uint8Array) => Buffer.from(typeof text === 'string' ? utf8(text) : text).toString('base64');
