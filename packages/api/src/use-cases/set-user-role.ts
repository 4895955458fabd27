import { eq, users, writeTransaction, type Db } from '@claimdesk/db';
import { revokeSessions } from '@claimdesk/auth';
import { ROLES } from '@claimdesk/claim-model';
import { mayManageAccounts } from '@claimdesk/claim-model/workflow';
import { z } from 'zod';
import type { Actor } from '../actor';
import { DomainError, forbidden, notFound } from '../errors';
import { idInput } from '../review/inputs';

export const setUserRoleInput = z.object({ userId: idInput, role: z.enum(ROLES, { message: `The role must be one of: ${ROLES.join(', ')}` }) });

/** Admins change an account's role; the user's sessions end at once so the new role applies on the next request. */
export function setUserRole({ db, actor }: { db: Db; actor: Actor }, rawInput: z.input<typeof setUserRoleInput>) {
  const input = setUserRoleInput.parse(rawInput);
  if (!mayManageAccounts(actor)) throw forbidden('Only admins can change roles.');
  if (input.userId === actor.id && input.role !== 'admin') throw new DomainError('RULE_VIOLATION', 'You cannot remove your own admin role: ask another admin.');
  return writeTransaction(db, (tx) => {
    const user = tx.select({ id: users.id, role: users.role }).from(users).where(eq(users.id, input.userId)).get();
    if (!user) throw notFound('The user');
    tx.update(users).set({ role: input.role, updatedAt: Date.now() }).where(eq(users.id, user.id)).run();
    revokeSessions(tx, user.id);
    return { id: user.id, role: input.role, previousRole: user.role };
  });
}
