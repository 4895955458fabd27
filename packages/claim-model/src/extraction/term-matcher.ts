import type { Lexicon } from '../lexicon/schema';

/** A lexicon term found in a text: its entry id and where. */
export interface Mention {
  id: string;
  start: number;
  end: number;
  words: string;
}

export const TERM_CATEGORIES = ['metrics', 'subjects', 'places', 'sources', 'hedges', 'eventCues'] as const;
export type TermCategory = (typeof TERM_CATEGORIES)[number];

interface TermEntry {
  category: TermCategory;
  id: string;
  /** Acronyms ("US", "AP", "WHO") match only as written, so "us" and "who" stay pronouns. */
  exact: string | null;
}

export interface CompiledLexicon {
  lexicon: Lexicon;
  /** Normalised word sequences ("law enforcement officials") → the entries they name. */
  terms: Map<string, TermEntry[]>;
  /** Every proper prefix of a term key, so a scan stops extending as soon as no term can match. */
  prefixes: Set<string>;
  maxWords: number;
}

// Words are letters and digits with inner apostrophes; hyphens and spaces between words are interchangeable.
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;
/** Words of one term are separated by one to three spaces, hyphens or dots ("Khabar-24", "U.S."). */
function isGap(text: string, from: number, to: number): boolean {
  if (to - from < 1 || to - from > 3) return false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (!(c === 32 || c === 9 || c === 10 || c === 45 || c === 46 || c === 0x2010 || c === 0x2011 || c === 0xa0)) return false;
  }
  return true;
}

const cache = new WeakMap<Lexicon, CompiledLexicon>();

export function normaliseTerm(text: string): string {
  WORD.lastIndex = 0;
  return (text.match(WORD) ?? []).map((w) => w.toLowerCase().replace(/’/g, "'")).join(' ');
}

/** Compiles a lexicon into a word-sequence dictionary once; later calls with the same lexicon object reuse it. */
export function compileLexicon(lexicon: Lexicon): CompiledLexicon {
  const hit = cache.get(lexicon);
  if (hit) return hit;
  const terms = new Map<string, TermEntry[]>();
  const prefixes = new Set<string>();
  let maxWords = 1;
  const add = (category: TermCategory, id: string, term: string) => {
    const key = normaliseTerm(term);
    if (key.length === 0) return;
    const words = key.split(' ');
    maxWords = Math.max(maxWords, words.length);
    for (let n = 1; n < words.length; n++) prefixes.add(words.slice(0, n).join(' '));
    const exact = /^[A-Z0-9.$-]+$/.test(term) && /[A-Z]/.test(term) ? term.replace(/[.\s-]/g, '') : null;
    const list = terms.get(key) ?? [];
    if (!list.some((e) => e.category === category && e.exact === exact)) list.push({ category, id, exact });
    terms.set(key, list);
  };
  for (const m of lexicon.metrics) for (const t of m.terms) add('metrics', m.id, t);
  for (const s of lexicon.subjects) for (const t of s.terms) add('subjects', s.id, t);
  for (const p of lexicon.places) for (const t of p.terms) add('places', p.id, t);
  for (const s of lexicon.sources) for (const t of s.terms) add('sources', s.id, t);
  for (const h of lexicon.hedges) add('hedges', normaliseTerm(h), h);
  for (const e of lexicon.eventCues) add('eventCues', normaliseTerm(e), e);
  const compiled: CompiledLexicon = { lexicon, terms, prefixes, maxWords };
  cache.set(lexicon, compiled);
  return compiled;
}

export type AllMentions = Record<TermCategory, Mention[]>;

/** Every mention of every category in `text` in one scan: leftmost, longest, without overlaps within a category. */
export function findAllMentions(compiled: CompiledLexicon, text: string, base = 0): AllMentions {
  const words: { low: string; start: number; end: number }[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m !== null; m = WORD.exec(text)) {
    const low = m[0].toLowerCase();
    words.push({ low: low.includes('’') ? low.replace(/’/g, "'") : low, start: m.index, end: m.index + m[0].length });
  }
  const out: AllMentions = { metrics: [], subjects: [], places: [], sources: [], hedges: [], eventCues: [] };
  const lastEnd: Record<TermCategory, number> = { metrics: -1, subjects: -1, places: -1, sources: -1, hedges: -1, eventCues: -1 };
  for (let i = 0; i < words.length; i++) {
    const first = words[i];
    if (!first) continue;
    let key = first.low;
    if (!compiled.terms.has(key) && !compiled.prefixes.has(key)) continue;
    let best: Map<TermCategory, { id: string; end: number }> | null = null;
    for (let n = 1; n <= compiled.maxWords; n++) {
      const last = words[i + n - 1];
      if (!last) break;
      if (n > 1) {
        const prev = words[i + n - 2];
        if (!prev || !isGap(text, prev.end, last.start)) break;
        key += ` ${last.low}`;
      }
      const entries = compiled.terms.get(key);
      if (entries) {
        for (const e of entries) {
          if (e.exact !== null && text.slice(first.start, last.end).replace(/[.\s-]/g, '') !== e.exact) continue;
          best ??= new Map();
          best.set(e.category, { id: e.id, end: last.end });
        }
      }
      if (!compiled.prefixes.has(key)) break;
    }
    if (!best) continue;
    for (const [category, hit] of best) {
      if (first.start < lastEnd[category]) continue;
      out[category].push({ id: hit.id, start: base + first.start, end: base + hit.end, words: text.slice(first.start, hit.end) });
      lastEnd[category] = hit.end;
    }
  }
  return out;
}

/** The mentions of one category in `text` (offsets relative to `text`). */
export function findMentions(compiled: CompiledLexicon, category: TermCategory, text: string): Mention[] {
  return findAllMentions(compiled, text)[category];
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
