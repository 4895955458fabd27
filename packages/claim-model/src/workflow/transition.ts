import type { WorkflowStatus } from '../vocabulary';
import type { WorkflowCommand, WorkflowItem, WorkflowSettings } from './commands';
import { ok, refuse, type Result } from './result';

/** The state an item is in after a command: its status and assignee. */
export interface TransitionOutcome {
  status: WorkflowStatus;
  assigneeId: string | null;
}

const LABEL: Record<WorkflowStatus, string> = {
  new: 'new',
  triaged: 'triaged',
  assigned: 'assigned',
  in_review: 'in review',
  verdict_proposed: 'waiting for approval',
  resolved: 'resolved',
  dismissed: 'dismissed',
  reopened: 'reopened',
};

/** The statuses each command may start from (DESIGN.md, Workflow). */
export const ALLOWED_FROM: Record<WorkflowCommand['type'], readonly WorkflowStatus[]> = {
  triage: ['new'],
  dismiss: ['new', 'triaged'],
  // Reassigning keeps the work where it is; a proposed verdict must be decided before the item changes hands.
  assign: ['new', 'triaged', 'assigned', 'in_review', 'reopened'],
  start_review: ['assigned', 'reopened'],
  propose: ['assigned', 'in_review', 'reopened'],
  vote: ['verdict_proposed'],
  approve: ['verdict_proposed'],
  send_back: ['verdict_proposed'],
  reopen: ['resolved', 'dismissed'],
};

const VERB: Record<WorkflowCommand['type'], string> = {
  triage: 'triaged',
  dismiss: 'dismissed',
  assign: 'assigned',
  start_review: 'put in review',
  propose: 'given a proposed verdict',
  vote: 'voted on',
  approve: 'approved',
  send_back: 'sent back',
  reopen: 'reopened',
};

/**
 * The workflow state machine: where a command takes an item, or why it cannot. Pure: who may issue the command
 * is `authorize`'s question; this answers whether the item's state allows it.
 */
export function transition(item: WorkflowItem, command: WorkflowCommand, settings: WorkflowSettings = { fourEyes: false }): Result<TransitionOutcome> {
  if (!ALLOWED_FROM[command.type].includes(item.status)) {
    return refuse('INVALID_TRANSITION', `This item is ${LABEL[item.status]}, so it cannot be ${VERB[command.type]}.`);
  }
  switch (command.type) {
    case 'triage':
      return ok({ status: 'triaged', assigneeId: item.assigneeId });
    case 'dismiss':
      return ok({ status: 'dismissed', assigneeId: null });
    case 'assign':
      if (command.assigneeId === item.assigneeId) return refuse('RULE_VIOLATION', 'This item is already assigned to that person.');
      return ok({ status: item.status === 'in_review' || item.status === 'reopened' ? item.status : 'assigned', assigneeId: command.assigneeId });
    case 'start_review':
      return ok({ status: 'in_review', assigneeId: item.assigneeId });
    case 'propose':
      if (item.assigneeId === null) return refuse('RULE_VIOLATION', 'Assign this item to a reviewer before proposing a verdict.');
      return ok({ status: 'verdict_proposed', assigneeId: item.assigneeId });
    case 'vote':
      if (!settings.fourEyes) return refuse('RULE_VIOLATION', 'This case does not use the four-eyes rule, so verdicts take no second vote.');
      return ok({ status: 'verdict_proposed', assigneeId: item.assigneeId });
    case 'approve': {
      if (settings.fourEyes) {
        if ((item.disagreeingVoterIds ?? []).length > 0) {
          return refuse('RULE_VIOLATION', 'A second reviewer disagrees with this verdict: send it back instead of approving it.');
        }
        if ((item.agreeingVoterIds ?? []).length === 0) {
          return refuse('RULE_VIOLATION', 'This case needs a second reviewer to agree with the verdict before it can be approved.');
        }
      }
      return ok({ status: 'resolved', assigneeId: item.assigneeId });
    }
    case 'send_back':
      return ok({ status: 'in_review', assigneeId: item.assigneeId });
    case 'reopen':
      return ok({ status: 'reopened', assigneeId: item.assigneeId });
  }
}
