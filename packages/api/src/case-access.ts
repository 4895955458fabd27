import { and, caseMembers, cases, eq, sql, preparedFor, type Db } from '@claimdesk/db';
import type { Actor } from './actor';
import { notFound } from './errors';

// Every request for a case passes here first: prepared once per connection.
const statements = (db: Db) =>
  preparedFor(db, 'case-access', () => ({
    theCase: db.select().from(cases).where(eq(cases.id, sql.placeholder('caseId'))).prepare(),
    member: db
      .select({ userId: caseMembers.userId })
      .from(caseMembers)
      .where(and(eq(caseMembers.caseId, sql.placeholder('caseId')), eq(caseMembers.userId, sql.placeholder('userId'))))
      .prepare(),
  }));

/**
 * Loads a case the actor may see: admins and the command line see every case, others only their cases.
 * A case the actor may not see is reported as not found, so its existence does not leak.
 */
export function requireCaseAccess(db: Db, actor: Actor, caseId: string) {
  const { theCase, member } = statements(db);
  const found = theCase.get({ caseId });
  if (!found) throw notFound('The case');
  if (actor.role === 'admin' || actor.id === null) return found;
  if (!member.get({ caseId, userId: actor.id })) throw notFound('The case');
  return found;
}
