/** The closed vocabularies of the domain. Each is an `as const` tuple; the union types derive from them. */

export const ROLES = ['admin', 'lead', 'reviewer'] as const;
export type Role = (typeof ROLES)[number];

export const CLAIM_KINDS = ['quantity', 'event', 'statement'] as const;
export type ClaimKind = (typeof CLAIM_KINDS)[number];

/** Workflow states shared by claims and disputes (DESIGN.md, Workflow). */
export const WORKFLOW_STATUSES = [
  'new',
  'triaged',
  'assigned',
  'in_review',
  'verdict_proposed',
  'resolved',
  'dismissed',
  'reopened',
] as const;
export type WorkflowStatus = (typeof WORKFLOW_STATUSES)[number];

/** What a figure's value is: a count of things, a share of a whole, a multiple of another value, money, a measure. */
export const FIGURE_VALUE_KINDS = ['count', 'proportion', 'ratio', 'money', 'measure'] as const;
export type FigureValueKind = (typeof FIGURE_VALUE_KINDS)[number];

export const RELATION_KINDS = ['conflict', 'revision', 'scope', 'consistent', 'single_source'] as const;
export type RelationKind = (typeof RELATION_KINDS)[number];

export const VERDICT_RATINGS = ['confirmed', 'conflicting', 'false', 'misleading', 'unverifiable'] as const;
export type VerdictRating = (typeof VERDICT_RATINGS)[number];

export const EVIDENCE_STANCES = ['supports', 'refutes', 'context'] as const;
export type EvidenceStance = (typeof EVIDENCE_STANCES)[number];

export function isOneOf<T extends string>(values: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (values as readonly string[]).includes(value);
}
