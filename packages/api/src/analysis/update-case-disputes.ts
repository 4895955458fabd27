import { randomUUID } from 'node:crypto';
import {
  addDisputeMembers,
  cases,
  disputes,
  disputesWithVerdict,
  documents,
  eq,
  inArray,
  insertDisputeRow,
  markDocumentsGrouped,
  pendingDocumentIds,
  removeDisputeMembers,
  updateDisputeRow,
  type DisputeAnalysisRow,
  type Db,
} from '@claimdesk/db';
import type { RelationKind } from '@claimdesk/claim-model';
import { reconcileDisputes, type ComputedDispute, type DisputeIndexUpdate, type DisputeReconciliation } from '@claimdesk/claim-model/disputes';
import type { Lexicon } from '@claimdesk/claim-model/lexicon';
import type { Actor } from '../actor';
import { recordActivity } from '../activity';
import { readGeneration, readIndexInput, takeIndex, type CachedIndex } from './case-dispute-index';
import type { StoredDispute } from './stored-disputes';

/** The strongest relation first: what a list shows and filters on. */
const RELATION_PRIORITY: readonly RelationKind[] = ['conflict', 'revision', 'scope', 'single_source', 'consistent'];

function primaryRelation(d: ComputedDispute): RelationKind {
  const kinds = new Set(d.relations.map((r) => r.kind));
  return RELATION_PRIORITY.find((k) => kinds.has(k)) ?? 'consistent';
}

function disputeRow(d: ComputedDispute): DisputeAnalysisRow {
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
    analysisJson: JSON.stringify(d),
  };
}

/**
 * What adding claims to a case's dispute index will write, worked out before the write lock: the stored disputes
 * the change touches (from the membership cache), their reconciliation with the recomputed ones (a dispute keeps
 * its id when claims join it, so assignments, comments and verdicts stay attached), and every row serialised.
 * Valid while the case's analysis generation is the one the index was built at.
 */
export interface DisputeWrites {
  existing: StoredDispute[];
  plan: DisputeReconciliation;
  rows: Map<ComputedDispute, DisputeAnalysisRow>;
}

export function planDisputeWrites(db: Db, entry: CachedIndex, update: DisputeIndexUpdate): DisputeWrites {
  const touched = [...update.changed, ...update.removed].flatMap((d) => d.claimIds);
  const existing = entry.stored.holding(db, touched);
  // Whether a stored dispute has a verdict is read again under the lock (reviewers add verdicts at any time).
  const plan = reconcileDisputes(existing.map((e) => ({ ...e, hasVerdict: false })), update.changed);
  const rows = new Map<ComputedDispute, DisputeAnalysisRow>();
  for (const kept of plan.keep) if (changedMembersOrRelations(existing, kept)) rows.set(kept.computed, disputeRow(kept.computed));
  for (const created of plan.create) rows.set(created, disputeRow(created));
  return { existing, plan, rows };
}

function changedMembersOrRelations(existing: readonly StoredDispute[], kept: DisputeReconciliation['keep'][number]): boolean {
  if (kept.relationChanged) return true;
  const before = existing.find((e) => e.id === kept.id);
  const previous = new Set(before?.claimIds ?? []);
  return previous.size !== kept.computed.claimIds.length || !kept.computed.claimIds.every((id) => previous.has(id));
}

/**
 * Splits planned writes into parts of at most about `budgetBytes` of serialised analysis and membership changes,
 * each written in its own short transaction: the analysis of a dispute quoted by thousands of articles is a few
 * hundred kilobytes, and writing all of a case's giant disputes at once held the lock for 100–200 ms. Retirements go
 * in the last part. There is always at least one part (it marks the documents grouped).
 */
export function splitDisputeWrites(writes: DisputeWrites, budgetBytes: number): DisputeWrites[] {
  const weight = (d: ComputedDispute) => (writes.rows.get(d)?.analysisJson.length ?? 0) + 40 * d.claimIds.length;
  const parts: DisputeWrites[] = [];
  let current: DisputeWrites | null = null;
  let used = 0;
  const take = (d: ComputedDispute): DisputeWrites => {
    const w = weight(d);
    if (!current || (used > 0 && used + w > budgetBytes)) {
      current = { existing: writes.existing, rows: writes.rows, plan: { keep: [], create: [], retire: [] } };
      parts.push(current);
      used = 0;
    }
    used += w;
    return current;
  };
  for (const kept of writes.plan.keep) if (writes.rows.has(kept.computed)) take(kept.computed).plan.keep.push(kept);
  for (const created of writes.plan.create) take(created).plan.create.push(created);
  const last = parts.at(-1) ?? { existing: writes.existing, rows: writes.rows, plan: { keep: [], create: [], retire: [] } };
  if (parts.length === 0) parts.push(last);
  last.plan.retire.push(...writes.plan.retire);
  return parts;
}

/** What a grouping transaction changed, for the membership cache once the transaction has committed. */
export interface GroupingOutcome {
  changed: ComputedDispute[];
  entry: CachedIndex;
  stored: StoredDispute[];
  removed: string[];
  /** The prepared writes were stale: every pending document was grouped under the lock instead. */
  fellBack?: boolean;
}

/** Records a committed grouping in its index's membership cache (kept out of the lock: it walks every member). */
export function rememberOutcome(outcome: GroupingOutcome): CachedIndex {
  for (const dispute of outcome.stored) outcome.entry.stored.remember(dispute);
  for (const id of outcome.removed) outcome.entry.stored.forget(id);
  return outcome.entry;
}

