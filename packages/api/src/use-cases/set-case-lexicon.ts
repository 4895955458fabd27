import { cases, eq, sql, writeTransaction, type Db } from '@claimdesk/db';
import { defaultLexicon, lexiconOverrideSchema, mergeLexicon, type LexiconOverride } from '@claimdesk/claim-model/lexicon';
import { mayManageCase } from '@claimdesk/claim-model/workflow';
import type { Actor } from '../actor';
import { recordActivity } from '../activity';
import { requireCaseAccess } from '../case-access';
import { DomainError, forbidden } from '../errors';

/** Where an issue is, in words: `places.0.kind` → `places, entry 1, kind`. */
function where(path: readonly PropertyKey[]): string {
  return path.map((p) => (typeof p === 'number' ? `entry ${p + 1}` : String(p))).join(', ');
}

/**
 * The override, validated and merged with the default lexicon once to prove it fits. Refusals carry each
 * problem as its own sentence (`data.issues`), so a screen can list them next to the field.
 */
function checkedOverride(raw: unknown): LexiconOverride {
  const parsed = lexiconOverrideSchema.safeParse(raw);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => (i.path.length ? `${where(i.path)}: ${i.message}` : i.message));
    throw new DomainError('INVALID_INPUT', `The lexicon is not valid: ${issues.join('; ')}`, { issues });
  }
  try {
    mergeLexicon(defaultLexicon, parsed.data);
  } catch (error) {
    const found = (error as { issues?: { message: string; path?: PropertyKey[] }[] }).issues;
    const issues = found ? found.map((i) => (i.path?.length ? `${where(i.path)}: ${i.message}` : i.message)) : [(error as Error).message];
    throw new DomainError('INVALID_INPUT', `The lexicon does not fit the default lexicon: ${issues.join('; ')}`, { issues });
  }
  return parsed.data;
}

/**
 * Leads give a case its own lexicon additions (metrics, subjects, places, sources), or clear them with `null`.
 * The override must validate and merge cleanly with the default lexicon; it applies to documents imported from now on.
 */
export function setCaseLexicon({ db, actor }: { db: Db; actor: Actor }, input: { caseId: string; override: unknown }) {
  if (!mayManageCase(actor)) throw forbidden('Only leads can change case settings.');
  const override = input.override === null ? null : checkedOverride(input.override);
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
