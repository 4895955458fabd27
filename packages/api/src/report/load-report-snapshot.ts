import type { ExtractedClaim } from '@claimdesk/claim-model';
import type {
  ReportSnapshot,
  SnapshotClaim,
  SnapshotDispute,
  SnapshotVerdict,
} from '@claimdesk/claim-model/report';
import { isOneOf, WORKFLOW_STATUSES, type WorkflowStatus } from '@claimdesk/claim-model';
import type { ComputedDispute } from '@claimdesk/claim-model/disputes';
import {
  activity,
  and,
  asc,
  caseMembers,
  claims,
  disputeClaims,
  disputes,
  documents,
  eq,
  inArray,
  isNotNull,
  users,
  verdicts,
  verdictVotes,
  type Db,
} from '@claimdesk/db';
import { caseLexicon } from '../analysis/case-lexicon';

const iso = (ms: number) => new Date(ms).toISOString();

/** Reads everything a report of the case needs, in one read transaction, as plain data for `buildReport`. */
export function loadReportSnapshot(
  db: Db,
  theCase: { id: string; name: string; description?: string },
): ReportSnapshot {
  // One deferred transaction: every table is read from the same database snapshot.
  return db.$client.transaction(() => read(db, theCase)).deferred();
}

function read(tx: Db, theCase: { id: string; name: string; description?: string }): ReportSnapshot {
  const caseId = theCase.id;
  const names = new Map(
    tx
      .select({ id: users.id, name: users.name })
      .from(users)
      .all()
      .map((u) => [u.id, u.name]),
  );
  const nameOf = (id: string | null) =>
    id === null ? 'claimdesk command line' : (names.get(id) ?? 'former user');

  const docRows = tx
    .select({
      id: documents.id,
      title: documents.title,
      outlet: documents.outlet,
      url: documents.url,
      publishedDate: documents.publishedDate,
      importedAt: documents.importedAt,
    })
    .from(documents)
    .where(eq(documents.caseId, caseId))
    .orderBy(asc(documents.id))
    .all();

  const claimRows = tx
    .select({
      id: claims.id,
      documentId: claims.documentId,
      text: claims.text,
      metric: claims.metric,
      subject: claims.subject,
      place: claims.place,
      asOf: claims.asOf,
      unit: claims.unit,
      score: claims.score,
      payload: claims.payload,
    })
    .from(claims)
    .where(eq(claims.caseId, caseId))
    .orderBy(asc(claims.id))
    .all();

  const members = new Map<string, string[]>();
  const memberRows = tx
    .select({ disputeId: disputeClaims.disputeId, claimId: disputeClaims.claimId })
    .from(disputeClaims)
    .innerJoin(disputes, eq(disputes.id, disputeClaims.disputeId))
    .where(eq(disputes.caseId, caseId))
    .orderBy(asc(disputeClaims.disputeId), asc(disputeClaims.claimId))
    .all();
  for (const m of memberRows) members.set(m.disputeId, [...(members.get(m.disputeId) ?? []), m.claimId]);

  const history = new Map<string, SnapshotDispute['statusHistory']>();
  const activityRows = tx
    .select({ entityId: activity.entityId, after: activity.after, at: activity.at })
    .from(activity)
    .where(and(eq(activity.caseId, caseId), eq(activity.entityType, 'dispute')))
    .orderBy(asc(activity.id))
    .all();
  for (const row of activityRows) {
    const status = statusOf(row.after);
    if (status === null) continue;
    const list = history.get(row.entityId) ?? [];
    list.push({ status, at: iso(row.at) });
    history.set(row.entityId, list);
  }

  const disputeRows = tx
    .select()
    .from(disputes)
    .where(eq(disputes.caseId, caseId))
    .orderBy(asc(disputes.id))
    .all();
  const verdictRows = tx
    .select()
    .from(verdicts)
    .where(
      and(
        eq(verdicts.caseId, caseId),
        eq(verdicts.itemType, 'dispute'),
        isNotNull(verdicts.approverId),
        isNotNull(verdicts.decidedAt),
        inArray(verdicts.state, ['approved', 'superseded']),
      ),
    )
    .orderBy(asc(verdicts.id))
    .all();
  // Joined on the case rather than listed by id: a large case has more verdicts than SQLite takes parameters.
  const votesByVerdict = new Map<string, SnapshotVerdict['votes']>();
  const voteRows = tx
    .select({
      verdictId: verdictVotes.verdictId,
      voterId: verdictVotes.voterId,
      agree: verdictVotes.agree,
      at: verdictVotes.at,
    })
    .from(verdictVotes)
    .innerJoin(verdicts, eq(verdicts.id, verdictVotes.verdictId))
    .where(and(eq(verdicts.caseId, caseId), eq(verdicts.itemType, 'dispute')))
    .orderBy(asc(verdictVotes.at), asc(verdictVotes.voterId))
    .all();
  for (const vote of voteRows) {
    const list = votesByVerdict.get(vote.verdictId) ?? [];
    list.push({ reviewer: nameOf(vote.voterId), agrees: vote.agree, at: iso(vote.at) });
    votesByVerdict.set(vote.verdictId, list);
  }

  const reviewerIds = new Set(
    tx
      .select({ userId: caseMembers.userId })
      .from(caseMembers)
      .where(eq(caseMembers.caseId, caseId))
      .all()
      .map((m) => m.userId),
  );
  for (const v of verdictRows)
    for (const id of [v.proposerId, v.approverId]) if (id !== null) reviewerIds.add(id);
  const reviewerRows =
    reviewerIds.size === 0
      ? []
      : tx
          .select({ id: users.id, name: users.name, role: users.role })
          .from(users)
          .where(inArray(users.id, [...reviewerIds]))
          .all();

  const lexicon = caseLexicon(tx, caseId);
  return {
    case: { id: caseId, name: theCase.name, description: theCase.description },
    labels: {
      metrics: Object.fromEntries(lexicon.metrics.map((m) => [m.id, m.label])),
      subjects: Object.fromEntries(lexicon.subjects.map((s) => [s.id, s.label])),
      places: Object.fromEntries(lexicon.places.map((p) => [p.id, p.name])),
    },
    documents: docRows.map((d) => ({ ...d, importedAt: iso(d.importedAt) })),
    claims: claimRows.map(toSnapshotClaim),
    disputes: disputeRows.map((d): SnapshotDispute => {
      const analysis = d.analysis as Partial<ComputedDispute>;
      return {
        id: d.id,
        metric: d.metric,
        unit: analysis.unit,
        subject: d.subject,
        place: d.place,
        status: d.status,
        statusHistory: history.get(d.id) ?? [],
        relations: analysis.relations ?? [{ kind: d.primaryRelation, reason: '' }],
        severity: d.severity,
        claimIds: members.get(d.id) ?? [],
        independentSourceCount: d.independentSourceCount,
        createdAt: iso(d.createdAt),
      };
    }),
    verdicts: verdictRows.map((v): SnapshotVerdict => ({
      id: v.id,
      disputeId: v.itemId,
      rating: v.rating,
      low: v.low,
      high: v.high,
      asOf: v.asOf,
      rationale: v.rationale,
      proposedBy: nameOf(v.proposerId),
      proposedAt: iso(v.proposedAt),
      approvedBy: nameOf(v.approverId),
      approvedAt: v.decidedAt === null ? null : iso(v.decidedAt),
      votes: votesByVerdict.get(v.id) ?? [],
    })),
    reviewers: reviewerRows.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
  };
}

