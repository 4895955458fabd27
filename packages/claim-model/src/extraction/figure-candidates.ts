import type { Span } from '../claim';
import type { Lexicon } from '../lexicon/schema';
import { indexLexicon } from './lexicon-index';
import { COUNTABLE_KINDS, type ParsedFigure } from './parse-figures';
import { type Mention, mentionsIn } from './term-matcher';

const COUNTED_CATEGORIES = new Set(['casualty', 'detention']);
const COLLECTIVE = new Set(['police', 'army', 'military', 'crowd', 'law enforcement']);

/** The next subject or metric mention follows the figure directly, with at most one word between. */
function nounFollows(text: string, end: number, mentions: readonly Mention[]): boolean {
  const next = mentionsIn(mentions, end, end + 30)[0];
  if (!next) return false;
  return /^\s+(?:[\p{L}-]+\s+)?$/u.test(text.slice(end, next.start));
}

/**
 * The figures of a sentence that can be claims: countable kinds, weak quantifiers only before a counted noun,
 * plus "a police officer … beheaded" (an article counting one casualty).
 */
export function figureCandidates(lexicon: Lexicon, text: string, sentence: Span, parsed: readonly ParsedFigure[], metrics: readonly Mention[], subjects: readonly Mention[]): ParsedFigure[] {
  const nouns = [...subjects, ...metrics].sort((a, b) => a.start - b.start);
  const out = parsed.filter((f) => COUNTABLE_KINDS.has(f.kind) && (!f.weak || nounFollows(text, f.span.end, nouns)));
  const categories = indexLexicon(lexicon).metricCategory;
  const casualty = metrics.filter((m) => COUNTED_CATEGORIES.has(categories.get(m.id) ?? ''));
  if (casualty.length === 0) return out;
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
