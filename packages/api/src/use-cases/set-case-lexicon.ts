import { cases, eq, sql, writeTransaction, type Db } from '@claimdesk/db';
import { defaultLexicon, lexiconOverrideSchema, mergeLexicon } from '@claimdesk/claim-model/lexicon';
import { mayManageCase } from '@claimdesk/claim-model/workflow';
import type { Actor } from '../actor';
import { recordActivity } from '../activity';
import { requireCaseAccess } from '../case-access';
import { DomainError, forbidden } from '../errors';

/**
 * Leads give a case its own lexicon additions (metrics, subjects, places, sources), or clear them with `null`.
 * The override must validate and merge cleanly with the default lexicon; it applies to documents imported from now on.
 */
export function setCaseLexicon({ db, actor }: { db: Db; actor: Actor }, input: { caseId: string; override: unknown }) {
  if (!mayManageCase(actor)) throw forbidden('Only leads can change case settings.');
  let override = null;
  if (input.override !== null) {
    const parsed = lexiconOverrideSchema.safeParse(input.override);
    if (!parsed.success) {
      throw new DomainError('INVALID_INPUT', `The lexicon is not valid: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
    }
    try {
      mergeLexicon(defaultLexicon, parsed.data);
    } catch (error) {
      const issues = (error as { issues?: { message: string }[] }).issues;
      throw new DomainError('INVALID_INPUT', `The lexicon does not fit the default lexicon: ${issues ? issues.map((i) => i.message).join('; ') : (error as Error).message}`);
    }
    override = parsed.data;
  }
  return writeTransaction(db, (tx) => {
    const before = requireCaseAccess(tx, actor, input.caseId);
    // A new generation: a process holding the case's disputes in memory rebuilds them with the new lexicon.
    tx.update(cases).set({ lexiconOverride: override, analysisGeneration: sql`${cases.analysisGeneration} + 1` }).where(eq(cases.id, input.caseId)).run();
    recordActivity(tx, actor, {
      caseId: input.caseId,
      action: 'case.lexicon_changed',
      entityType: 'case',
      entityId: input.caseId,
      before: { lexiconOverride: before.lexiconOverride ?? null },
      after: { lexiconOverride: override },
    });
    return { caseId: input.caseId, cleared: override === null };
  });
}
