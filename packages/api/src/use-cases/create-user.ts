import { randomUUID } from 'node:crypto';
import { eq, users, writeTransaction, type Db } from '@claimdesk/db';
import { hashPassword, MIN_PASSWORD_LENGTH, normaliseEmail } from '@claimdesk/auth';
import { ROLES } from '@claimdesk/claim-model';
import { z } from 'zod';
import type { Actor } from '../actor';
import { DomainError, forbidden } from '../errors';

export const createUserInput = z.object({
  email: z.email('Enter a valid email address').max(320),
  name: z.string().trim().min(1, 'Enter a name').max(200),
  role: z.enum(ROLES, { message: `The role must be one of: ${ROLES.join(', ')}` }),
  password: z.string().min(MIN_PASSWORD_LENGTH, `The password needs at least ${MIN_PASSWORD_LENGTH} characters`).max(1024),
});

/** Creates an account with an argon2id password hash. Admins only (the command line acts as admin). */
export async function createUser({ db, actor }: { db: Db; actor: Actor }, rawInput: z.input<typeof createUserInput>) {
  if (actor.role !== 'admin') throw forbidden('Only admins can add accounts.');
  const input = createUserInput.parse(rawInput);
  const email = normaliseEmail(input.email);
  const passwordHash = await hashPassword(input.password);
  return writeTransaction(db, (tx) => {
    if (tx.select({ id: users.id }).from(users).where(eq(users.email, email)).get()) {
      throw new DomainError('ALREADY_EXISTS', `An account for ${email} already exists.`);
    }
    const now = Date.now();
    const user = { id: randomUUID(), email, name: input.name, role: input.role, passwordHash, createdAt: now, updatedAt: now };
    tx.insert(users).values(user).run();
    return { id: user.id, email, name: user.name, role: user.role };
  });
}
