import { documents, eq, users, type Db } from '@claimdesk/db';
import type { Actor } from '../actor';
import { requireCaseAccess } from '../case-access';
import { notFound } from '../errors';

/** One document with its full stored text, for the reader. */
export function getDocument({ db, actor }: { db: Db; actor: Actor }, input: { documentId: string }) {
  const doc = db
    .select({ document: documents, importedByName: users.name })
    .from(documents)
    .leftJoin(users, eq(users.id, documents.importedBy))
    .where(eq(documents.id, input.documentId))
    .get();
  if (!doc) throw notFound('The document');
  requireCaseAccess(db, actor, doc.document.caseId);
  return { ...doc.document, importedByName: doc.importedByName };
}
