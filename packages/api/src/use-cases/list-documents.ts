import { asc, documents, eq, type Db } from '@claimdesk/db';
import type { Actor } from '../actor';
import { requireCaseAccess } from '../case-access';

/** A case's documents by published date (unknown dates last), without their text. */
export function listDocuments({ db, actor }: { db: Db; actor: Actor }, input: { caseId: string }) {
  requireCaseAccess(db, actor, input.caseId);
  const rows = db
    .select({
      id: documents.id,
      title: documents.title,
      outlet: documents.outlet,
      url: documents.url,
      publishedDate: documents.publishedDate,
      publishedApproximate: documents.publishedApproximate,
      language: documents.language,
      importedAt: documents.importedAt,
    })
    .from(documents)
    .where(eq(documents.caseId, input.caseId))
    .orderBy(asc(documents.publishedDate), asc(documents.outlet))
    .all();
  return rows.sort((a, b) => (a.publishedDate === null ? 1 : 0) - (b.publishedDate === null ? 1 : 0));
}
