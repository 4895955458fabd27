import type { RelationKind, WorkflowStatus } from '../vocabulary';
import type { SourceClaim, UnverifiedClaim } from './report-schema';

export const RELATION_LABELS: Record<RelationKind, string> = {
  conflict: 'Conflict',
  revision: 'Revision',
  scope: 'Scope difference',
  consistent: 'Consistent',
  single_source: 'Single source',
};

export const STATUS_LABELS: Record<WorkflowStatus, string> = {
  new: 'new',
  triaged: 'triaged',
  assigned: 'assigned',
  in_review: 'in review',
  verdict_proposed: 'verdict proposed',
  resolved: 'resolved',
  dismissed: 'dismissed',
  reopened: 'reopened',
};

export const UNVERIFIED_LABELS: Record<UnverifiedClaim['reasons'][number], string> = {
  single_source: 'single source',
  hedged: 'hedged',
};

/** "news.com.au ← Newsweek ← The Insider ← Interior Ministry": outermost first, arrows pointing to the origin. */
export function chainText(source: SourceClaim): string {
  return source.chain.map((l) => l.name).join(' ← ');
}

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}
