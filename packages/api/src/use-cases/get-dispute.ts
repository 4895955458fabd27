import { and, asc, claims, desc, disputeClaims, disputes, documents, eq, inArray, users, verdicts, verdictVotes, type Db } from '@claimdesk/db';
import type { Actor } from '../actor';
import { loadReviewItem } from '../review/review-item';

/** A dispute with its analysis, every claim behind it (with its document), and its verdicts with votes. */
export function getDispute({ db, actor }: { db: Db; actor: Actor }, input: { disputeId: string }) {
  loadReviewItem(db, actor, 'dispute', input.disputeId);
  const dispute = db.select({ dispute: disputes, assigneeName: users.name }).from(disputes).leftJoin(users, eq(users.id, disputes.assigneeId)).where(eq(disputes.id, input.disputeId)).get();
  const memberClaims = db
    .select({ claim: claims, outlet: documents.outlet, documentTitle: documents.title, publishedDate: documents.publishedDate, url: documents.url })
    .from(disputeClaims)
    .innerJoin(claims, eq(claims.id, disputeClaims.claimId))
    .innerJoin(documents, eq(documents.id, claims.documentId))
    .where(eq(disputeClaims.disputeId, input.disputeId))
    .orderBy(asc(documents.publishedDate), asc(claims.spanStart))
    .all()
    .map((r) => ({ ...r.claim, outlet: r.outlet, documentTitle: r.documentTitle, publishedDate: r.publishedDate, url: r.url }));
  return { ...dispute?.dispute, assigneeName: dispute?.assigneeName ?? null, claims: memberClaims, verdicts: verdictsOf(db, 'dispute', input.disputeId) };
}

/** Every verdict of an item, newest first, with the votes of the four-eyes rule. */
export function verdictsOf(db: Db, itemType: 'claim' | 'dispute', itemId: string) {
  const rows = db.select().from(verdicts).where(and(eq(verdicts.itemType, itemType), eq(verdicts.itemId, itemId))).orderBy(desc(verdicts.proposedAt)).all();
  if (rows.length === 0) return [];
  const votes = db.select().from(verdictVotes).where(inArray(verdictVotes.verdictId, rows.map((r) => r.id))).all();
  return rows.map((v) => ({ ...v, votes: votes.filter((vote) => vote.verdictId === v.id) }));
}
