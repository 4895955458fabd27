import type { AttributionKind, Interval } from '../claim';
import type { RelationKind } from '../vocabulary';

/** One computed relation of a dispute, with a one-sentence reason citing the values and who gave them. */
export interface DisputeRelation {
  kind: RelationKind;
  reason: string;
}

/** One independent original source behind a dispute's values, and the outlets that merely relay it. */
export interface IndependentSource {
  /** The original source as named in the text (the last link of the chain, or the outlet when unattributed). */
  source: string;
  kind: AttributionKind;
  /** The dispute's claims that end at this source. */
  claimIds: string[];
  /** Outlets and relays that repeat this source, outermost names, deduplicated, in first-seen order. */
  relayedBy: string[];
}

/** One distinct value of a dispute: a figure as written by one source for one scope. */
export interface DisputeValue {
  interval: Interval;
  /** The figure as written in each claim, deduplicated ("at least 13", "18"). */
  texts: string[];
  /** Original sources that gave this value. */
  sources: string[];
  claimIds: string[];
}

/** The values of a dispute at a glance; `envelope` spans every value (null = unbounded). */
export interface ValueSummary {
  /** One line for lists: `"at least 13" (Khabar 24) · 18 (Interior Ministry)`. */
  text: string;
  envelope: Interval;
  values: DisputeValue[];
}

/** A group of claims, across documents, about one proposition; `claimIds` is never empty and disjoint from other disputes. */
export interface ComputedDispute {
  /** Deterministic key of the proposition (metric, unit, subject family, place, time segment); not an identity. */
  key: string;
  /** `metric|unit`: disputes of different buckets never share claims, so a bucket can be regrouped alone. */
  bucket: string;
  metric: string;
  unit: string;
  /** The broadest subject id among the claims, or null when none was named. */
  subject: string | null;
  /** The broadest place id among the claims, or null when none was named. */
  place: string | null;
  /** ISO dates of the earliest and latest as-of date (null when no claim has a date). */
  asOfRange: { from: string | null; to: string | null };
  /** At least one; ordered by RELATION_KINDS. */
  relations: DisputeRelation[];
  /** Triage rank in [0, 100]: conflicts on central casualty and arrest figures first. */
  severity: number;
  claimIds: string[];
  independentSources: IndependentSource[];
  valueSummary: ValueSummary;
}

/** Two event or statement claims from different documents that tell the same thing in other words. */
export interface RelatedClaimLink {
  /** Sorted pair of claim ids. */
  claimIds: [string, string];
  /** Cosine similarity of their TF-IDF vectors, in (0, 1]. */
  similarity: number;
}

/** A dispute as stored: what reconciliation needs to keep ids stable. */
export interface ExistingDispute {
  id: string;
  claimIds: readonly string[];
  relationKinds: readonly RelationKind[];
  hasVerdict: boolean;
}

/** A stored dispute matched to its recomputed form. */
export interface KeptDispute {
  id: string;
  computed: ComputedDispute;
  /** The set of relation kinds differs from the stored one. */
  relationChanged: boolean;
  /** The relation changed on a dispute that has a verdict: a lead must look, nothing is silently changed. */
  newEvidence: boolean;
}

/** What to do with stored disputes after recomputing: keep (update in place), create, retire. */
export interface DisputeReconciliation {
  keep: KeptDispute[];
  create: ComputedDispute[];
  /** Ids of stored disputes that no computed dispute matches. */
  retire: string[];
}
