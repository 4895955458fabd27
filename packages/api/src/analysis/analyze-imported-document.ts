import { claims, type Db, type documents } from '@claimdesk/db';
import { extractClaims } from '@claimdesk/claim-model/extraction';
import type { Actor } from '../actor';
import { caseLexicon } from './case-lexicon';
import { claimRow } from './claim-row';
import { updateCaseDisputes } from './update-case-disputes';

type StoredDocument = typeof documents.$inferSelect;

/**
 * Runs the claim engine on a newly imported document and updates the case's disputes, inside the import's
 * transaction: the document, its claims and the dispute changes land together or not at all.
 */
export function analyzeImportedDocument(db: Db, actor: Actor, doc: StoredDocument): { claimCount: number; disputeCount: number } {
  const lexicon = caseLexicon(db, doc.caseId);
  const extracted = extractClaims(
    {
      id: doc.id,
      text: doc.text,
      title: doc.title,
      outlet: doc.outlet,
      publishedDate: doc.publishedDate,
      publishedApproximate: doc.publishedApproximate,
      language: doc.language,
      url: doc.url,
    },
    { lexicon },
  );
  const now = Date.now();
  // Chunked so one huge document does not build a single enormous statement.
  for (let i = 0; i < extracted.length; i += 200) {
    db.insert(claims).values(extracted.slice(i, i + 200).map((c) => claimRow(doc.caseId, c, now))).onConflictDoNothing().run();
  }
  const disputeCount = updateCaseDisputes(db, actor, doc.caseId, extracted, lexicon);
  return { claimCount: extracted.length, disputeCount };
}
