import type { ClaimKind, FigureValueKind } from './vocabulary';

/** Half-open character offsets into a document's stored text: `text.slice(start, end)`. */
export interface Span {
  start: number;
  end: number;
}

/** A closed numeric interval; `null` means unbounded on that side ("at least 13" → low 13, high null). */
export interface Interval {
  low: number | null;
  high: number | null;
}

/** What a document is, as the engine needs it. `text` is exactly what is stored; offsets point into it. */
export interface DocumentInput {
  /** Stable key of the document (its database id, or its content hash when analysing files). */
  id: string;
  text: string;
  title?: string | null;
  outlet: string;
  /** ISO date `YYYY-MM-DD`, or null when unknown. */
  publishedDate: string | null;
  publishedApproximate: boolean;
  language?: string | null;
  url?: string | null;
}

/** A figure as written and as an interval. */
export interface Figure {
  /** The words as written, e.g. "at least 13", "more than a dozen", "50 tenge ($ 0.11)". */
  text: string;
  span: Span;
  interval: Interval;
  /** The qualifier words as written ("at least", "some", "up to"), or null for an exact figure. */
  qualifier: string | null;
  /**
   * `count`; `percent`, `percentage points` or `basis points` for proportions; `times` for ratios; an ISO 4217 code for
   * money (`KZT`, `USD`); a measure's unit (`km`, `t`, `°C`, `number` for a bare non-whole number).
   */
  unit: string;
  /** What the value is. Always set by the extractor since analysis schema 1.2.0; absent on claims stored before. */
  kind?: FigureValueKind;
  /** The same amount given again in another currency, as written ("$ 0.11" after "50 tenge"). */
  converted?: { text: string; interval: Interval; unit: string }[];
}

/** A lexicon term found in the text: the canonical id and the words the text used. */
export interface TermMention {
  id: string;
  words: string;
}

export interface AsOf {
  /** ISO date `YYYY-MM-DD`. Never later than the document's published date. */
  date: string;
  approximate: boolean;
  /** The words the date was resolved from ("on Thursday"), or null when it defaulted to the published date. */
  words: string | null;
}

/** What a figure counts, of whom, where and when. */
export interface Frame {
  metric: TermMention | null;
  subject: TermMention | null;
  place: TermMention | null;
  asOf: AsOf | null;
}

export const ATTRIBUTION_KINDS = ['outlet', 'agency', 'media', 'official', 'person', 'organisation', 'other'] as const;
export type AttributionKind = (typeof ATTRIBUTION_KINDS)[number];

/** One link of an attribution chain. */
export interface AttributionLink {
  name: string;
  kind: AttributionKind;
  /** Where the text names this link; absent for the outlet itself. */
  span: Span | null;
}

/** Who says it, outermost first: outlet → relays → original source (the last link). */
export interface Attribution {
  chain: AttributionLink[];
  /** True when the text names no source: the chain holds the outlet alone. */
  unattributed: boolean;
  /** True when the sentence names no source itself and takes the one its paragraph names. */
  inherited?: boolean;
}

export interface Hedge {
  cue: string;
  span: Span;
}

export interface CheckWorthiness {
  /** In [0, 1]. */
  score: number;
  reasons: string[];
}

/** One check-worthy statement of a document, anchored to its sentence. */
export interface ExtractedClaim {
  /** Stable: the same document text gives the same ids every run. */
  id: string;
  documentId: string;
  kind: ClaimKind;
  /** The claim's sentence. */
  span: Span;
  text: string;
  figure: Figure | null;
  frame: Frame | null;
  attribution: Attribution;
  hedges: Hedge[];
  checkWorthiness: CheckWorthiness;
  /** Where the sentence sits: the headline, a subheading or body text. */
  blockRole?: 'headline' | 'heading' | 'body';
}

/** The original source of a claim: the last link of its chain. */
export function originalSource(claim: Pick<ExtractedClaim, 'attribution'>): AttributionLink | null {
  return claim.attribution.chain.at(-1) ?? null;
}
