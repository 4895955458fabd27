import type { ExtractedClaim } from '../claim';
import { buildDispute } from './build-dispute';
import type { ComputedDispute } from './dispute';
import { EventReader, type EventSignature, signaturesOf } from './event-signature';
import { type DisputeDocument, inheritedSubjects, type Member, toMember } from './member';
import { partitionBucket } from './partition';
import { type DisputeLexicon, Taxonomy } from './taxonomy';

/** What grouping reads besides the claims: the case lexicon and the documents' outlets and dates. */
export interface GroupContext {
  lexicon?: DisputeLexicon;
  documents: readonly DisputeDocument[];
  /** A proposition spans at most this many days from its first as-of date. Default 30. */
  timeWindowDays?: number;
}

/** A proposition spans at most this many days from its first as-of date, by default. */
export const DEFAULT_TIME_WINDOW_DAYS = 30;

/** Groups quantity claims into disputes: same event, metric and unit, subject family, country and time; each claim joins at most one. */
export function groupClaims(claims: readonly ExtractedClaim[], ctx: GroupContext): ComputedDispute[] {
  const taxonomy = new Taxonomy(ctx.lexicon);
  const documents = new Map(ctx.documents.map((d) => [d.id, d]));
  const buckets = new Map<string, Member[]>();
  const inherited = inheritedSubjects(claims);
  const signatures = signaturesOf(claims, documents, new EventReader(ctx.lexicon?.eventKinds), taxonomy);
  // A document's claims come together: its document and signature are looked up once per run of them.
  let documentId: string | undefined;
  let document: DisputeDocument | undefined;
  let signature: EventSignature | undefined;
  for (const claim of claims) {
    if (claim.documentId !== documentId) {
      documentId = claim.documentId;
      document = documents.get(documentId);
      signature = signatures.get(documentId);
    }
    const member = toMember(
      claim,
      document,
      taxonomy,
      inherited.size === 0 ? undefined : inherited.get(claim.id),
      signature,
    );
    if (!member) continue;
    const bucket = buckets.get(member.bucket);
    if (bucket) bucket.push(member);
    else buckets.set(member.bucket, [member]);
  }
  const window = ctx.timeWindowDays ?? DEFAULT_TIME_WINDOW_DAYS;
  const disputes: ComputedDispute[] = [];
  for (const [bucket, members] of buckets) {
    for (const part of partitionBucket(bucket, members, taxonomy, window)) {
      disputes.push(buildDispute(part.key, part.members, taxonomy));
    }
  }
  return disputes.sort(bySeverity);
}

// The same order as `localeCompare` with no arguments, without building a collator on every call.
const collator = new Intl.Collator();

/** Triage order: most severe first, then by key so the order is stable. */
export function bySeverity(a: ComputedDispute, b: ComputedDispute): number {
  return b.severity - a.severity || collator.compare(a.key, b.key);
}