/**
 * Writes planned dispute changes inside the import's write transaction and records them in the activity log;
 * returns the disputes created or changed, and what the membership cache must learn once the transaction commits. A relation change on a dispute with a verdict is
 * flagged as new evidence for a lead — never silently applied to the verdict. Only membership rows that differ are
 * written: a dispute quoted by thousands of articles gains a few per import.
 */
export function applyDisputeWrites(db: Db, actor: Actor, caseId: string, writes: DisputeWrites): Omit<GroupingOutcome, 'entry'> {
  const now = Date.now();
  const applied: ComputedDispute[] = [];
  const stored: StoredDispute[] = [];
  const removed: string[] = [];
  const withVerdict = disputesWithVerdict(db, writes.existing.map((e) => e.id));

  for (const kept of writes.plan.keep) {
    const row = writes.rows.get(kept.computed);
    if (!row) continue;
    const before = writes.existing.find((e) => e.id === kept.id);
    const newEvidence = kept.relationChanged && withVerdict.has(kept.id);
    updateDisputeRow(db, { ...row, id: kept.id, now, newEvidence });
    const previous = new Set(before?.claimIds ?? []);
    const next = new Set(kept.computed.claimIds);
    removeDisputeMembers(db, kept.id, [...previous].filter((id) => !next.has(id)));
    addDisputeMembers(db, kept.id, kept.computed.claimIds.filter((id) => !previous.has(id)));
    stored.push({ id: kept.id, createdAt: before?.createdAt ?? now, claimIds: kept.computed.claimIds, relationKinds: kept.computed.relations.map((r) => r.kind) });
    recordActivity(db, actor, {
      caseId,
      action: newEvidence ? 'dispute.new_evidence' : 'dispute.updated',
      entityType: 'dispute',
      entityId: kept.id,
      before: { claimCount: before?.claimIds.length, relations: before?.relationKinds },
      after: { claimCount: kept.computed.claimIds.length, relations: kept.computed.relations.map((r) => r.kind) },
    }, now);
    applied.push(kept.computed);
  }

  for (const created of writes.plan.create) {
    const row = writes.rows.get(created) ?? disputeRow(created);
    const id = randomUUID();
    insertDisputeRow(db, { ...row, id, caseId, now });
    addDisputeMembers(db, id, created.claimIds);
    stored.push({ id, createdAt: now, claimIds: created.claimIds, relationKinds: created.relations.map((r) => r.kind) });
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
  for (const id of writes.plan.retire) {
    const row = db.select({ status: disputes.status }).from(disputes).where(eq(disputes.id, id)).get();
    if (row?.status === 'new' && !withVerdict.has(id)) {
      db.delete(disputes).where(eq(disputes.id, id)).run();
      removed.push(id);
    }
  }
  return { changed: applied, stored, removed };
}

/** Records that the case's claims changed: another process holding its index in memory rebuilds its own. */
export function bumpGeneration(db: Db, caseId: string, from: number): number {
  db.update(cases).set({ analysisGeneration: from + 1 }).where(eq(cases.id, caseId)).run();
  return from + 1;
}

/**
 * Groups every pending document of the case into its disputes, inside the write transaction, index included:
 * the path taken when what was prepared outside the lock is stale (another process imported meanwhile) or when
 * documents of an import that was cut off are still pending. Returns the changed disputes and the updated index,
 * for the caller to keep (`keepIndex`) once the transaction has committed.
 */
export function groupPendingDocuments(db: Db, actor: Actor, caseId: string, lexicon: Lexicon): GroupingOutcome {
  const entry = takeIndex(db, caseId, lexicon);
  const pending = pendingDocumentIds(db, caseId);
  if (pending.length === 0) return { changed: [], entry, stored: [], removed: [] };
  const pendingInput = readIndexInput(db, inArray(documents.id, pending), inArray(documents.id, pending));
  const writes = planDisputeWrites(db, entry, entry.index.add(pendingInput.claims, pendingInput.documents));
  const outcome = applyDisputeWrites(db, actor, caseId, writes);
  markDocumentsGrouped(db, pending);
  return { ...outcome, entry: { ...entry, generation: bumpGeneration(db, caseId, entry.generation) } };
}

/**
 * Inside a write transaction: applies one part of the dispute writes prepared outside the lock if they are still
 * current (the generation is the one expected, and the pending documents are exactly the group's); otherwise groups
 * every pending document under the lock. The first part bumps the generation (other processes' indexes are stale
 * from then on), the last marks the group's documents grouped; if the import is cut off in between, the documents
 * stay pending and the next grouping, seeing them, regroups from what is stored.
 */
export function applyPreparedGrouping(
  db: Db,
  actor: Actor,
  caseId: string,
  lexicon: Lexicon,
  prepared: { entry: CachedIndex; writes: DisputeWrites; documentIds: readonly string[]; generation: number; first: boolean; last: boolean },
): GroupingOutcome {
  const pending = pendingDocumentIds(db, caseId);
  const ours = new Set(prepared.documentIds);
  const current = readGeneration(db, caseId) === prepared.generation && pending.length === ours.size && pending.every((id) => ours.has(id));
  if (!current) return { ...groupPendingDocuments(db, actor, caseId, lexicon), fellBack: true };
  const outcome = applyDisputeWrites(db, actor, caseId, prepared.writes);
  const generation = prepared.first ? bumpGeneration(db, caseId, prepared.generation) : prepared.generation;
  if (prepared.last) markDocumentsGrouped(db, pending);
  return { ...outcome, entry: { ...prepared.entry, generation } };
}
