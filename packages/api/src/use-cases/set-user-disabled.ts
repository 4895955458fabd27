import { eq, users, writeTransaction, type Db } from '@claimdesk/db';
import { revokeSessions } from '@claimdesk/auth';
import { mayManageAccounts } from '@claimdesk/claim-model/workflow';
import { z } from 'zod';
import type { Actor } from '../actor';
import { DomainError, forbidden, notFound } from '../errors';
import { idInput } from '../review/inputs';

export const setUserDisabledInput = z.object({ userId: idInput, disabled: z.boolean().default(true) });

/** Admins disable (or re-enable) an account; disabling ends its sessions at once. */
export function setUserDisabled({ db, actor }: { db: Db; actor: Actor }, rawInput: z.input<typeof setUserDisabledInput>) {
  const input = setUserDisabledInput.parse(rawInput);
  if (!mayManageAccounts(actor)) throw forbidden('Only admins can disable accounts.');
  if (input.userId === actor.id && input.disabled) throw new DomainError('RULE_VIOLATION', 'You cannot disable your own account.');
  return writeTransaction(db, (tx) => {
    const user = tx.select({ id: users.id, email: users.email }).from(users).where(eq(users.id, input.userId)).get();
    if (!user) throw notFound('The user');
    tx.update(users).set({ disabled: input.disabled, updatedAt: Date.now() }).where(eq(users.id, user.id)).run();
    revokeSessions(tx, user.id);
    return { id: user.id, email: user.email, disabled: input.disabled };
  });
}
