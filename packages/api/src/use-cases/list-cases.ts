import { asc, caseMembers, cases, count, documents, eq, inArray, type Db } from '@claimdesk/db';
import type { Actor } from '../actor';

export interface CaseSummary {
  id: string;
  name: string;
  description: string;
  documentCount: number;
  createdAt: number;
}

/** The cases the actor may see, by name, with their document counts. */
export function listCases({ db, actor }: { db: Db; actor: Actor }): CaseSummary[] {
  const seesAll = actor.role === 'admin' || actor.id === null;
  const visibleIds = seesAll
    ? undefined
    : db.select({ id: caseMembers.caseId }).from(caseMembers).where(eq(caseMembers.userId, actor.id ?? '')).all().map((r) => r.id);
  if (visibleIds && visibleIds.length === 0) return [];
  const rows = db
    .select({ id: cases.id, name: cases.name, description: cases.description, createdAt: cases.createdAt })
    .from(cases)
    .where(visibleIds ? inArray(cases.id, visibleIds) : undefined)
    .orderBy(asc(cases.name))
    .all();
  const counts = new Map(
    db
      .select({ caseId: documents.caseId, n: count() })
      .from(documents)
      .groupBy(documents.caseId)
      .all()
      .map((r) => [r.caseId, r.n]),
  );
  return rows.map((r) => ({ ...r, documentCount: counts.get(r.id) ?? 0 }));
}
