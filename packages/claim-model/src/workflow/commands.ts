import type { WorkflowStatus } from '../vocabulary';

/** Every workflow command a person can issue on a claim or dispute. */
export const WORKFLOW_COMMANDS = ['triage', 'dismiss', 'assign', 'start_review', 'propose', 'vote', 'approve', 'send_back', 'reopen'] as const;
export type WorkflowCommandType = (typeof WORKFLOW_COMMANDS)[number];

export type WorkflowCommand =
  | { type: 'triage' }
  | { type: 'dismiss' }
  | { type: 'assign'; assigneeId: string }
  | { type: 'start_review' }
  | { type: 'propose' }
  | { type: 'vote'; agree: boolean }
  | { type: 'approve' }
  | { type: 'send_back' }
  | { type: 'reopen' };

/**
 * What the workflow needs to know about an item. `proposerId` and the vote tallies describe the current
 * proposed verdict and are only meaningful in `verdict_proposed`.
 */
export interface WorkflowItem {
  status: WorkflowStatus;
  assigneeId: string | null;
  proposerId?: string | null;
  /** Reviewers other than the proposer who agreed / disagreed with the proposed verdict. */
  agreeingVoterIds?: readonly string[];
  disagreeingVoterIds?: readonly string[];
}

/** Per-case settings that change the rules. */
export interface WorkflowSettings {
  /** Two reviewers' agreeing verdicts are needed before a lead may approve. */
  fourEyes: boolean;
}

export interface WorkflowActor {
  id: string | null;
  role: 'admin' | 'lead' | 'reviewer';
}

/** The two kinds of item that move through the workflow. */
export const REVIEW_ITEM_TYPES = ['claim', 'dispute'] as const;
export type ReviewItemType = (typeof REVIEW_ITEM_TYPES)[number];
