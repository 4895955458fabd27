import { cases, eq, type Db } from '@claimdesk/db';
import { defaultLexicon, lexiconOverrideSchema, mergeLexicon, type Lexicon } from '@claimdesk/claim-model/lexicon';

/** The default lexicon with the case's own additions (validated when saved; an unreadable override is ignored, with a log). */
export function caseLexicon(db: Db, caseId: string): Lexicon {
  const row = db.select({ override: cases.lexiconOverride }).from(cases).where(eq(cases.id, caseId)).get();
  if (!row?.override) return defaultLexicon;
  const parsed = lexiconOverrideSchema.safeParse(row.override);
  if (!parsed.success) {
    console.error(`[analysis] case ${caseId} has an invalid lexicon override; using the default lexicon`);
    return defaultLexicon;
  }
  return mergeLexicon(defaultLexicon, parsed.data);
}
