import { and, caseMembers, cases, eq, type Db } from '@claimdesk/db';
import type { Actor } from './actor';
import { notFound } from './errors';

/**
 * Loads a case the actor may see: admins and the command line see every case, others only their cases.
 * A case the actor may not see is reported as not found, so its existence does not leak.
 */
export function requireCaseAccess(db: Db, actor: Actor, caseId: string) {
  const found = db.select().from(cases).where(eq(cases.id, caseId)).get();
  if (!found) throw notFound('The case');
  if (actor.role === 'admin' || actor.id === null) return found;
  const member = db
    .select({ userId: caseMembers.userId })
    .from(caseMembers)
    .where(and(eq(caseMembers.caseId, caseId), eq(caseMembers.userId, actor.id)))
    .get();
  if (!member) throw notFound('The case');
  return found;
}
