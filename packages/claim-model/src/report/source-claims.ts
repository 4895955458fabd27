import type { SourceClaim } from './report-schema';
import { compareNullableText, compareText, formatInterval } from './format';
import type { SnapshotClaim, SnapshotDocument } from './snapshot';

/** A claim as cited in a report: outlet, chain to the original source, the quoted sentence, date and link. */
export function toSourceClaim(claim: SnapshotClaim, document: SnapshotDocument | undefined): SourceClaim {
  const outlet = document?.outlet ?? claim.chain[0]?.name ?? 'Unknown outlet';
  const chain = claim.chain.length > 0 ? claim.chain : [{ name: outlet, kind: 'outlet' as const }];
  return {
    claimId: claim.id,
    documentId: claim.documentId,
    outlet,
    title: document?.title ?? '',
    url: safeUrl(document?.url ?? null),
    publishedDate: document?.publishedDate ?? null,
    chain,
    originalSource: chain.at(-1)?.name ?? outlet,
    quote: claim.text,
    figureText: claim.figureText,
    interval: claim.interval,
    valueText: claim.interval ? formatInterval(claim.interval, claim.unit) : null,
    asOf: claim.asOf,
    hedges: [...claim.hedges],
  };
}

/** Oldest first, then by outlet: the order a reader follows a story in. */
export function compareSourceClaims(a: SourceClaim, b: SourceClaim): number {
  return (
    compareNullableText(a.publishedDate, b.publishedDate) ||
    compareText(a.outlet, b.outlet) ||
    compareText(a.claimId, b.claimId)
  );
}

/** Only http(s) links leave the desk: an imported `javascript:` URL must never become a live link. */
export function safeUrl(url: string | null): string | null {
  if (url === null) return null;
  return /^https?:\/\/[^\s<>"]+$/i.test(url.trim()) ? url.trim() : null;
}

/** The relays between outlet and original source, outermost first, without repeats. */
export function relaysOf(source: SourceClaim): string[] {
  const names = source.chain.slice(0, -1).map((l) => l.name);
  return [...new Set(names.filter((n) => n !== source.originalSource))];
}
