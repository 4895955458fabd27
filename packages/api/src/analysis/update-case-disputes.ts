import { randomUUID } from 'node:crypto';
import { and, claims, disputeClaims, disputes, documents, eq, inArray, verdicts, type Db } from '@claimdesk/db';
import type { ExtractedClaim, RelationKind } from '@claimdesk/claim-model';
import { groupClaims, reconcileDisputes, type ComputedDispute, type ExistingDispute } from '@claimdesk/claim-model/disputes';
import type { Lexicon } from '@claimdesk/claim-model/lexicon';
import type { Actor } from '../actor';
import { recordActivity } from '../activity';

/** The strongest relation first: what a list shows and filters on. */
const RELATION_PRIORITY: readonly RelationKind[] = ['conflict', 'revision', 'scope', 'single_source', 'consistent'];

function primaryRelation(d: ComputedDispute): RelationKind {
  const kinds = new Set(d.relations.map((r) => r.kind));
  return RELATION_PRIORITY.find((k) => kinds.has(k)) ?? 'consistent';
}

function disputeColumns(d: ComputedDispute) {
  return {
    key: d.key,
    metric: d.metric,
    subject: d.subject,
    place: d.place,
    asOfFrom: d.asOfRange.from,
    asOfTo: d.asOfRange.to,
    primaryRelation: primaryRelation(d),
    severity: d.severity,
    claimCount: d.claimIds.length,
    independentSourceCount: d.independentSources.length,
    analysis: d,
  };
}

/**
 * Regroups the metrics the new claims touch and applies the result in place: a dispute keeps its id when
 * claims join it (so assignments, comments and verdicts stay attached), new propositions become new disputes,
 * and a relation change on a dispute with a verdict is flagged as new evidence for a lead — never silently applied
 * to the verdict. Runs inside the import's transaction.
 */
export function updateCaseDisputes(db: Db, actor: Actor, caseId: string, newClaims: readonly ExtractedClaim[], lexicon: Lexicon): number {
  const metrics = [...new Set(newClaims.flatMap((c) => (c.kind === 'quantity' && c.frame?.metric ? [c.frame.metric.id] : [])))];
  if (metrics.length === 0) return 0;

  const candidates = db
    .select({ payload: claims.payload })
    .from(claims)
    .where(and(eq(claims.caseId, caseId), inArray(claims.metric, metrics)))
    .all()
    .map((r) => r.payload as ExtractedClaim);
  const docs = db
    .select({ id: documents.id, outlet: documents.outlet, publishedDate: documents.publishedDate })
    .from(documents)
    .where(eq(documents.caseId, caseId))
    .all();
  const computed = groupClaims(candidates, { lexicon, documents: docs });

  const storedRows = db
    .select({ id: disputes.id, analysis: disputes.analysis })
    .from(disputes)
    .where(and(eq(disputes.caseId, caseId), inArray(disputes.metric, metrics)))
    .all();
  const storedIds = storedRows.map((r) => r.id);
  const members = storedIds.length
    ? db.select().from(disputeClaims).where(inArray(disputeClaims.disputeId, storedIds)).all()
    : [];
  const withVerdict = new Set(
    storedIds.length
      ? db
          .select({ itemId: verdicts.itemId })
          .from(verdicts)
          .where(and(eq(verdicts.itemType, 'dispute'), inArray(verdicts.itemId, storedIds)))
          .all()
          .map((v) => v.itemId)
      : [],
  );
  const existing: ExistingDispute[] = storedRows.map((r) => ({
    id: r.id,
    claimIds: members.filter((m) => m.disputeId === r.id).map((m) => m.claimId),
    relationKinds: ((r.analysis as ComputedDispute).relations ?? []).map((rel) => rel.kind),
    hasVerdict: withVerdict.has(r.id),
  }));

  const plan = reconcileDisputes(existing, computed);
  const now = Date.now();
  let changed = 0;

  for (const kept of plan.keep) {
    const before = existing.find((e) => e.id === kept.id);
    const sameMembers = before && before.claimIds.length === kept.computed.claimIds.length && kept.computed.claimIds.every((id) => before.claimIds.includes(id));
    if (sameMembers && !kept.relationChanged) continue;
    db.update(disputes)
      .set({ ...disputeColumns(kept.computed), updatedAt: now, lastActivityAt: now, ...(kept.newEvidence ? { newEvidence: true } : {}) })
      .where(eq(disputes.id, kept.id))
      .run();
    db.delete(disputeClaims).where(eq(disputeClaims.disputeId, kept.id)).run();
    db.insert(disputeClaims).values(kept.computed.claimIds.map((claimId) => ({ disputeId: kept.id, claimId }))).run();
    recordActivity(db, actor, {
      caseId,
      action: kept.newEvidence ? 'dispute.new_evidence' : 'dispute.updated',
      entityType: 'dispute',
      entityId: kept.id,
      before: { claimCount: before?.claimIds.length, relations: before?.relationKinds },
      after: { claimCount: kept.computed.claimIds.length, relations: kept.computed.relations.map((r) => r.kind) },
    }, now);
    changed++;
  }

  for (const created of plan.create) {
    const id = randomUUID();
    db.insert(disputes).values({ id, caseId, ...disputeColumns(created), createdAt: now, updatedAt: now, lastActivityAt: now }).run();
    db.insert(disputeClaims).values(created.claimIds.map((claimId) => ({ disputeId: id, claimId }))).run();
    recordActivity(db, actor, {
      caseId,
      action: 'dispute.detected',
      entityType: 'dispute',
      entityId: id,
      after: { metric: created.metric, relations: created.relations.map((r) => r.kind), severity: created.severity },
    }, now);
    changed++;
  }

  // A stored dispute that no longer matches anything is removed only when nobody has worked on it yet.
  for (const id of plan.retire) {
    const row = db.select({ status: disputes.status }).from(disputes).where(eq(disputes.id, id)).get();
    if (row?.status === 'new' && !withVerdict.has(id)) {
      db.delete(disputes).where(eq(disputes.id, id)).run();
      changed++;
    }
  }
  return changed;
}
