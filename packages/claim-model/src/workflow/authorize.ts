import { isLead } from '../roles';
import type { WorkflowActor, WorkflowCommand, WorkflowItem } from './commands';
import { ok, refuse, type Result } from './result';

/** Commands only a lead (or admin) may issue, whatever the item. */
const LEAD_COMMANDS: ReadonlySet<WorkflowCommand['type']> = new Set(['dismiss', 'approve', 'send_back', 'reopen']);

/** Statuses in which nobody has started work on an item yet, so a reviewer may take it. */
const TAKEABLE: ReadonlySet<WorkflowItem['status']> = new Set(['new', 'triaged']);

/**
 * The newsroom "take it": a reviewer may assign to themselves an item nobody has and nobody has started.
 * Assigning to someone else, or taking over someone's item, stays with the leads.
 */
export function mayTakeItem(actor: WorkflowActor, item: WorkflowItem): boolean {
  return actor.id !== null && item.assigneeId === null && TAKEABLE.has(item.status);
}

/**
 * Who may issue a command on an item of a case they can see (membership is checked before this).
 * Reviewers triage anything, take unassigned new or triaged items for themselves, and review and propose only
 * what is assigned to them; leads also assign anyone, dismiss, approve, send back and reopen. Nobody approves or seconds their own verdict.
 */
export function authorize(actor: WorkflowActor, command: WorkflowCommand, item: WorkflowItem): Result<true> {
  const lead = isLead(actor.role);
  if (LEAD_COMMANDS.has(command.type) && !lead) {
    return refuse('FORBIDDEN', `Only leads can ${command.type.replace('_', ' ')} items.`);
  }
  const isAssignee = actor.id !== null && actor.id === item.assigneeId;
  const isProposer = actor.id !== null && actor.id === (item.proposerId ?? null);
  switch (command.type) {
    case 'assign':
      if (lead) return ok(true);
      if (command.assigneeId !== actor.id) return refuse('FORBIDDEN', 'Only leads can assign items to someone else.');
      if (!mayTakeItem(actor, item)) {
        return refuse('FORBIDDEN', item.assigneeId !== null ? 'This item already has a reviewer: only a lead can hand it to you.' : 'Only leads can assign an item once its review has started.');
      }
      return ok(true);
    case 'start_review':
    case 'propose':
      // The command line (id null) acts as an admin on its own machine.
      if (!isAssignee && actor.id !== null) return refuse('FORBIDDEN', 'Only the reviewer this item is assigned to can do this.');
      return ok(true);
    case 'vote':
      if (isProposer) return refuse('FORBIDDEN', 'You proposed this verdict: a second reviewer must vote on it.');
      if (actor.id !== null && [...(item.agreeingVoterIds ?? []), ...(item.disagreeingVoterIds ?? [])].includes(actor.id)) {
        return refuse('RULE_VIOLATION', 'You have already voted on this verdict.');
      }
      return ok(true);
    case 'approve':
      if (isProposer) return refuse('FORBIDDEN', 'You cannot approve your own verdict: another lead must approve it.');
      return ok(true);
    default:
      return ok(true);
  }
}

/** Comment and evidence rules: any member adds; only the author edits their own comment. */
export function mayEditComment(actor: WorkflowActor, authorId: string | null): boolean {
  return actor.id !== null && actor.id === authorId;
}

/** Case settings, membership and account management. */
export const mayManageCase = (actor: WorkflowActor): boolean => isLead(actor.role);
export const mayManageAccounts = (actor: WorkflowActor): boolean => actor.role === 'admin';
