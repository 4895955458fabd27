import { z } from 'zod';
import { ATTRIBUTION_KINDS } from '../claim';
import { RELATION_KINDS, VERDICT_RATINGS, WORKFLOW_STATUSES } from '../vocabulary';

/** Bumped on any change a consumer of the JSON could notice; README.md in this folder documents each version. */
export const REPORT_SCHEMA_VERSION = 1;

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const bound = z.number().nullable();
const interval = z.object({ low: bound, high: bound });
const relation = z.object({ kind: z.enum(RELATION_KINDS), reason: z.string() });

/** One source claim as cited: where it appeared, who said it first, the sentence quoted. */
export const sourceClaimSchema = z.object({
  claimId: z.string(),
  documentId: z.string(),
  outlet: z.string(),
  title: z.string(),
  url: z.string().nullable(),
  publishedDate: isoDate.nullable(),
  /** Outermost first: outlet → relays → original source. */
  chain: z.array(z.object({ name: z.string(), kind: z.enum(ATTRIBUTION_KINDS) })),
  originalSource: z.string(),
  quote: z.string(),
  figureText: z.string().nullable(),
  interval: interval.nullable(),
  /** The interval in words: "13 or more", "24–99". */
  valueText: z.string().nullable(),
  asOf: isoDate.nullable(),
  hedges: z.array(z.string()),
});

const disputeHead = {
  disputeId: z.string(),
  /** "Deaths — Law enforcement — Almaty". */
  title: z.string(),
  metric: z.string(),
  metricLabel: z.string(),
  subject: z.string().nullable(),
  place: z.string().nullable(),
  relations: z.array(relation),
  severity: z.number(),
  independentSourceCount: z.number().int(),
};

export const keyFigureSchema = z.object({
  ...disputeHead,
  rating: z.enum(VERDICT_RATINGS),
  ratingLabel: z.string(),
  value: interval,
  valueText: z.string(),
  valueAsOf: isoDate.nullable(),
  rationale: z.string(),
  proposedBy: z.string(),
  approvedBy: z.string(),
  approvedAt: z.string(),
  votes: z.array(z.object({ reviewer: z.string(), agrees: z.boolean(), at: z.string() })),
  sources: z.array(sourceClaimSchema),
});

/** One competing value of an open dispute and every original source giving it. */
export const competingValueSchema = z.object({
  valueText: z.string(),
  interval: interval,
  figureTexts: z.array(z.string()),
  givenBy: z.array(z.object({ originalSource: z.string(), via: z.array(z.string()) })),
  claimIds: z.array(z.string()),
});

export const openDisputeSchema = z.object({
  ...disputeHead,
  status: z.enum(WORKFLOW_STATUSES),
  /** The last approved verdict when the dispute was reopened after it. */
  previousRating: z.enum(VERDICT_RATINGS).nullable(),
  values: z.array(competingValueSchema),
  sources: z.array(sourceClaimSchema),
});

export const unverifiedClaimSchema = z.object({
  reasons: z.array(z.enum(['single_source', 'hedged'])),
  metric: z.string().nullable(),
  metricLabel: z.string().nullable(),
  disputeId: z.string().nullable(),
  source: sourceClaimSchema,
});

export const timelinePointSchema = z.object({
  date: isoDate,
  interval: interval,
  valueText: z.string(),
  kind: z.enum(['claim', 'verdict']),
  /** The original source, or "Verdict" for a reconciled value. */
  source: z.string(),
  claimId: z.string().nullable(),
});

export const timelineSeriesSchema = z.object({
  disputeId: z.string(),
  label: z.string(),
  resolved: z.boolean(),
  points: z.array(timelinePointSchema),
});

export const timelineMetricSchema = z.object({
  metric: z.string(),
  metricLabel: z.string(),
  series: z.array(timelineSeriesSchema),
  /** Disputes of this metric left out of the chart (lowest severity first). */
  omittedSeries: z.number().int(),
});

export const reportSchema = z.object({
  schemaVersion: z.literal(REPORT_SCHEMA_VERSION),
  case: z.object({ id: z.string(), name: z.string() }),
  asOf: z.string(),
  options: z.object({ includeOpen: z.boolean(), metrics: z.array(z.string()).nullable() }),
  header: z.object({
    approvers: z.array(z.string()),
    counts: z.object({
      documents: z.number().int(),
      claims: z.number().int(),
      disputes: z.number().int(),
      disputesByStatus: z.array(z.object({ status: z.enum(WORKFLOW_STATUSES), count: z.number().int() })),
      keyFigures: z.number().int(),
      stillDisputed: z.number().int(),
      unverified: z.number().int(),
    }),
  }),
  keyFigures: z.array(keyFigureSchema),
  stillDisputed: z.array(openDisputeSchema),
  unverified: z.array(unverifiedClaimSchema),
  timeline: z.array(timelineMetricSchema),
  methodology: z.object({
    paragraphs: z.array(z.string()),
    intervals: z.array(z.object({ written: z.string(), interval: z.string() })),
    relations: z.array(z.object({ kind: z.enum(RELATION_KINDS), meaning: z.string() })),
    ratings: z.array(z.object({ rating: z.enum(VERDICT_RATINGS), label: z.string(), meaning: z.string() })),
  }),
  reviewers: z.array(
    z.object({
      name: z.string(),
      role: z.string(),
      proposed: z.number().int(),
      approved: z.number().int(),
      votes: z.number().int(),
    }),
  ),
  approvals: z.array(
    z.object({
      disputeId: z.string(),
      title: z.string(),
      rating: z.enum(VERDICT_RATINGS),
      proposedBy: z.string(),
      proposedAt: z.string(),
      approvedBy: z.string(),
      approvedAt: z.string(),
    }),
  ),
});

/** The verified summary report of a case as of a moment. Same snapshot and options → the same report. */
export type Report = z.infer<typeof reportSchema>;
export type SourceClaim = z.infer<typeof sourceClaimSchema>;
export type KeyFigure = z.infer<typeof keyFigureSchema>;
export type OpenDispute = z.infer<typeof openDisputeSchema>;
export type CompetingValue = z.infer<typeof competingValueSchema>;
export type UnverifiedClaim = z.infer<typeof unverifiedClaimSchema>;
export type TimelineMetric = z.infer<typeof timelineMetricSchema>;
export type TimelineSeries = z.infer<typeof timelineSeriesSchema>;
export type TimelinePoint = z.infer<typeof timelinePointSchema>;
