import { asc, caseMembers, eq, users, type Db } from '@claimdesk/db';
import type { Actor } from '../actor';
import { requireCaseAccess } from '../case-access';

/** The people of a case (for assignment and @mentions), without secrets. */
export function listCaseMembers({ db, actor }: { db: Db; actor: Actor }, input: { caseId: string }) {
  requireCaseAccess(db, actor, input.caseId);
  return db
    .select({ id: users.id, email: users.email, name: users.name, role: users.role, disabled: users.disabled, addedAt: caseMembers.addedAt })
    .from(caseMembers)
    .innerJoin(users, eq(users.id, caseMembers.userId))
    .where(eq(caseMembers.caseId, input.caseId))
    .orderBy(asc(users.name))
    .all();
}
