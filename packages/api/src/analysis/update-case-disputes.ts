import { randomUUID } from 'node:crypto';
import { and, cases, disputeClaims, disputes, eq, inArray, verdicts, type Db } from '@claimdesk/db';
import type { ExtractedClaim, RelationKind } from '@claimdesk/claim-model';
import { reconcileDisputes, type ComputedDispute, type DisputeDocument, type ExistingDispute } from '@claimdesk/claim-model/disputes';
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

/** The stored disputes holding any of these claims, as reconciliation compares them. */
function storedDisputesOf(db: Db, claimIds: readonly string[]): ExistingDispute[] {
  const ids = [...new Set(inChunks(claimIds, (chunk) => db.select({ id: disputeClaims.disputeId }).from(disputeClaims).where(inArray(disputeClaims.claimId, chunk)).all().map((r) => r.id)))];
  if (ids.length === 0) return [];
  const rows = inChunks(ids, (chunk) => db.select({ id: disputes.id, analysis: disputes.analysis, createdAt: disputes.createdAt }).from(disputes).where(inArray(disputes.id, chunk)).all());
  const members = inChunks(ids, (chunk) => db.select().from(disputeClaims).where(inArray(disputeClaims.disputeId, chunk)).all());
  const withVerdict = new Set(inChunks(ids, (chunk) => db.select({ itemId: verdicts.itemId }).from(verdicts).where(and(eq(verdicts.itemType, 'dispute'), inArray(verdicts.itemId, chunk))).all().map((v) => v.itemId)));
  const claimsOf = new Map<string, string[]>();
  for (const m of members) {
    const list = claimsOf.get(m.disputeId);
    if (list) list.push(m.claimId);
    else claimsOf.set(m.disputeId, [m.claimId]);
  }
  // Oldest first: reconciliation gives ties to the earlier stored dispute.
  return rows
    .sort((a, b) => a.createdAt - b.createdAt || a.id.localeCompare(b.id))
    .map((r) => ({
      id: r.id,
      claimIds: claimsOf.get(r.id) ?? [],
      relationKinds: ((r.analysis as ComputedDispute).relations ?? []).map((rel) => rel.kind),
      hasVerdict: withVerdict.has(r.id),
    }));
}

/**
 * Adds new claims to the case's disputes and applies the result in place: a dispute keeps its id when claims
 * join it (so assignments, comments and verdicts stay attached), new propositions become new disputes, and a
 * relation change on a dispute with a verdict is flagged as new evidence for a lead — never silently applied to
 * the verdict. Runs inside the import's write transaction; only the disputes the new claims touch are read and
 * written. Returns the disputes created or changed, and the updated index: the caller keeps it (`keepIndex`)
 * once the transaction has committed, and drops it if the transaction fails.
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
  const update = entry.index.add(joining, newDocuments);
  const touchedClaims = [...update.changed, ...update.removed].flatMap((d) => d.claimIds);
  const existing = storedDisputesOf(db, touchedClaims);
  const changed = applyPlan(db, actor, caseId, existing, reconcileDisputes(existing, update.changed));
  // Another process holding this case's index in memory sees the new generation and rebuilds its own.
  db.update(cases).set({ analysisGeneration: entry.generation + 1 }).where(eq(cases.id, caseId)).run();
  return { changed, index: { generation: entry.generation + 1, index: entry.index } };
}

function applyPlan(db: Db, actor: Actor, caseId: string, existing: readonly ExistingDispute[], plan: ReturnType<typeof reconcileDisputes>): ComputedDispute[] {
  const now = Date.now();
  const applied: ComputedDispute[] = [];
  const withVerdict = new Set(existing.filter((e) => e.hasVerdict).map((e) => e.id));

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
    applied.push(kept.computed);
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
    applied.push(created);
  }

  // A stored dispute that no longer matches anything is removed only when nobody has worked on it yet.
  for (const id of plan.retire) {
    const row = db.select({ status: disputes.status }).from(disputes).where(eq(disputes.id, id)).get();
    if (row?.status === 'new' && !withVerdict.has(id)) db.delete(disputes).where(eq(disputes.id, id)).run();
  }
  return applied;
}
