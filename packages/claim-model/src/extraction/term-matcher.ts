import type { Lexicon } from '../lexicon/schema';

/** A lexicon term found in a text: its entry id and where. */
export interface Mention {
  id: string;
  start: number;
  end: number;
  words: string;
}

export type TermCategory = 'metrics' | 'subjects' | 'places' | 'sources' | 'hedges' | 'eventCues';

interface CompiledCategory {
  patterns: RegExp[];
  ids: Map<string, string>;
}

export interface CompiledLexicon {
  lexicon: Lexicon;
  categories: Record<TermCategory, CompiledCategory>;
}

const cache = new WeakMap<Lexicon, CompiledLexicon>();

export function normaliseTerm(text: string): string {
  return text.toLowerCase().replace(/[’‘`]/g, "'").replace(/[‐‑–]/g, '-').replace(/\s+/g, ' ').trim();
}

function escape(term: string): string {
  return term
    .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    .replace(/'/g, "['’]")
    .replace(/-/g, '[-‐‑ ]')
    .replace(/ +/g, '\\s+');
}

function compile(entries: ReadonlyArray<{ id: string; terms: readonly string[] }>): CompiledCategory {
  const ids = new Map<string, string>();
  const sensitive: string[] = [];
  const insensitive: string[] = [];
  for (const entry of entries) {
    for (const term of entry.terms) {
      const key = normaliseTerm(term);
      if (!ids.has(key)) ids.set(key, entry.id);
      // Acronyms ("US", "AP", "WHO") match only in capitals, so "us" and "who" stay pronouns.
      (/^[A-Z0-9.$-]+$/.test(term) && /[A-Z]/.test(term) ? sensitive : insensitive).push(term);
    }
  }
  const build = (terms: string[], flags: string): RegExp | null => {
    if (terms.length === 0) return null;
    const sorted = [...new Set(terms)].sort((a, b) => b.length - a.length).map(escape);
    return new RegExp(`(?<![\\p{L}\\p{N}])(?:${sorted.join('|')})(?![\\p{L}\\p{N}])`, flags);
  };
  const patterns = [build(insensitive, 'giu'), build(sensitive, 'gu')].filter((p): p is RegExp => p !== null);
  return { patterns, ids };
}

/** Compiles a lexicon into matchers once; later calls with the same lexicon object reuse them. */
export function compileLexicon(lexicon: Lexicon): CompiledLexicon {
  const hit = cache.get(lexicon);
  if (hit) return hit;
  const asEntries = (terms: readonly string[]) => terms.map((t) => ({ id: normaliseTerm(t), terms: [t] }));
  const compiled: CompiledLexicon = {
    lexicon,
    categories: {
      metrics: compile(lexicon.metrics),
      subjects: compile(lexicon.subjects),
      places: compile(lexicon.places),
      sources: compile(lexicon.sources),
      hedges: compile(asEntries(lexicon.hedges)),
      eventCues: compile(asEntries(lexicon.eventCues)),
    },
  };
  cache.set(lexicon, compiled);
  return compiled;
}

/** Every mention of a category's terms in `text`, sorted by start, longest match first and without overlaps. */
export function findMentions(compiled: CompiledLexicon, category: TermCategory, text: string): Mention[] {
  const { patterns, ids } = compiled.categories[category];
  const found: Mention[] = [];
  for (const pattern of patterns) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
      const id = ids.get(normaliseTerm(m[0]));
      if (id !== undefined) found.push({ id, start: m.index, end: m.index + m[0].length, words: m[0] });
    }
  }
  if (patterns.length > 1) found.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Mention[] = [];
  let lastEnd = -1;
  for (const mention of found) {
    if (mention.start < lastEnd) continue;
    out.push(mention);
    lastEnd = mention.end;
  }
  return out;
}

/** The mentions lying inside [start, end), from a list sorted by start. */
export function mentionsIn(mentions: readonly Mention[], start: number, end: number): Mention[] {
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((mentions[mid]?.start ?? 0) < start) lo = mid + 1;
    else hi = mid;
  }
  const out: Mention[] = [];
  for (let i = lo; i < mentions.length; i++) {
    const m = mentions[i];
    if (!m || m.start >= end) break;
    if (m.end <= end) out.push(m);
  }
  return out;
}
