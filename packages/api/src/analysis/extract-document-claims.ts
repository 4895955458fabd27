import type { ExtractedClaim } from '@claimdesk/claim-model';
import { extractClaims } from '@claimdesk/claim-model/extraction';
import type { Lexicon } from '@claimdesk/claim-model/lexicon';
import type { documents } from '@claimdesk/db';

type StoredDocument = typeof documents.$inferInsert;

/** Runs the claim engine on a document about to be imported. Pure CPU work: done before the write lock is taken. */
export function extractDocumentClaims(doc: StoredDocument, lexicon: Lexicon): ExtractedClaim[] {
  return extractClaims(
    {
      id: doc.id,
      text: doc.text,
      title: doc.title,
      outlet: doc.outlet,
      publishedDate: doc.publishedDate ?? null,
      publishedApproximate: doc.publishedApproximate ?? false,
      language: doc.language ?? null,
      url: doc.url ?? null,
    },
    { lexicon },
  );
}
