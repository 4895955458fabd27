import type { ComputedDispute, DisputeReconciliation, ExistingDispute } from './dispute';

/** Matches recomputed disputes to stored ones by shared claims, so ids (and what hangs on them) survive re-imports. */
export function reconcileDisputes(
  existing: readonly ExistingDispute[],
  computed: readonly ComputedDispute[],
): DisputeReconciliation {
  const ownerOfClaim = new Map<string, number>();
  existing.forEach((dispute, index) => {
    for (const claimId of dispute.claimIds) ownerOfClaim.set(claimId, index);
  });
  // Every (computed, stored) pair that shares claims, with how many it shares.
  const candidates: Array<{ computed: number; stored: number; shared: number }> = [];
  computed.forEach((dispute, index) => {
    const shared = new Map<number, number>();
    for (const claimId of dispute.claimIds) {
      const owner = ownerOfClaim.get(claimId);
      if (owner !== undefined) shared.set(owner, (shared.get(owner) ?? 0) + 1);
    }
    for (const [stored, count] of shared) candidates.push({ computed: index, stored, shared: count });
  });
  // Largest overlaps claim their match first; ties go to the older (earlier) stored dispute.
  candidates.sort((a, b) => b.shared - a.shared || a.stored - b.stored || a.computed - b.computed);
  const matchOfComputed = new Map<number, number>();
  const matchedStored = new Set<number>();
  for (const c of candidates) {
    if (matchOfComputed.has(c.computed) || matchedStored.has(c.stored)) continue;
    matchOfComputed.set(c.computed, c.stored);
    matchedStored.add(c.stored);
  }
  const keep: DisputeReconciliation['keep'] = [];
  const create: ComputedDispute[] = [];
  computed.forEach((dispute, index) => {
    const storedIndex = matchOfComputed.get(index);
    const stored = storedIndex === undefined ? undefined : existing[storedIndex];
    if (!stored) {
      create.push(dispute);
      return;
    }
    const before = new Set(stored.relationKinds);
    const after = new Set(dispute.relations.map((r) => r.kind));
    const relationChanged = before.size !== after.size || [...after].some((kind) => !before.has(kind));
    keep.push({
      id: stored.id,
      computed: dispute,
      relationChanged,
      newEvidence: relationChanged && stored.hasVerdict,
    });
  });
  const retire = existing.filter((_, index) => !matchedStored.has(index)).map((d) => d.id);
  return { keep, create, retire };
}
