import { searchText, type Db } from '@claimdesk/db';

/**
 * A text search narrowing a list of claims or disputes considers at most this many matching claims, in the order
 * they were stored: far more than a word that tells claims apart ever matches, and few enough that the lookup stays
 * around 10 ms on a case of a million claims (tests/bench/results/workflow.md).
 */
export const SEARCH_NARROWING_CLAIMS = 2000;

/**
 * The claims of a case matching the words, for narrowing a list. `cappedAt` is set when more claims match than are
 * considered, so the list can say it is partial instead of passing for the whole answer.
 */
export function narrowingClaims(db: Db, caseId: string, query: string): { ids: string[]; cappedAt: number | null } {
  const { ids } = searchText(db, { caseId, itemType: 'claim', query, limit: SEARCH_NARROWING_CLAIMS + 1, ranked: false });
  if (ids.length <= SEARCH_NARROWING_CLAIMS) return { ids, cappedAt: null };
  return { ids: ids.slice(0, SEARCH_NARROWING_CLAIMS), cappedAt: SEARCH_NARROWING_CLAIMS };
}
