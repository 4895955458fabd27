import type Database from 'better-sqlite3';
import type { Db } from './client';

export type SearchItemType = 'claim' | 'document';

/** Beyond this many hits bm25 ranking costs more than it helps (PERFORMANCE.md): return unranked hits instead. */
export const RANKED_HIT_LIMIT = 20_000;
const MAX_TERMS = 16;
const MAX_TERM_LENGTH = 100;

/**
 * Turns what a person typed into a safe FTS5 query: every term becomes a quoted string (so operators,
 * column filters and stray quotes are plain text), NUL is removed, and terms are ANDed.
 * Returns null when nothing searchable is left.
 */
export function toFtsQuery(input: string): string | null {
  const terms = input
    .replace(/\0/g, '')
    .split(/\s+/)
    .map((term) => term.slice(0, MAX_TERM_LENGTH))
    .filter((term) => /[\p{L}\p{N}]/u.test(term))
    .slice(0, MAX_TERMS);
  if (terms.length === 0) return null;
  return terms.map((term) => `"${term.replace(/"/g, '""')}"`).join(' ');
}

interface Statements {
  probe: Database.Statement<[string, number], { n: number }>;
  topK: Database.Statement<[string, number, string, string], { id: string }>;
  ranked: Database.Statement<[string, string, string, number, number], { id: string }>;
  unranked: Database.Statement<[string, string, string, number, number], { id: string }>;
}

const cache = new WeakMap<Database.Database, Statements>();

function statements(client: Database.Database): Statements {
  let found = cache.get(client);
  if (!found) {
    const from = 'FROM search_text s JOIN search_keys k ON k.rowid = s.rowid WHERE search_text MATCH ? AND k.case_id = ? AND k.item_type = ?';
    found = {
      probe: client.prepare('SELECT count(*) AS n FROM (SELECT 1 FROM search_text WHERE search_text MATCH ? LIMIT ?)'),
      // FTS5 keeps only the best k while ranking; joining afterwards touches k rows instead of every hit.
      topK: client.prepare(
        `SELECT k.item_id AS id FROM (SELECT rowid, rank FROM search_text WHERE search_text MATCH ? ORDER BY rank LIMIT ?) s
         JOIN search_keys k ON k.rowid = s.rowid WHERE k.case_id = ? AND k.item_type = ? ORDER BY s.rank`,
      ),
      ranked: client.prepare(`SELECT k.item_id AS id ${from} ORDER BY s.rank LIMIT ? OFFSET ?`),
      unranked: client.prepare(`SELECT k.item_id AS id ${from} LIMIT ? OFFSET ?`),
    };
    cache.set(client, found);
  }
  return found;
}

export interface SearchOptions {
  caseId: string;
  itemType: SearchItemType;
  query: string;
  limit: number;
  offset?: number;
  /** False when only membership matters (narrowing a list): skips ranking. */
  ranked?: boolean;
}

/** Ids of the claims or documents of a case matching the words, best first (unranked when very common). */
export function searchText(db: Db, options: SearchOptions): { ids: string[]; ranked: boolean } {
  const match = toFtsQuery(options.query);
  if (match === null) return { ids: [], ranked: true };
  const s = statements(db.$client);
  const offset = options.offset ?? 0;
  const args = [match, options.caseId, options.itemType, options.limit, offset] as const;
  if (options.ranked === false) return { ids: s.unranked.all(...args).map((r) => r.id), ranked: false };
  const hits = s.probe.get(match, RANKED_HIT_LIMIT + 1)?.n ?? 0;
  if (hits > RANKED_HIT_LIMIT) return { ids: s.unranked.all(...args).map((r) => r.id), ranked: false };
  // Best k overall, then this case's share; other cases or item types can crowd it out, so fall back when short.
  const wanted = offset + options.limit;
  const top = s.topK.all(match, wanted * 4, options.caseId, options.itemType);
  if (top.length >= wanted || hits <= wanted * 4) return { ids: top.slice(offset, wanted).map((r) => r.id), ranked: true };
  return { ids: s.ranked.all(...args).map((r) => r.id), ranked: true };
}
