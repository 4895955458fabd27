import { assignments, and, claims, desc, disputes, eq, isNull, sql, verdicts, verdictVotes, preparedFor, type Db } from '@claimdesk/db';
import type { ReviewItemType, WorkflowItem } from '@claimdesk/claim-model/workflow';
import type { WorkflowStatus } from '@claimdesk/claim-model';
import type { Actor } from '../actor';
import { requireCaseAccess } from '../case-access';
import { DomainError, notFound } from '../errors';

/** The workflow columns shared by claims and disputes: what a client needs to act again after a conflict. */
export interface ReviewItemState {
  itemType: ReviewItemType;
  id: string;
  caseId: string;
  status: WorkflowStatus;
  assigneeId: string | null;
  priority: number;
  version: number;
  updatedAt: number;
}

const LABEL: Record<ReviewItemType, string> = { claim: 'The claim', dispute: 'The dispute' };

export function tableOf(itemType: ReviewItemType) {
  return itemType === 'claim' ? claims : disputes;
}

function prepareState(db: Db, itemType: ReviewItemType) {
  const t = tableOf(itemType);
  return db
    .select({ id: t.id, caseId: t.caseId, status: t.status, assigneeId: t.assigneeId, priority: t.priority, version: t.version, updatedAt: t.updatedAt })
    .from(t)
    .where(eq(t.id, sql.placeholder('id')))
    .prepare();
}

function selectState(db: Db, itemType: ReviewItemType, id: string): ReviewItemState | undefined {
  // Reads by id are the hottest path of every workflow call: prepared once per connection (PERFORMANCE.md).
  const row = preparedFor(db, `review-item:${itemType}`, () => prepareState(db, itemType)).get({ id });
  return row ? { itemType, ...row } : undefined;
}

/** Loads an item the actor may see, with its case. An item in a case the actor cannot see is "not found". */
export function loadReviewItem(db: Db, actor: Actor, itemType: ReviewItemType, id: string) {
  const item = selectState(db, itemType, id);
  if (!item) throw notFound(LABEL[itemType]);
  try {
    const theCase = requireCaseAccess(db, actor, item.caseId);
    return { item, theCase };
  } catch {
    throw notFound(LABEL[itemType]);
  }
}

/** Optimistic concurrency: the caller must have seen the current version, or nothing is written. */
export function requireVersion(item: ReviewItemState, expectedVersion: number | undefined): void {
  if (expectedVersion !== undefined && item.version !== expectedVersion) {
    throw new DomainError(
      'STALE_VERSION',
      `Someone changed this ${item.itemType} while you were looking at it (you saw version ${expectedVersion}, it is now ${item.version}). Review the current state and try again.`,
      item,
    );
  }
}

/** The proposed verdict of an item, if any, with its votes: the part of the workflow state not on the item row. */
export function currentProposal(db: Db, itemType: ReviewItemType, itemId: string) {
  const verdict = db
    .select()
    .from(verdicts)
    .where(and(eq(verdicts.itemType, itemType), eq(verdicts.itemId, itemId), eq(verdicts.state, 'proposed')))
    .orderBy(desc(verdicts.proposedAt))
    .get();
  if (!verdict) return undefined;
  const votes = db.select().from(verdictVotes).where(eq(verdictVotes.verdictId, verdict.id)).all();
  return { verdict, votes };
}

export function workflowItemOf(item: ReviewItemState, proposal: ReturnType<typeof currentProposal>): WorkflowItem {
  return {
    status: item.status,
    assigneeId: item.assigneeId,
    proposerId: proposal?.verdict.proposerId ?? null,
    agreeingVoterIds: proposal?.votes.filter((v) => v.agree).map((v) => v.voterId) ?? [],
    disagreeingVoterIds: proposal?.votes.filter((v) => !v.agree).map((v) => v.voterId) ?? [],
  };
}

/** When the open assignment of an item started (for time to verdict). */
export function openAssignmentStart(db: Db, itemType: ReviewItemType, itemId: string): number | undefined {
  return db
    .select({ at: assignments.assignedAt })
    .from(assignments)
    .where(and(eq(assignments.itemType, itemType), eq(assignments.itemId, itemId), isNull(assignments.endedAt)))
    .get()?.at;
}

export function reloadState(db: Db, itemType: ReviewItemType, id: string): ReviewItemState {
  const item = selectState(db, itemType, id);
  if (!item) throw notFound(LABEL[itemType]);
  return item;
}
