import { and, caseMembers, eq, users, writeTransaction, type Db } from '@claimdesk/db';
import type { Actor } from '../actor';
import { recordActivity } from '../activity';
import { requireCaseAccess } from '../case-access';
import { notFound } from '../errors';

/**
 * Takes a user off a case (idempotent). Their open live feed of the case ends at its next poll, and every
 * later request for the case answers "not found". What they wrote stays, attributed to them.
 */
export function removeCaseMember({ db, actor }: { db: Db; actor: Actor }, input: { caseId: string; userId: string }) {
  return writeTransaction(db, (tx) => {
    requireCaseAccess(tx, actor, input.caseId);
    const user = tx.select({ id: users.id, email: users.email }).from(users).where(eq(users.id, input.userId)).get();
    if (!user) throw notFound('The user');
    const removed = tx
      .delete(caseMembers)
      .where(and(eq(caseMembers.caseId, input.caseId), eq(caseMembers.userId, user.id)))
      .run();
    if (removed.changes > 0) {
      recordActivity(tx, actor, { caseId: input.caseId, action: 'case.member_removed', entityType: 'user', entityId: user.id, before: { email: user.email } });
    }
    return { removed: removed.changes > 0 };
  });
}
