import { disputeMembership, disputesHoldingClaims, type Db } from '@claimdesk/db';
import type { RelationKind } from '@claimdesk/claim-model';

export interface StoredDispute {
  id: string;
  createdAt: number;
  claimIds: string[];
  relationKinds: RelationKind[];
}

/**
 * The membership of a case's stored disputes, as far as imports have needed it, kept next to the case's dispute
 * index and trusted for the same analysis generation. A dispute quoted by thousands of articles is read from the
 * database once, not at every import batch (reading its membership was a large share of the time an import
 * held the write lock). Only imports change membership, and each bumps the generation, so a cached dispute is
 * current as long as the generation is. The cache is changed only together with the index it belongs to: if
 * the transaction that changed them fails, the caller drops both.
 */
export class StoredDisputes {
  private readonly byId = new Map<string, StoredDispute>();
  /** Claim id → the disputes holding it (one, except when a retired dispute was kept because work hangs on it). */
  private readonly holders = new Map<string, string[]>();
  /** Claims whose holders are all known: asked of the database, or placed by this cache's own writes. */
  private readonly known = new Set<string>();

  /** The stored disputes holding any of these claims, oldest first; reads only what it has not seen yet. */
  holding(db: Db, claimIds: readonly string[]): StoredDispute[] {
    const unseen = claimIds.filter((id) => !this.known.has(id));
    if (unseen.length > 0) {
      const fresh = disputesHoldingClaims(db, unseen).filter((id) => !this.byId.has(id));
      for (const d of disputeMembership(db, fresh)) this.add({ ...d, relationKinds: d.relationKinds as RelationKind[] });
      for (const id of unseen) this.known.add(id);
    }
    const found = new Map<string, StoredDispute>();
    for (const claimId of claimIds) {
      for (const id of this.holders.get(claimId) ?? []) {
        const dispute = this.byId.get(id);
        if (dispute) found.set(id, dispute);
      }
    }
    return [...found.values()].sort((a, b) => a.createdAt - b.createdAt || a.id.localeCompare(b.id));
  }

  /** Records a dispute as now stored by this import (created, or with new members and relations). */
  remember(dispute: StoredDispute): void {
    this.add(dispute);
    for (const claimId of dispute.claimIds) this.known.add(claimId);
  }

  private add(dispute: StoredDispute): void {
    const before = this.byId.get(dispute.id);
    if (before) {
      // Only what differs: a dispute quoted by thousands of articles gains a few claims per import.
      const next = new Set(dispute.claimIds);
      for (const claimId of before.claimIds) if (!next.has(claimId)) this.release(claimId, dispute.id);
    }
    this.byId.set(dispute.id, dispute);
    for (const claimId of dispute.claimIds) {
      const list = this.holders.get(claimId);
      if (!list) this.holders.set(claimId, [dispute.id]);
      else if (!list.includes(dispute.id)) list.push(dispute.id);
    }
  }

  forget(disputeId: string): void {
    const before = this.byId.get(disputeId);
    if (!before) return;
    for (const claimId of before.claimIds) this.release(claimId, disputeId);
    this.byId.delete(disputeId);
  }

  private release(claimId: string, disputeId: string): void {
    const list = this.holders.get(claimId)?.filter((id) => id !== disputeId);
    if (list && list.length > 0) this.holders.set(claimId, list);
    else this.holders.delete(claimId);
  }
}
