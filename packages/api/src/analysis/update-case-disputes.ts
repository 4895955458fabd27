import { randomUUID } from 'node:crypto';
import { and, cases, disputeClaims, disputes, disputesHoldingClaims, eq, inArray, storedDisputeMembership, verdicts, type Db } from '@claimdesk/db';
import type { ExtractedClaim, RelationKind } from '@claimdesk/claim-model';
import { reconcileDisputes, type ComputedDispute, type DisputeDocument, type DisputeIndexUpdate, type ExistingDispute } from '@claimdesk/claim-model/disputes';
import type { Lexicon } from '@claimdesk/claim-model/lexicon';
import type { Actor } from '../actor';
import { recordActivity } from '../activity';
import { takeIndex, type CachedIndex } from './case-dispute-index';

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

/** Only claims with a metric can join a dispute: the ones handed to the case's dispute index. */
export const joinsDisputes = (c: ExtractedClaim): boolean => c.kind === 'quantity' && Boolean(c.frame?.metric);

const PARAMS = 500;
function inChunks<T, R>(items: readonly T[], read: (chunk: T[]) => R[]): R[] {
  const out: R[] = [];
  for (let i = 0; i < items.length; i += PARAMS) out.push(...read(items.slice(i, i + PARAMS)));
  return out;
}

/** The stored disputes holding any of these claims, as reconciliation compares them (oldest first). */
function storedDisputesOf(db: Db, claimIds: readonly string[]): ExistingDispute[] {
  const stored = storedDisputeMembership(db, disputesHoldingClaims(db, claimIds));
  const ids = stored.map((d) => d.id);
  const withVerdict = new Set(inChunks(ids, (chunk) => db.select({ itemId: verdicts.itemId }).from(verdicts).where(and(eq(verdicts.itemType, 'dispute'), inArray(verdicts.itemId, chunk))).all().map((v) => v.itemId)));
  return stored.map((d) => ({ id: d.id, claimIds: d.claimIds, relationKinds: d.relationKinds as RelationKind[], hasVerdict: withVerdict.has(d.id) }));
}

/**
 * Applies what adding claims to the case's index changed to the stored disputes: a dispute keeps its id when
 * claims join it (so assignments, comments and verdicts stay attached), new propositions become new disputes, and
 * a relation change on a dispute with a verdict is flagged as new evidence for a lead — never silently applied to
 * the verdict. Runs inside the import's write transaction; only the disputes the new claims touch are read and
 * written. Returns the disputes created or changed.
 */
export function applyDisputeUpdate(db: Db, actor: Actor, caseId: string, update: DisputeIndexUpdate): ComputedDispute[] {
  const touchedClaims = [...update.changed, ...update.removed].flatMap((d) => d.claimIds);
  const existing = storedDisputesOf(db, touchedClaims);
  return applyPlan(db, actor, caseId, existing, reconcileDisputes(existing, update.changed));
}

/** Records that the case's claims changed: another process holding its index in memory rebuilds its own. */
export function bumpGeneration(db: Db, caseId: string, from: number): number {
  db.update(cases).set({ analysisGeneration: from + 1 }).where(eq(cases.id, caseId)).run();
  return from + 1;
}

/**
 * The whole update inside the write transaction, index included: the path taken when the index prepared
 * outside the lock turned out stale (another process imported meanwhile). Returns the changed disputes and the
 * updated index, for the caller to keep (`keepIndex`) once the transaction has committed.
 */
export function updateCaseDisputes(
  db: Db,
  actor: Actor,
  caseId: string,
  newClaims: readonly ExtractedClaim[],
  newDocuments: readonly DisputeDocument[],
  lexicon: Lexicon,
): { changed: ComputedDispute[]; index: CachedIndex | null } {
  const joining = newClaims.filter(joinsDisputes);
  if (joining.length === 0) return { changed: [], index: null };
  const entry = takeIndex(db, caseId, lexicon);
  const changed = applyDisputeUpdate(db, actor, caseId, entry.index.add(joining, newDocuments));
  return { changed, index: { generation: bumpGeneration(db, caseId, entry.generation), index: entry.index } };
}

function applyPlan(db: Db, actor: Actor, caseId: string, existing: readonly ExistingDispute[], plan: ReturnType<typeof reconcileDisputes>): ComputedDispute[] {
  const now = Date.now();
  const applied: ComputedDispute[] = [];
  const withVerdict = new Set(existing.filter((e) => e.hasVerdict).map((e) => e.id));

  for (const kept of plan.keep) {
    const before = existing.find((e) => e.id === kept.id);
    const previous = new Set(before?.claimIds ?? []);
    const sameMembers = previous.size === kept.computed.claimIds.length && kept.computed.claimIds.every((id) => previous.has(id));
    if (sameMembers && !kept.relationChanged) continue;
    db.update(disputes)
      .set({ ...disputeColumns(kept.computed), updatedAt: now, lastActivityAt: now, ...(kept.newEvidence ? { newEvidence: true } : {}) })
      .where(eq(disputes.id, kept.id))
      .run();
    // Only the membership rows that differ: a dispute quoted by thousands of articles gains a few per import.
    const next = new Set(kept.computed.claimIds);
    const gone = [...previous].filter((id) => !next.has(id));
    const added = kept.computed.claimIds.filter((id) => !previous.has(id));
    inChunks(gone, (chunk) => [db.delete(disputeClaims).where(and(eq(disputeClaims.disputeId, kept.id), inArray(disputeClaims.claimId, chunk))).run()]);
    inChunks(added, (chunk) => [db.insert(disputeClaims).values(chunk.map((claimId) => ({ disputeId: kept.id, claimId }))).run()]);
    recordActivity(db, actor, {
      caseId,
      action: kept.newEvidence ? 'dispute.new_evidence' : 'dispute.updated',
      entityType: 'dispute',
      entityId: kept.id,
      before: { claimCount: before?.claimIds.length, relations: before?.relationKinds },
      after: { claimCount: kept.computed.claimIds.length, relations: kept.computed.relations.map((r) => r.kind) },
    }, now);
    applied.push(kept.computed);
  }

  for (const created of plan.create) {
    const id = randomUUID();
    db.insert(disputes).values({ id, caseId, ...disputeColumns(created), createdAt: now, updatedAt: now, lastActivityAt: now }).run();
    inChunks(created.claimIds, (chunk) => [db.insert(disputeClaims).values(chunk.map((claimId) => ({ disputeId: id, claimId }))).run()]);
    recordActivity(db, actor, {
      caseId,
      action: 'dispute.detected',
      entityType: 'dispute',
      entityId: id,
      after: { metric: created.metric, relations: created.relations.map((r) => r.kind), severity: created.severity },
    }, now);
    applied.push(created);
  }

  // A stored dispute that no longer matches anything is removed only when nobody has worked on it yet.
  for (const id of plan.retire) {
    const row = db.select({ status: disputes.status }).from(disputes).where(eq(disputes.id, id)).get();
    if (row?.status === 'new' && !withVerdict.has(id)) db.delete(disputes).where(eq(disputes.id, id)).run();
  }
  return applied;
}
