import type { WorkflowStatus } from '../vocabulary';
import type {
  ReportSnapshot,
  SnapshotClaim,
  SnapshotDispute,
  SnapshotDocument,
  SnapshotVerdict,
} from './snapshot';

/** A dispute as it stood at the report's moment. */
export interface DisputeAsOf {
  dispute: SnapshotDispute;
  status: WorkflowStatus;
  /** Claims visible at the moment, in snapshot order. */
  claims: SnapshotClaim[];
  /** The latest verdict approved at or before the moment, if any. */
  verdict: SnapshotVerdict | null;
  /** Resolved at the moment: an approved verdict and no reopening since. */
  resolved: boolean;
}

/** The snapshot seen from one moment: later imports, disputes, approvals and status changes do not count. */
export interface SnapshotAsOf {
  at: number;
  documents: Map<string, SnapshotDocument>;
  claims: Map<string, SnapshotClaim>;
  disputes: DisputeAsOf[];
  /** Claim id → the dispute holding it. */
  disputeOfClaim: Map<string, DisputeAsOf>;
}

/** Milliseconds since the epoch of an ISO moment; throws a RangeError a person can act on when it is not one. */
export function parseMoment(value: string, what = 'The as-of moment'): number {
  const ms = Date.parse(value);
  if (!/^\d{4}-\d{2}-\d{2}/.test(value) || Number.isNaN(ms)) {
    throw new RangeError(
      `${what} "${value}" is not an ISO date or timestamp, e.g. 2022-01-09 or 2022-01-09T12:00:00Z.`,
    );
  }
  return ms;
}

const atOrBefore = (moment: string | null, at: number) =>
  moment !== null && parseMoment(moment, 'A snapshot moment') <= at;

export function snapshotAsOf(snapshot: ReportSnapshot, at: number): SnapshotAsOf {
  const documents = new Map(
    snapshot.documents.filter((d) => atOrBefore(d.importedAt, at)).map((d) => [d.id, d]),
  );
  const claims = new Map(snapshot.claims.filter((c) => documents.has(c.documentId)).map((c) => [c.id, c]));
  const verdictsByDispute = new Map<string, SnapshotVerdict>();
  for (const v of snapshot.verdicts) {
    if (v.approvedBy === null || !atOrBefore(v.approvedAt, at)) continue;
    const current = verdictsByDispute.get(v.disputeId);
    if (!current || later(v, current)) verdictsByDispute.set(v.disputeId, v);
  }
  const disputes: DisputeAsOf[] = [];
  const disputeOfClaim = new Map<string, DisputeAsOf>();
  for (const dispute of snapshot.disputes) {
    if (!atOrBefore(dispute.createdAt, at)) continue;
    const visible = dispute.claimIds.flatMap((id) => claims.get(id) ?? []);
    if (visible.length === 0) continue;
    const status = statusAt(dispute, at);
    const verdict = verdictsByDispute.get(dispute.id) ?? null;
    const entry: DisputeAsOf = {
      dispute,
      status,
      claims: visible,
      verdict,
      resolved: verdict !== null && status === 'resolved',
    };
    disputes.push(entry);
    for (const c of visible) disputeOfClaim.set(c.id, entry);
  }
  return { at, documents, claims, disputes, disputeOfClaim };
}

function later(a: SnapshotVerdict, b: SnapshotVerdict): boolean {
  const ta = parseMoment(a.approvedAt ?? '', 'An approval moment');
  const tb = parseMoment(b.approvedAt ?? '', 'An approval moment');
  return ta > tb || (ta === tb && a.id > b.id);
}

// Without a history the current status is all we know; with one, the last change at or before the moment wins.
function statusAt(dispute: SnapshotDispute, at: number): WorkflowStatus {
  if (dispute.statusHistory.length === 0) return dispute.status;
  let status: WorkflowStatus = 'new';
  for (const change of dispute.statusHistory) {
    if (atOrBefore(change.at, at)) status = change.status;
  }
  return status;
}
