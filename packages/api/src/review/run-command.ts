import { assignments, and, claims, disputes, eq, isNull, sql, type Db } from '@claimdesk/db';
import { decide, type ReviewItemType, type WorkflowCommand, type WorkflowRefusal } from '@claimdesk/claim-model/workflow';
import type { Actor } from '../actor';
import { recordActivity } from '../activity';
import { DomainError } from '../errors';
import { currentProposal, loadReviewItem, reloadState, requireVersion, workflowItemOf, type ReviewItemState } from './review-item';

export interface CommandTarget {
  itemType: ReviewItemType;
  itemId: string;
  /** The item version the caller saw; verdict commands check the verdict's version instead and omit it. */
  expectedVersion?: number;
}

export function refusalError(refusal: WorkflowRefusal): DomainError {
  return new DomainError(refusal.code, refusal.message);
}

export interface CommandOutcome {
  before: ReviewItemState;
  after: ReviewItemState;
  proposal: ReturnType<typeof currentProposal>;
  caseSettings: { id: string; fourEyes: boolean };
}

/**
 * Applies one workflow command inside the caller's transaction: load with access check, version check,
 * permission and state machine (claim-model), save with a version bump, one activity entry. `beforeSave`
 * lets verdict commands write their own rows after the decision and before the activity entry.
 */
export function runWorkflowCommand(
  tx: Db,
  actor: Actor,
  target: CommandTarget,
  command: WorkflowCommand,
  options: { action: string; detail?: Record<string, unknown>; beforeSave?: (outcome: Omit<CommandOutcome, 'after'>) => void },
): CommandOutcome {
  const { item, theCase } = loadReviewItem(tx, actor, target.itemType, target.itemId);
  requireVersion(item, target.expectedVersion);
  const proposal = currentProposal(tx, target.itemType, target.itemId);
  const decision = decide(actor, workflowItemOf(item, proposal), command, { fourEyes: theCase.fourEyes });
  if (!decision.ok) throw refusalError(decision.error);

  const now = Date.now();
  const caseSettings = { id: theCase.id, fourEyes: theCase.fourEyes };
  options.beforeSave?.({ before: item, proposal, caseSettings });
  const changes = { status: decision.value.status, assigneeId: decision.value.assigneeId, updatedAt: now };
  if (target.itemType === 'dispute') {
    tx.update(disputes).set({ ...changes, lastActivityAt: now, version: sql`${disputes.version} + 1` }).where(eq(disputes.id, item.id)).run();
  } else {
    tx.update(claims).set({ ...changes, version: sql`${claims.version} + 1` }).where(eq(claims.id, item.id)).run();
  }

  if (decision.value.assigneeId !== item.assigneeId) {
    tx.update(assignments)
      .set({ endedAt: now })
      .where(and(eq(assignments.itemType, target.itemType), eq(assignments.itemId, item.id), isNull(assignments.endedAt)))
      .run();
    if (decision.value.assigneeId !== null) {
      tx.insert(assignments)
        .values({ caseId: item.caseId, itemType: target.itemType, itemId: item.id, assigneeId: decision.value.assigneeId, assignedBy: actor.id, assignedAt: now })
        .run();
    }
  }
  const after = reloadState(tx, target.itemType, item.id);
  recordActivity(
    tx,
    actor,
    {
      caseId: item.caseId,
      action: options.action,
      entityType: target.itemType,
      entityId: item.id,
      before: { status: item.status, assigneeId: item.assigneeId, version: item.version },
      after: { status: after.status, assigneeId: after.assigneeId, version: after.version, ...options.detail },
    },
    now,
  );
  return { before: item, after, proposal, caseSettings };
}
