import { claims, disputeClaims, documents, eq, type Db } from '@claimdesk/db';
import type { Actor } from '../actor';
import { loadReviewItem } from '../review/review-item';
import { verdictsOf } from './get-dispute';

/** A claim with its document's metadata, the disputes it belongs to, and its verdicts. */
export function getClaim({ db, actor }: { db: Db; actor: Actor }, input: { claimId: string }) {
  loadReviewItem(db, actor, 'claim', input.claimId);
  const found = db
    .select({ claim: claims, outlet: documents.outlet, documentTitle: documents.title, publishedDate: documents.publishedDate, url: documents.url })
    .from(claims)
    .innerJoin(documents, eq(documents.id, claims.documentId))
    .where(eq(claims.id, input.claimId))
    .get();
  const disputeIds = db.select({ id: disputeClaims.disputeId }).from(disputeClaims).where(eq(disputeClaims.claimId, input.claimId)).all().map((r) => r.id);
  return { ...found?.claim, outlet: found?.outlet, documentTitle: found?.documentTitle, publishedDate: found?.publishedDate, url: found?.url, disputeIds, verdicts: verdictsOf(db, 'claim', input.claimId) };
}
