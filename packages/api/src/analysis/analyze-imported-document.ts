import type { Db, documents } from '@claimdesk/db';
import type { Actor } from '../actor';

type StoredDocument = typeof documents.$inferInsert & { id: string; caseId: string; text: string };

/**
 * Runs the claim engine on a newly imported document and updates the case's disputes, inside the import's
 * transaction. Extraction and dispute detection land in claim-model in their own steps; until then a
 * document is stored with no claims.
 */
export function analyzeImportedDocument(_db: Db, _actor: Actor, _doc: StoredDocument): { claimCount: number; disputeCount: number } {
  return { claimCount: 0, disputeCount: 0 };
}
