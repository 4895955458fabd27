import type { Lexicon } from '../lexicon/schema';
import { PAIR, classAt } from './char-class';

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
  /** Index of `category` in TERM_CATEGORIES. */
  slot: number;
  id: string;
  /** Acronyms ("US", "AP", "WHO") match only as written, so "us" and "who" stay pronouns. */
  exact: string | null;
}

export interface CompiledLexicon {
  lexicon: Lexicon;
  /** Normalised word sequences ("law enforcement officials") → the entries they name. */
  terms: Map<string, TermEntry[]>;
  /**
   * The same keys as a tree of words: a scan looks up each next word in a small map, instead of building the joined
   * key and hashing it again at every step ("the", "in", "to" start terms and are a third of all words).
   */
  trie: Map<string, TermNode>;
  /**
   * One byte per (length, first letter, last letter) class of the trie's first words, set when some first word is of
   * that class: most words of a text start no term, and are skipped without slicing them out or hashing them.
   */
  firstWordClasses: Uint8Array;
}

/** The class of a lower-cased word for `firstWordClasses` (several words share a class). */
function wordClass(lower: string, start: number, end: number): number {
  return (Math.min(end - start, 15) << 10) | ((lower.charCodeAt(start) & 31) << 5) | (lower.charCodeAt(end - 1) & 31);
}

/** A word sequence in the trie: the entries it names, if it is a whole term, and the words that can follow it. */
interface TermNode {
  entries: TermEntry[] | null;
  next: Map<string, TermNode> | null;
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
  const trie = new Map<string, TermNode>();
  const add = (category: TermCategory, id: string, term: string) => {
    const key = normaliseTerm(term);
    if (key.length === 0) return;
    const words = key.split(' ');
    let level = trie;
    let node: TermNode | undefined;
    for (const word of words) {
      if (node) {
        node.next ??= new Map();
        level = node.next;
      }
      node = level.get(word);
      if (!node) {
        node = { entries: null, next: null };
        level.set(word, node);
      }
    }
    const exact = /^[A-Z0-9.$-]+$/.test(term) && /[A-Z]/.test(term) ? term.replace(/[.\s-]/g, '') : null;
    const list = terms.get(key) ?? [];
    if (!list.some((e) => e.category === category && e.exact === exact)) list.push({ category, slot: TERM_CATEGORIES.indexOf(category), id, exact });
    terms.set(key, list);
    if (node) node.entries = list;
  };
  for (const m of lexicon.metrics) for (const t of m.terms) add('metrics', m.id, t);
  for (const s of lexicon.subjects) for (const t of s.terms) add('subjects', s.id, t);
  for (const p of lexicon.places) for (const t of p.terms) add('places', p.id, t);
  for (const s of lexicon.sources) for (const t of s.terms) add('sources', s.id, t);
  for (const h of lexicon.hedges) add('hedges', normaliseTerm(h), h);
  for (const e of lexicon.eventCues) add('eventCues', normaliseTerm(e), e);
  const firstWordClasses = new Uint8Array(1 << 14);
  for (const word of trie.keys()) firstWordClasses[wordClass(word, 0, word.length)] = 1;
  const compiled: CompiledLexicon = { lexicon, terms, trie, firstWordClasses };
  cache.set(lexicon, compiled);
  return compiled;
}

export type AllMentions = Record<TermCategory, Mention[]>;

/** End of the WORD match starting at `i` (a letter or digit): letters and digits, then any "'s"-like tails of letters. */
function wordEnd(text: string, i: number): number {
  let j = i;
  while (j < text.length) {
    const c = classAt(text, j);
    if ((c & 3) === 1) break;
    j += c >= PAIR ? 2 : 1;
  }
  while (j + 1 < text.length) {
    const q = text.charCodeAt(j);
    if (q !== 39 && q !== 0x2019) break;
    let e = j + 1;
    while (e < text.length) {
      const c = classAt(text, e);
      if ((c & 3) !== 2) break;
      e += c >= PAIR ? 2 : 1;
    }
    if (e === j + 1) break;
    j = e;
  }
  return j;
}

