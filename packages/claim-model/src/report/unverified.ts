import type { SnapshotAsOf } from './as-of-view';
import { compareText } from './format';
import type { Labeller } from './labels';
import type { UnverifiedClaim } from './report-schema';
import { toSourceClaim } from './source-claims';

/** A claim outside any dispute matters when it is this check-worthy. */
export const UNVERIFIED_MIN_SCORE = 0.6;

/**
 * Figures a reader should not rely on yet: claims of open single-source disputes, check-worthy figures no other
 * source gives, and hedged figures ("reportedly"). Claims of resolved or dismissed disputes are settled.
 */
export function unverifiedClaims(
  view: SnapshotAsOf,
  labels: Labeller,
  options: { includeOpen: boolean; metrics: ReadonlySet<string> | null },
): UnverifiedClaim[] {
  const found: { claim: UnverifiedClaim; severity: number; score: number }[] = [];
  for (const claim of view.claims.values()) {
    if (claim.figureText === null) continue;
    if (options.metrics && (claim.metric === null || !options.metrics.has(claim.metric))) continue;
    const entry = view.disputeOfClaim.get(claim.id);
    if (entry && (entry.resolved || entry.status === 'dismissed')) continue;
    if (entry && !options.includeOpen) continue;
    const reasons: UnverifiedClaim['reasons'] = [];
    const singleSource = entry
      ? entry.dispute.relations.some((r) => r.kind === 'single_source')
      : claim.score >= UNVERIFIED_MIN_SCORE;
    if (singleSource) reasons.push('single_source');
    if (claim.hedges.length > 0 && (entry !== undefined || claim.score >= UNVERIFIED_MIN_SCORE / 2))
      reasons.push('hedged');
    if (reasons.length === 0) continue;
    found.push({
      claim: {
        reasons,
        metric: claim.metric,
        metricLabel: claim.metric === null ? null : labels.metric(claim.metric),
        disputeId: entry?.dispute.id ?? null,
        source: toSourceClaim(claim, view.documents.get(claim.documentId)),
      },
      severity: entry?.dispute.severity ?? 0,
      score: claim.score,
    });
  }
  return found
    .sort(
      (a, b) =>
        b.severity - a.severity ||
        b.score - a.score ||
        compareText(a.claim.source.claimId, b.claim.source.claimId),
    )
    .map((f) => f.claim);
}
