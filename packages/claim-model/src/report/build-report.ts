import { RELATION_KINDS, VERDICT_RATINGS, WORKFLOW_STATUSES } from '../vocabulary';
import { parseMoment, snapshotAsOf, type DisputeAsOf, type SnapshotAsOf } from './as-of-view';
import { competingValues } from './competing-values';
import { compareText, formatInterval } from './format';
import { labellerFor, type Labeller } from './labels';
import {
  METHODOLOGY_INTERVALS,
  METHODOLOGY_PARAGRAPHS,
  RATING_LABELS,
  RELATION_MEANINGS,
} from './methodology';
import { REPORT_SCHEMA_VERSION, type KeyFigure, type OpenDispute, type Report } from './report-schema';
import type { ReportSnapshot } from './snapshot';
import { compareSourceClaims, toSourceClaim } from './source-claims';
import { buildTimeline, type TimelineInput } from './timeline';
import { unverifiedClaims } from './unverified';

export interface ReportOptions {
  /** ISO date or timestamp: nothing that happened after it counts. */
  asOf: string;
  includeOpen: boolean;
  /** Only these metric ids; absent or empty means every metric. */
  metrics?: readonly string[];
}

/** The verified summary report of a case as of a moment. Pure: the same snapshot and options give the same report. */
export function buildReport(snapshot: ReportSnapshot, options: ReportOptions): Report {
  const at = parseMoment(options.asOf);
  const view = snapshotAsOf(snapshot, at);
  const labels = labellerFor(snapshot);
  const metrics = options.metrics && options.metrics.length > 0 ? new Set(options.metrics) : null;
  const selected = view.disputes.filter((d) => metrics === null || metrics.has(d.dispute.metric));
  const bySeverity = (a: DisputeAsOf, b: DisputeAsOf) =>
    b.dispute.severity - a.dispute.severity || compareText(a.dispute.id, b.dispute.id);

  const resolved = selected.filter((d) => d.resolved).sort(bySeverity);
  const open = options.includeOpen
    ? selected.filter((d) => !d.resolved && d.status !== 'dismissed').sort(bySeverity)
    : [];
  const keyFigures = resolved.map((d) => keyFigureOf(d, view, labels));
  const stillDisputed = open.map((d) => openDisputeOf(d, view, labels));
  const unverified = unverifiedClaims(view, labels, { includeOpen: options.includeOpen, metrics });

  const timelineInputs: TimelineInput[] = [
    ...resolved.map((entry, i) => ({ entry, sources: keyFigures[i]?.sources ?? [] })),
    ...open.map((entry, i) => ({ entry, sources: stillDisputed[i]?.sources ?? [] })),
  ];
  const approvals = keyFigures
    .map((k, i) => ({
      disputeId: k.disputeId,
      title: k.title,
      rating: k.rating,
      proposedBy: k.proposedBy,
      proposedAt: resolved[i]?.verdict?.proposedAt ?? '',
      approvedBy: k.approvedBy,
      approvedAt: k.approvedAt,
    }))
    .sort((a, b) => compareText(a.approvedAt, b.approvedAt) || compareText(a.disputeId, b.disputeId));

  return {
    schemaVersion: REPORT_SCHEMA_VERSION,
    case: { id: snapshot.case.id, name: snapshot.case.name },
    asOf: options.asOf,
    options: {
      includeOpen: options.includeOpen,
      metrics: metrics === null ? null : [...metrics].sort(compareText),
    },
    header: {
      approvers: [...new Set(keyFigures.map((k) => k.approvedBy))].sort(compareText),
      counts: {
        documents: view.documents.size,
        claims: view.claims.size,
        disputes: view.disputes.length,
        disputesByStatus: WORKFLOW_STATUSES.map((status) => ({
          status,
          count: view.disputes.filter((d) => d.status === status).length,
        })).filter((s) => s.count > 0),
        keyFigures: keyFigures.length,
        stillDisputed: stillDisputed.length,
        unverified: unverified.length,
      },
    },
    keyFigures,
    stillDisputed,
    unverified,
    timeline: buildTimeline(timelineInputs, labels),
    methodology: {
      paragraphs: [...METHODOLOGY_PARAGRAPHS],
      intervals: METHODOLOGY_INTERVALS.map((i) => ({ ...i })),
      relations: RELATION_KINDS.map((kind) => ({ kind, meaning: RELATION_MEANINGS[kind] })),
      ratings: VERDICT_RATINGS.map((rating) => ({
        rating,
        label: RATING_LABELS[rating].label,
        meaning: RATING_LABELS[rating].meaning,
      })),
    },
    reviewers: reviewersOf(snapshot, at),
    approvals,
  };
}

function headOf(entry: DisputeAsOf, labels: Labeller) {
  const d = entry.dispute;
  return {
    disputeId: d.id,
    title: labels.title(d),
    metric: d.metric,
    metricLabel: labels.metric(d.metric),
    subject: d.subject,
    place: d.place,
    relations: d.relations.map((r) => ({ kind: r.kind, reason: r.reason })),
    severity: d.severity,
    independentSourceCount: d.independentSourceCount,
  };
}

function sourcesOf(entry: DisputeAsOf, view: SnapshotAsOf) {
  return entry.claims
    .map((c) => toSourceClaim(c, view.documents.get(c.documentId)))
    .sort(compareSourceClaims);
}

function keyFigureOf(entry: DisputeAsOf, view: SnapshotAsOf, labels: Labeller): KeyFigure {
  const v = entry.verdict;
  if (v === null || v.approvedBy === null || v.approvedAt === null)
    throw new Error(`Dispute ${entry.dispute.id} has no approved verdict.`);
  const value = { low: v.low, high: v.high };
  return {
    ...headOf(entry, labels),
    rating: v.rating,
    ratingLabel: RATING_LABELS[v.rating].label,
    value,
    valueText: formatInterval(value, entry.dispute.unit ?? null),
    valueAsOf: v.asOf,
    rationale: v.rationale,
    proposedBy: v.proposedBy,
    approvedBy: v.approvedBy,
    approvedAt: v.approvedAt,
    votes: v.votes
      .filter((vote) => parseMoment(vote.at, 'A vote moment') <= view.at)
      .map((vote) => ({ reviewer: vote.reviewer, agrees: vote.agrees, at: vote.at }))
      .sort((a, b) => compareText(a.at, b.at) || compareText(a.reviewer, b.reviewer)),
    sources: sourcesOf(entry, view),
  };
}

function openDisputeOf(entry: DisputeAsOf, view: SnapshotAsOf, labels: Labeller): OpenDispute {
  const sources = sourcesOf(entry, view);
  return {
    ...headOf(entry, labels),
    status: entry.status,
    previousRating: entry.verdict?.rating ?? null,
    values: competingValues(sources, entry.dispute.unit ?? null),
    sources,
  };
}

function reviewersOf(snapshot: ReportSnapshot, at: number): Report['reviewers'] {
  const before = (moment: string | null) => moment !== null && parseMoment(moment, 'A verdict moment') <= at;
  return [...snapshot.reviewers]
    .sort((a, b) => compareText(a.name, b.name) || compareText(a.id, b.id))
    .map((r) => ({
      name: r.name,
      role: r.role,
      proposed: snapshot.verdicts.filter((v) => v.proposedBy === r.name && before(v.proposedAt)).length,
      approved: snapshot.verdicts.filter((v) => v.approvedBy === r.name && before(v.approvedAt)).length,
      votes: snapshot.verdicts.reduce(
        (n, v) => n + v.votes.filter((vote) => vote.reviewer === r.name && before(vote.at)).length,
        0,
      ),
    }));
}
