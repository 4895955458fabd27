import { caseMembers, eq, users, writeTransaction, type Db } from '@claimdesk/db';
import type { Actor } from '../actor';
import { recordActivity } from '../activity';
import { requireCaseAccess } from '../case-access';
import { notFound } from '../errors';

/** Gives a user access to a case (idempotent). */
export function addCaseMember({ db, actor }: { db: Db; actor: Actor }, input: { caseId: string; userId: string }) {
  return writeTransaction(db, (tx) => {
    requireCaseAccess(tx, actor, input.caseId);
    const user = tx.select({ id: users.id, email: users.email }).from(users).where(eq(users.id, input.userId)).get();
    if (!user) throw notFound('The user');
    const inserted = tx.insert(caseMembers).values({ caseId: input.caseId, userId: user.id, addedAt: Date.now() }).onConflictDoNothing().run();
    if (inserted.changes > 0) {
      recordActivity(tx, actor, { caseId: input.caseId, action: 'case.member_added', entityType: 'user', entityId: user.id, after: { email: user.email } });
    }
    return { added: inserted.changes > 0 };
  });
}
