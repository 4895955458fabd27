import type { Span } from '../claim';
import type { Lexicon } from '../lexicon/schema';
import { indexLexicon } from './lexicon-index';
import { COUNTABLE_KINDS, type ParsedFigure } from './parse-figures';
import { type Mention, mentionsIn } from './term-matcher';

const COUNTED_CATEGORIES = new Set(['casualty', 'detention']);
const COLLECTIVE = new Set(['police', 'army', 'military', 'crowd', 'law enforcement']);

const byStart = (a: Mention, b: Mention): number => a.start - b.start;

/** The next subject or metric mention follows the figure directly, with at most one word between. */
function nounFollows(text: string, end: number, mentions: readonly Mention[]): boolean {
  const next = mentionsIn(mentions, end, end + 30)[0];
  if (!next) return false;
  return /^\s+(?:[\p{L}-]+\s+)?$/u.test(text.slice(end, next.start));
}

// "Police officers were beheaded": a plural role noun, then the passive of a casualty or detention verb.
const PASSIVE_GAP = /^\s+(?:were|are|have been|had been|have|had|got)\s+(?:[\p{L}-]+\s+)?$/u;
// A quantifier or negation before the noun ("no soldiers", "none of the journalists", "many protesters") says the
// count is not "at least two".
const NOT_PLURAL_COUNT = /\b(?:no|none|any|all|both|many|some|most|few|several|of|other|these|those|such)\s+(?:the\s+)?$/iu;
const PLURAL_NOUN = /(?:s|men|women|children|people)$/i;

function pluralCounts(text: string, sentence: Span, out: readonly ParsedFigure[], subjects: readonly Mention[], counted: readonly Mention[]): ParsedFigure[] {
  const found: ParsedFigure[] = [];
  for (const subject of subjects) {
    const words = subject.words.toLowerCase();
    if (COLLECTIVE.has(words) || !PLURAL_NOUN.test(words)) continue;
    const verb = counted.find((m) => m.start >= subject.end && PASSIVE_GAP.test(text.slice(subject.end, m.start)));
    if (!verb) continue;
    const before = text.slice(Math.max(sentence.start, subject.start - 30), subject.start);
    // A figure just before the noun counts it already ("two police officers").
    if (NOT_PLURAL_COUNT.test(before) || out.some((f) => f.span.end <= subject.start && f.span.end >= subject.start - 30)) continue;
    found.push({
      kind: 'count',
      text: text.slice(subject.start, subject.end),
      span: { start: subject.start, end: subject.end },
      interval: { low: 2, high: null },
      qualifier: null,
      unit: 'count',
      weak: false,
      vague: true,
      scareQuoted: false,
      converted: [],
    });
  }
  return found;
}

/**
 * The figures of a sentence that can be claims: countable kinds, weak quantifiers only before a counted noun,
 * "a police officer … beheaded" (an article counting one casualty), and "police officers were beheaded" (a plural
 * counting at least two).
 */
export function figureCandidates(lexicon: Lexicon, text: string, sentence: Span, parsed: readonly ParsedFigure[], metrics: readonly Mention[], subjects: readonly Mention[]): ParsedFigure[] {
  // The nouns are merged only for a weak quantifier ("several"), which few sentences have.
  let nouns: Mention[] | null = null;
  const out: ParsedFigure[] = [];
  for (const f of parsed) {
    if (!COUNTABLE_KINDS.has(f.kind)) continue;
    if (f.weak) {
      nouns ??= [...subjects, ...metrics].sort(byStart);
      if (!nounFollows(text, f.span.end, nouns)) continue;
    }
    out.push(f);
  }
  const categories = indexLexicon(lexicon).metricCategory;
  const casualty = metrics.filter((m) => COUNTED_CATEGORIES.has(categories.get(m.id) ?? ''));
  if (casualty.length === 0) return out;
  out.push(...pluralCounts(text, sentence, out, subjects, casualty));
  for (const subject of subjects) {
    if (COLLECTIVE.has(subject.words.toLowerCase()) || /s$/i.test(subject.words)) continue;
    const before = text.slice(Math.max(sentence.start, subject.start - 24), subject.start);
    const article = /(?:^|[\s(])(an?|one)\s+(?:[\p{L}-]+\s+)?$/iu.exec(before);
    if (!article?.[1]) continue;
    const start = subject.start - before.length + article.index + article[0].indexOf(article[1]);
    if (out.some((f) => f.span.start <= subject.end && f.span.end >= start)) continue;
    // The casualty word must sit in the same clause as the noun.
    const clauseEnd = text.slice(subject.end, sentence.end).search(/[,;:]|\s(?:while|whereas|but)\s/);
    const windowEnd = clauseEnd === -1 ? sentence.end : subject.end + clauseEnd;
    const clauseStart = Math.max(sentence.start, text.lastIndexOf(',', start) + 1);
    if (!casualty.some((m) => (m.start >= subject.end && m.end <= windowEnd) || (m.start >= clauseStart && m.end <= start))) continue;
    out.push({
      kind: 'count',
      text: text.slice(start, subject.end),
      span: { start, end: subject.end },
      interval: { low: 1, high: 1 },
      qualifier: null,
      unit: 'count',
      weak: false,
      vague: false,
      scareQuoted: false,
      converted: [],
    });
  }
  return out.sort((a, b) => a.span.start - b.span.start);
}