/**
 * The words of `text` as WORD matches them: their offsets, and the text lower-cased with curly apostrophes straightened,
 * to slice a word's lower-cased form from. Lower-casing the whole text once is exact unless it changes a length ("İ")
 * or the word context matters (final sigma); then `lower` is null and every word is lowered on its own, in `lows`.
 */
interface Words {
  lower: string | null;
  lows: string[] | null;
  starts: number[];
  ends: number[];
}

function scanWords(text: string): Words {
  const starts: number[] = [];
  const ends: number[] = [];
  let lower: string | null = text.toLowerCase();
  if (lower.length !== text.length || text.includes('Σ')) lower = null;
  else if (lower.includes('’')) lower = lower.replace(/’/g, "'");
  const lows: string[] | null = lower === null ? [] : null;
  for (let i = 0; i < text.length; ) {
    const c = classAt(text, i);
    if ((c & 3) === 1) {
      i += c >= PAIR ? 2 : 1;
      continue;
    }
    const end = wordEnd(text, i);
    if (lows !== null) {
      let low = text.slice(i, end).toLowerCase();
      if (low.includes('’')) low = low.replace(/’/g, "'");
      lows.push(low);
    }
    starts.push(i);
    ends.push(end);
    i = end;
  }
  return { lower, lows, starts, ends };
}

function wordAt(words: Words, k: number): string {
  return words.lows !== null ? (words.lows[k] ?? '') : (words.lower ?? '').slice(words.starts[k], words.ends[k]);
}

// Where the scan below keeps, per category, the longest term starting at the current word: reused across words and
// calls (the scan is synchronous), so a word that starts terms allocates nothing until a mention is kept.
const BEST_ID: string[] = TERM_CATEGORIES.map(() => '');
const BEST_END: number[] = TERM_CATEGORIES.map(() => 0);
const EXACT_IGNORED = /[.\s-]/g;

/** Every mention of every category in `text` in one scan: leftmost, longest, without overlaps within a category. */
export function findAllMentions(compiled: CompiledLexicon, text: string, base = 0): AllMentions {
  const words = scanWords(text);
  const { lower, starts, ends } = words;
  const count = starts.length;
  const classes = compiled.firstWordClasses;
  const lists: Mention[][] = TERM_CATEGORIES.map(() => []);
  const lastEnd: number[] = TERM_CATEGORIES.map(() => -1);
  for (let i = 0; i < count; i++) {
    const firstStart = starts[i];
    const firstEnd = ends[i];
    if (firstStart === undefined || firstEnd === undefined) continue;
    if (lower !== null && classes[wordClass(lower, firstStart, firstEnd)] === 0) continue;
    let node = compiled.trie.get(wordAt(words, i));
    // Bit k set: BEST_ID[k] and BEST_END[k] hold a term of category k starting here.
    let found = 0;
    for (let n = 1; node !== undefined; n++) {
      const end = ends[i + n - 1];
      if (end === undefined) break;
      if (node.entries) {
        let written: string | null = null;
        for (const e of node.entries) {
          if (e.exact !== null) {
            written ??= text.slice(firstStart, end).replace(EXACT_IGNORED, '');
            if (written !== e.exact) continue;
          }
          BEST_ID[e.slot] = e.id;
          BEST_END[e.slot] = end;
          found |= 1 << e.slot;
        }
      }
      const start = starts[i + n];
      if (!node.next || start === undefined || !isGap(text, end, start)) break;
      node = node.next.get(wordAt(words, i + n));
    }
    if (found === 0) continue;
    for (let k = 0; k < lists.length; k++) {
      if ((found & (1 << k)) === 0) continue;
      const hitEnd = BEST_END[k] ?? 0;
      if (firstStart < (lastEnd[k] ?? -1)) continue;
      lists[k]?.push({ id: BEST_ID[k] ?? '', start: base + firstStart, end: base + hitEnd, words: text.slice(firstStart, hitEnd) });
      lastEnd[k] = hitEnd;
    }
  }
  const [metrics = [], subjects = [], places = [], sources = [], hedges = [], eventCues = []] = lists;
  return { metrics, subjects, places, sources, hedges, eventCues };
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
