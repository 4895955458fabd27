import type { AttributionKind, Interval } from '../claim';
import type { RelationKind, Role, VerdictRating, WorkflowStatus } from '../vocabulary';

/**
 * Everything a report is built from, as plain data a database loader can fill.
 * Moments are ISO 8601 timestamps (`2022-01-09T10:00:00.000Z`); dates are `YYYY-MM-DD`.
 */
export interface ReportSnapshot {
  case: { id: string; name: string; description?: string };
  documents: SnapshotDocument[];
  claims: SnapshotClaim[];
  disputes: SnapshotDispute[];
  verdicts: SnapshotVerdict[];
  reviewers: SnapshotReviewer[];
  /** Human labels of lexicon ids ("deaths" → "Deaths"); ids without a label are shown humanised. */
  labels?: {
    metrics?: Record<string, string>;
    subjects?: Record<string, string>;
    places?: Record<string, string>;
  };
}

export interface SnapshotDocument {
  id: string;
  title: string;
  outlet: string;
  url: string | null;
  publishedDate: string | null;
  /** When the document entered the case: a report as of an earlier moment leaves it out. */
  importedAt: string;
}

/** One claim as the report cites it: the sentence, the figure as written and as an interval, and who says it. */
export interface SnapshotClaim {
  id: string;
  documentId: string;
  /** The claim's sentence, quoted exactly as in the document. */
  text: string;
  figureText: string | null;
  interval: Interval | null;
  unit: string | null;
  metric: string | null;
  subject: string | null;
  place: string | null;
  /** The as-of date of the figure (`YYYY-MM-DD`), or null when unknown. */
  asOf: string | null;
  /** Outermost first: outlet → relays → original source (the last link). */
  chain: { name: string; kind: AttributionKind }[];
  hedges: string[];
  /** Check-worthiness in [0, 1]. */
  score: number;
}

export interface SnapshotDispute {
  id: string;
  metric: string;
  unit?: string;
  subject: string | null;
  place: string | null;
  /** The current status; `statusHistory` gives the status at an earlier moment. */
  status: WorkflowStatus;
  /** Status changes in time order (from the activity log); empty when unknown. */
  statusHistory: { status: WorkflowStatus; at: string }[];
  relations: { kind: RelationKind; reason: string }[];
  severity: number;
  claimIds: string[];
  independentSourceCount: number;
  createdAt: string;
}

/** A verdict on a dispute. It counts in a report only once approved at or before the report's as-of moment. */
export interface SnapshotVerdict {
  id: string;
  disputeId: string;
  rating: VerdictRating;
  /** The reconciled value or range; null bounds are open. */
  low: number | null;
  high: number | null;
  /** The date the reconciled value holds for (`YYYY-MM-DD`). */
  asOf: string | null;
  rationale: string;
  proposedBy: string;
  proposedAt: string;
  approvedBy: string | null;
  approvedAt: string | null;
  /** Four-eyes votes: whether each second reviewer agreed with the proposal. */
  votes: { reviewer: string; agrees: boolean; at: string }[];
}

export interface SnapshotReviewer {
  id: string;
  name: string;
  role: Role;
}
