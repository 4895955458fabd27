import type { claims } from '@claimdesk/db';
import type { ExtractedClaim } from '@claimdesk/claim-model';

/** The stored form of an extracted claim: the whole claim as JSON plus the columns lists filter on. */
export function claimRow(caseId: string, claim: ExtractedClaim, now: number): typeof claims.$inferInsert {
  return {
    id: claim.id,
    caseId,
    documentId: claim.documentId,
    kind: claim.kind,
    spanStart: claim.span.start,
    spanEnd: claim.span.end,
    text: claim.text,
    metric: claim.frame?.metric?.id ?? null,
    subject: claim.frame?.subject?.id ?? null,
    place: claim.frame?.place?.id ?? null,
    asOf: claim.frame?.asOf?.date ?? null,
    low: claim.figure?.interval.low ?? null,
    high: claim.figure?.interval.high ?? null,
    unit: claim.figure?.unit ?? null,
    originalSource: claim.attribution.chain.at(-1)?.name ?? null,
    score: claim.checkWorthiness.score,
    payload: claim,
    createdAt: now,
    updatedAt: now,
  };
}