function statusOf(after: unknown): WorkflowStatus | null {
  if (typeof after !== 'object' || after === null || !('status' in after)) return null;
  return isOneOf(WORKFLOW_STATUSES, after.status) ? after.status : null;
}

type ClaimRow = {
  id: string;
  documentId: string;
  text: string;
  metric: string | null;
  subject: string | null;
  place: string | null;
  asOf: string | null;
  unit: string | null;
  score: number;
  payload: unknown;
};

// The payload is the engine's ExtractedClaim as stored at import; the columns are its indexed copy.
function toSnapshotClaim(row: ClaimRow): SnapshotClaim {
  const payload = (
    typeof row.payload === 'object' && row.payload !== null ? row.payload : {}
  ) as Partial<ExtractedClaim>;
  return {
    id: row.id,
    documentId: row.documentId,
    text: row.text,
    figureText: payload.figure?.text ?? null,
    interval: payload.figure?.interval ?? null,
    unit: payload.figure?.unit ?? row.unit,
    metric: row.metric,
    subject: row.subject,
    place: row.place,
    asOf: row.asOf,
    chain: (payload.attribution?.chain ?? []).map((l) => ({ name: l.name, kind: l.kind })),
    hedges: (payload.hedges ?? []).map((h) => h.cue),
    score: row.score,
  };
}
