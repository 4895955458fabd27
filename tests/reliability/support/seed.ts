import { randomUUID } from 'node:crypto';
import { caseMembers, cases, claims, disputeClaims, disputes, documents, users, type Db } from '@claimdesk/db';
import type { Role } from '@claimdesk/claim-model';

export function seedUser(db: Db, role: Role, name = `${role}-${randomUUID().slice(0, 6)}`) {
  const now = Date.now();
  const id = randomUUID();
  db.insert(users).values({ id, email: `${name}@example.test`, name, role, passwordHash: 'not-a-hash', createdAt: now, updatedAt: now }).run();
  return { id, name, role };
}

export function seedCase(db: Db, memberIds: string[], fourEyes = false) {
  const id = randomUUID();
  const now = Date.now();
  db.insert(cases).values({ id, name: `Case ${id}`, fourEyes, createdAt: now }).run();
  for (const userId of memberIds) db.insert(caseMembers).values({ caseId: id, userId, addedAt: now }).run();
  return id;
}

/** One document, one claim, one dispute holding it: enough for the workflow to act on. */
export function seedDispute(db: Db, caseId: string) {
  const now = Date.now();
  const documentId = randomUUID();
  const text = `At least 13 police officers were killed in Almaty. ${documentId}`;
  db.insert(documents).values({ id: documentId, caseId, title: 'Report', outlet: 'Wire', text, contentHash: documentId, importedAt: now }).run();
  const claimId = randomUUID();
  db.insert(claims).values({ id: claimId, caseId, documentId, kind: 'quantity', spanStart: 0, spanEnd: 11, text: 'At least 13', score: 1, payload: {}, createdAt: now, updatedAt: now }).run();
  const disputeId = randomUUID();
  db.insert(disputes)
    .values({ id: disputeId, caseId, key: disputeId, metric: 'deaths', primaryRelation: 'conflict', severity: 0.9, claimCount: 1, independentSourceCount: 1, analysis: {}, createdAt: now, updatedAt: now, lastActivityAt: now })
    .run();
  db.insert(disputeClaims).values({ disputeId, claimId }).run();
  return { disputeId, claimId, documentId };
}
