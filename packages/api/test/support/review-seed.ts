import { randomUUID } from 'node:crypto';
import { claims, disputeClaims, disputes, documents, type Db } from '@claimdesk/db';
import type { RelationKind } from '@claimdesk/claim-model';

/** A document with `count` claims grouped in one dispute: the rows the claim engine would have written. */
export function seedDispute(db: Db, caseId: string, options: { relation?: RelationKind; severity?: number; outlet?: string; text?: string; count?: number } = {}) {
  const now = Date.now();
  const documentId = randomUUID();
  const text = options.text ?? 'At least 13 police officers were killed in Almaty, officials said.';
  db.insert(documents)
    .values({ id: documentId, caseId, title: 'Report', outlet: options.outlet ?? 'Wire', text: `${text} ${documentId}`, contentHash: documentId, importedAt: now })
    .run();
  const disputeId = randomUUID();
  db.insert(disputes)
    .values({
      id: disputeId,
      caseId,
      key: disputeId,
      metric: 'deaths',
      subject: 'police officers',
      primaryRelation: options.relation ?? 'conflict',
      severity: options.severity ?? 80,
      claimCount: options.count ?? 2,
      independentSourceCount: 2,
      analysis: { relations: [] },
      createdAt: now,
      updatedAt: now,
      lastActivityAt: now,
    })
    .run();
  const claimIds: string[] = [];
  for (let i = 0; i < (options.count ?? 2); i += 1) {
    const id = randomUUID();
    claimIds.push(id);
    db.insert(claims)
      .values({ id, caseId, documentId, kind: 'quantity', spanStart: 0, spanEnd: text.length, text, metric: 'deaths', low: 13, high: null, unit: 'count', score: 0.9, payload: {}, createdAt: now, updatedAt: now })
      .run();
    db.insert(disputeClaims).values({ disputeId, claimId: id }).run();
  }
  return { disputeId, claimIds, documentId };
}
