import type { ExtractedClaim } from '../claim';
import { buildDispute } from './build-dispute';
import type { ComputedDispute } from './dispute';
import { EventReader, type EventSignature, signaturesOf } from './event-signature';
import { bySeverity, DEFAULT_TIME_WINDOW_DAYS, type GroupContext } from './group-claims';
import { byDay, type DisputeDocument, hashOf, inheritedSubjects, type Member, toMember } from './member';
import { type EventMemo, mergeByDay, type Part, partitionBucket, sortedByDay } from './partition';
import { Taxonomy } from './taxonomy';

/** What adding claims changed: disputes with new or different members, and the earlier versions they replace. */
export interface DisputeIndexUpdate {
  changed: ComputedDispute[];
  /** Earlier disputes that no longer exist as they were: reconcile stored disputes holding their claims against `changed`. */
  removed: ComputedDispute[];
}

/**
 * The incremental path: keeps a case's disputes in memory, and on `add` regroups only the `metric|unit`
 * buckets the new claims fall in, rebuilding only the disputes whose members changed. Gives the same
 * disputes as `groupClaims` over all claims.
 */
export class DisputeIndex {
  private readonly taxonomy: Taxonomy;
  private readonly window: number;
  private readonly documents = new Map<string, DisputeDocument>();
  private readonly events: EventReader;
  /** Each document's event signature, read from the claims it was first added with. */
  private readonly signatures = new Map<string, EventSignature>();
  private readonly buckets = new Map<string, Member[]>();
  private readonly byBucket = new Map<string, Map<string, ComputedDispute>>();
  /** Per bucket, the last split per event: adding a document re-splits only the events whose members changed. */
  private readonly memos = new Map<string, EventMemo>();
  /** The membership signature of each part, kept while the part is reused. */
  private readonly partSignatures = new WeakMap<Part, string>();

  /** Builds the index over a case's claims. */
  constructor(claims: readonly ExtractedClaim[], ctx: GroupContext) {
    this.taxonomy = new Taxonomy(ctx.lexicon);
    this.window = ctx.timeWindowDays ?? DEFAULT_TIME_WINDOW_DAYS;
    this.events = new EventReader(ctx.lexicon?.eventKinds);
    this.add(claims, ctx.documents);
  }

  /**
   * Builds the index over a case's claims as the constructor does, in slices of about `slice` claims: `pause` is
   * awaited between slices (a server passes one that yields to its event loop, so other requests go on meanwhile).
   */
  static async build(
    claims: readonly ExtractedClaim[],
    ctx: GroupContext,
    pause: () => Promise<void>,
    slice = 2_000,
  ): Promise<DisputeIndex> {
    const index = new DisputeIndex([], ctx);
    const steps = index.steps(claims, ctx.documents, slice);
    for (let step = steps.next(); !step.done; step = steps.next()) await pause();
    return index;
  }

  /** Adds a document's claims (ids must be new; pass a document's claims together); returns only what changed. */
  add(claims: readonly ExtractedClaim[], documents: readonly DisputeDocument[] = []): DisputeIndexUpdate {
    const steps = this.steps(claims, documents, Number.POSITIVE_INFINITY);
    for (;;) {
      const step = steps.next();
      if (step.done) return step.value;
    }
  }

  // The work of `add`, yielding after about every `slice` claims turned into members or regrouped into disputes.
  private *steps(
    claims: readonly ExtractedClaim[],
    documents: readonly DisputeDocument[],
    slice: number,
  ): Generator<void, DisputeIndexUpdate> {
    for (const d of documents) this.documents.set(d.id, d);
    const touched = new Set<string>();
    const joining = new Map<string, Member[]>();
    const inherited = inheritedSubjects(claims);
    if (claims.length > slice) yield;
    const fresh = claims.filter((c) => !this.signatures.has(c.documentId));
    for (const [id, signature] of signaturesOf(fresh, this.documents, this.events, this.taxonomy))
      this.signatures.set(id, signature);
    if (claims.length > slice) yield;
    let done = 0;
    // A document's claims come together: its document and signature are looked up once per run of them.
    let documentId: string | undefined;
    let document: DisputeDocument | undefined;
    let signature: EventSignature | undefined;
    for (const claim of claims) {
      if (++done % slice === 0) yield;
      if (claim.documentId !== documentId) {
        documentId = claim.documentId;
        document = this.documents.get(documentId);
        signature = this.signatures.get(documentId);
      }
      const member = toMember(
        claim,
        document,
        this.taxonomy,
        inherited.size === 0 ? undefined : inherited.get(claim.id),
        signature,
      );
      if (!member) continue;
      const list = joining.get(member.bucket);
      if (list) list.push(member);
      else joining.set(member.bucket, [member]);
    }
    // Each bucket stays in day order (undated last, earlier members first on a tie), so regrouping never sorts it:
    // a few new members are inserted, many (the first build) sorted and merged in one pass.
    for (const [key, members] of joining) {
      const bucket = this.buckets.get(key);
      if (bucket && members.length <= 16) for (const m of members) insertByDay(bucket, m);
      else this.buckets.set(key, bucket ? mergeByDay(bucket, sortedByDay(members)) : sortedByDay(members));
      touched.add(key);
    }
    const changed: ComputedDispute[] = [];
    const removed: ComputedDispute[] = [];
    let grouped = 0;
    for (const bucket of touched) {
      const previous = this.byBucket.get(bucket) ?? new Map<string, ComputedDispute>();
      const next = new Map<string, ComputedDispute>();
      let memo = this.memos.get(bucket);
      if (!memo) this.memos.set(bucket, (memo = new Map()));
      for (const part of partitionBucket(
        bucket,
        this.buckets.get(bucket) ?? [],
        this.taxonomy,
        this.window,
        true,
        memo,
      )) {
        let signature = this.partSignatures.get(part);
        if (signature === undefined) {
          signature = signatureOf(part.key, part.members);
          this.partSignatures.set(part, signature);
        }
        const same = previous.get(signature);
        if (same) {
          next.set(signature, same);
          previous.delete(signature);
          continue;
        }
        const dispute = buildDispute(part.key, part.members, this.taxonomy);
        next.set(signature, dispute);
        changed.push(dispute);
        grouped += part.members.length;
        if (grouped >= slice) {
          grouped = 0;
          yield;
        }
      }
      removed.push(...previous.values());
      this.byBucket.set(bucket, next);
    }
    return { changed: changed.sort(bySeverity), removed };
  }

  /** Every dispute of the case, most severe first. */
  disputes(): ComputedDispute[] {
    return [...this.byBucket.values()].flatMap((m) => [...m.values()]).sort(bySeverity);
  }
}

// Key, size, and hashes of the claim ids in their order: equal only when the same claims form the same proposition
// in the same order. The order matters: a dispute's reasons cite its values in member order, and adding a figure
// elsewhere in the event (another country) can reorder a proposition's members without changing who they are.
function signatureOf(key: string, members: readonly Member[]): string {
  let sum = 0;
  let ordered = 0x811c9dc5;
  for (const m of members) {
    const hash = hashOf(m.id);
    sum = (sum + hash) % 4_294_967_296;
    ordered = Math.imul(ordered ^ hash, 0x01000193);
  }
  return `${key}#${members.length}#${sum}#${ordered >>> 0}`;
}

// Keeps a bucket in day order (undated last) so regrouping never sorts it again.
function insertByDay(bucket: Member[], member: Member): void {
  let low = 0;
  let high = bucket.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    const at = bucket[mid];
    if (at && byDay(at, member) <= 0) low = mid + 1;
    else high = mid;
  }
  bucket.splice(low, 0, member);
}
