import { z } from 'zod';
import { ATTRIBUTION_KINDS } from '../claim';
import { computedDisputeSchema, relatedClaimLinkSchema } from '../disputes/dispute-schema';
import { CLAIM_KINDS, FIGURE_VALUE_KINDS } from '../vocabulary';

/** Bumped on any change a consumer could notice: major for removals and renames, minor for additions. */
export const ANALYSIS_SCHEMA_VERSION = '1.2.0';
export const ANALYSIS_SCHEMA_ID = 'claimdesk.analysis';

const isoDate = z.iso.date();
export const spanSchema = z.object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative() });
/** `null` is unbounded on that side: "at least 13" is `{ low: 13, high: null }`. */
export const intervalSchema = z.object({ low: z.number().nullable(), high: z.number().nullable() });
export const termMentionSchema = z.object({ id: z.string(), words: z.string() });

export const figureSchema = z.object({
  text: z.string(),
  span: spanSchema,
  interval: intervalSchema,
  qualifier: z.string().nullable(),
  unit: z.string(),
  /** Since 1.2.0: count, proportion, ratio, money or measure. Optional so that claims stored before still parse. */
  kind: z.enum(FIGURE_VALUE_KINDS).optional(),
  converted: z.array(z.object({ text: z.string(), interval: intervalSchema, unit: z.string() })).optional(),
});

export const frameSchema = z.object({
  metric: termMentionSchema.nullable(),
  subject: termMentionSchema.nullable(),
  place: termMentionSchema.nullable(),
  asOf: z.object({ date: isoDate, approximate: z.boolean(), words: z.string().nullable() }).nullable(),
});

export const attributionSchema = z.object({
  chain: z.array(z.object({ name: z.string(), kind: z.enum(ATTRIBUTION_KINDS), span: spanSchema.nullable() })).min(1),
  unattributed: z.boolean(),
  inherited: z.boolean().optional(),
});

export const analysisClaimSchema = z.object({
  id: z.string(),
  documentId: z.string(),
  kind: z.enum(CLAIM_KINDS),
  span: spanSchema,
  text: z.string(),
  figure: figureSchema.nullable(),
  frame: frameSchema.nullable(),
  attribution: attributionSchema,
  hedges: z.array(z.object({ cue: z.string(), span: spanSchema })),
  checkWorthiness: z.object({ score: z.number().min(0).max(1), reasons: z.array(z.string()) }),
  blockRole: z.enum(['headline', 'heading', 'body']).optional(),
});

export const analysisDocumentEntrySchema = z.object({
  id: z.string(),
  title: z.string().nullable(),
  outlet: z.string(),
  publishedDate: isoDate.nullable(),
  publishedApproximate: z.boolean(),
  language: z.string().nullable(),
  url: z.string().nullable(),
  /** Where the document came from when analysing files (a path); null otherwise. */
  source: z.string().nullable(),
  characters: z.number().int().nonnegative(),
  claimCount: z.number().int().nonnegative(),
});

/** The JSON document `claimdesk analyze --json` prints. Defined once, here; documented in the package README. */
export const analysisDocumentSchema = z.object({
  schema: z.literal(ANALYSIS_SCHEMA_ID),
  version: z.literal(ANALYSIS_SCHEMA_VERSION),
  lexiconVersion: z.string(),
  documents: z.array(analysisDocumentEntrySchema),
  claims: z.array(analysisClaimSchema),
  summary: z.object({
    documents: z.number().int().nonnegative(),
    claims: z.number().int().nonnegative(),
    byKind: z.object({ quantity: z.number().int(), event: z.number().int(), statement: z.number().int() }),
  }),
  /** Dispute groups across documents, most severe first (shape: src/disputes/dispute-schema.ts). */
  disputes: z.array(computedDisputeSchema).optional(),
  /** Event and statement claims of different documents that tell the same thing in other words. */
  relatedClaims: z.array(relatedClaimLinkSchema).optional(),
});

export type AnalysisDocument = z.infer<typeof analysisDocumentSchema>;
export type AnalysisClaim = z.infer<typeof analysisClaimSchema>;
export type AnalysisDocumentEntry = z.infer<typeof analysisDocumentEntrySchema>;
