import type { Figure, Interval } from '../claim';
import { CURRENCY_SYMBOLS, CURRENCY_WORDS, DURATION_UNITS, MEASURE_UNITS, MONTHS } from './number-words';
import { POSTFIXES, QUALIFIERS, type QualifierType, qualify } from './qualifiers';
import { type Quantity, readQuantity } from './read-quantity';
import { type Token, tokenize } from './tokens';

export const FIGURE_KINDS = ['count', 'money', 'percent', 'measure', 'duration', 'age', 'year', 'date', 'time', 'ordinal', 'name'] as const;
export type FigureKind = (typeof FIGURE_KINDS)[number];

/** Figure kinds that can be what a claim counts; the others are recognised so that they are never counted. */
export const COUNTABLE_KINDS: ReadonlySet<FigureKind> = new Set(['count', 'money', 'percent', 'measure']);

/** A money amount given again in another currency, "($ 0.11)". */
export interface ConvertedAmount {
  text: string;
  interval: Interval;
  unit: string;
}

export interface ParsedFigure extends Figure {
  kind: FigureKind;
  /** "several", "one": a count only when a counted noun follows; the caller decides. */
  weak: boolean;
  /** Written with vague words ("dozens", "hundreds"). */
  vague: boolean;
  /** The figure itself is in quotation marks (“dozens”): a hedge. */
  scareQuoted: boolean;
  converted: ConvertedAmount[];
}

export interface ParseFiguresOptions {
  /** Offset added to every span, when `text` is a slice of a document. */
  base?: number;
  /** ISO code for a bare "$" (USD unless the outlet's home currency is another dollar). */
  defaultDollar?: string;
}

const YEAR_PREPS = new Set(['in', 'since', 'from', 'until', 'till', 'to', 'by', 'of', 'between', 'and', 'early', 'late', 'mid', 'before', 'after', 'during', 'circa', 'year', 'the', 'summer', 'winter', 'spring', 'autumn', 'fall', '-', '–']);
const CAPITAL_STOP = new Set(['at', 'in', 'on', 'by', 'some', 'about', 'over', 'nearly', 'almost', 'around', 'more', 'than', 'up', 'to', 'of', 'and', 'or', 'the', 'only', 'just', 'another', 'all', 'since', 'until', 'from', 'with', 'as', 'after', 'before', 'least', 'estimated', 'roughly', 'approximately', 'killed', 'dead', 'wounded', 'injured', 'yesterday', 'today', 'tonight', 'another', 'only', 'nearly', 'almost', 'fewer', 'less', 'under', 'between', 'from', 'but', 'while', 'when', 'if', 'with', 'without', 'of', 'for']);
const AGE_FOLLOWERS = new Set(['was', 'is', 'has', 'had', 'who', 'said', 'says', 'told', 'died', 'remains', 'remained', 'lives', 'faces', 'appeared', 'will', 'would', 'and']);
const CHANGE_VERBS = new Set(['rose', 'risen', 'rising', 'increased', 'climbed', 'jumped', 'grew', 'fell', 'fallen', 'dropped', 'declined', 'decreased', 'revised', 'raised', 'lowered', 'up', 'down']);
const OPEN_QUOTES = new Set(['“', '"', '‘', '«', "'"]);
const CLOSE_QUOTES = new Set(['”', '"', '’', '»', "'"]);
const TIME_SUFFIX = new Set(['a.m.', 'p.m.', 'am', 'pm', 'a.m', 'p.m', "o'clock", 'gmt', 'utc']);

const isMonth = (t: Token | undefined): boolean => t !== undefined && MONTHS[t.low] !== undefined && /^[A-Z]/.test(t.raw);
const isInt = (iv: Interval): boolean => iv.low !== null && Number.isInteger(iv.low) && (iv.high === null || Number.isInteger(iv.high));

const QUALIFIER_PARTS = QUALIFIERS.map(([words, type]) => [words.split(' '), type] as const);
const QUALIFIER_LAST_WORDS = new Set(QUALIFIER_PARTS.map(([parts]) => parts.at(-1)));

function qualifierBefore(tokens: readonly Token[], from: number): { from: number; type: QualifierType } | null {
  if (!QUALIFIER_LAST_WORDS.has(tokens[from - 1]?.low)) return null;
  for (const [parts, type] of QUALIFIER_PARTS) {
    const start = from - parts.length;
    if (start < 0) continue;
    if (parts.every((p, k) => tokens[start + k]?.low === p)) return { from: start, type };
  }
  return null;
}

function currencyBefore(tokens: readonly Token[], from: number, defaultDollar: string): { from: number; unit: string } | null {
  const t1 = tokens[from - 1];
  const t2 = tokens[from - 2];
  if (!t1) return null;
  if (t1.raw === '$') {
    if (t2 && /^(US|A|AU|C|NZ|HK)$/.test(t2.raw) && t2.end === t1.start) return { from: from - 2, unit: CURRENCY_SYMBOLS[`${t2.raw}$`] ?? 'USD' };
    return { from: from - 1, unit: defaultDollar };
  }
  if (t1.raw === 'US' && t2?.raw === '$' && t2.end === t1.start) return { from: from - 2, unit: 'USD' };
  const symbol = CURRENCY_SYMBOLS[t1.raw];
  return symbol ? { from: from - 1, unit: symbol } : null;
}

interface Classified {
  kind: FigureKind;
  unit: string;
  /** Token range the figure covers, end exclusive (units included). */
  from: number;
  to: number;
}

function classify(tokens: readonly Token[], q: Quantity, defaultDollar: string): Classified {
  const prev = tokens[q.from - 1];
  const next = tokens[q.to];
  const first = tokens[q.from];
  const value = q.interval.low ?? 0;
  const base = { from: q.from, to: q.to };
  if (first && /^\d+[a-z]+$/i.test(first.raw) && !/^\d+(?:m|k)$/i.test(first.raw)) {
    if (isMonth(prev) || isMonth(next)) return { kind: 'date', unit: 'date', ...base, to: isMonth(next) ? q.to + 1 : q.to };
    return { kind: 'ordinal', unit: 'ordinal', ...base };
  }
  if (q.digits && isMonth(prev) && value <= 31) return { kind: 'date', unit: 'date', from: q.from - 1, to: q.to };
  if (q.digits && isMonth(next) && value <= 31) return { kind: 'date', unit: 'date', from: q.from, to: q.to + 1 };
  if (q.digits && first && /^\d{4}$/.test(first.raw) && value >= 1800 && value <= 2100) {
    const yearish = prev === undefined || YEAR_PREPS.has(prev.low) || isMonth(prev) || prev.raw === ',' || prev.raw === '(';
    if (yearish && qualifierBefore(tokens, q.from) === null) return { kind: 'year', unit: 'year', ...base };
  }
  const currency = currencyBefore(tokens, q.from, defaultDollar);
  if (currency) return { kind: 'money', unit: currency.unit, from: currency.from, to: q.to };
  if (q.digits && prev && next && prev.end === first?.start && /^[-‐‑]$/.test(prev.raw)) {
    const before = tokens[q.from - 2];
    if (before && before.end === prev.start && /\p{L}/u.test(before.raw)) return { kind: 'name', unit: 'name', ...base };
  }
  if (q.digits && prev && prev.end + 1 === first?.start && /^[A-Z][\p{L}]*$/u.test(prev.raw) && !CAPITAL_STOP.has(prev.low) && !isMonth(prev) && !/day$/.test(prev.low)) {
    return { kind: 'name', unit: 'name', ...base };
  }
  if (next && (TIME_SUFFIX.has(next.low) || (next.raw === ':' && /^\d{2}$/.test(tokens[q.to + 1]?.raw ?? '')))) return { kind: 'time', unit: 'time', ...base };
  if (q.hyphenUnit) return { kind: /old$/.test(tokens[q.to]?.low ?? '') ? 'age' : 'duration', unit: q.hyphenUnit, ...base };
  if (next && /^[-‐‑]$/.test(next.raw) && /^years?-old$|^year$/.test(tokens[q.to + 1]?.low ?? '')) return { kind: 'age', unit: 'years', from: q.from, to: q.to + 2 };
  if (next && DURATION_UNITS.has(next.low)) {
    if (tokens[q.to + 1]?.low === 'old') return { kind: 'age', unit: 'years', from: q.from, to: q.to + 2 };
    return { kind: 'duration', unit: next.low.replace(/s$/, ''), from: q.from, to: q.to + 1 };
  }
  if (q.digits && prev?.low === 'aged') return { kind: 'age', unit: 'years', ...base };
  // "Nazarbayev, 81, who…", "The suspect, 34, was arrested": an age between commas after a person.
  const afterComma = tokens[q.to + 1]?.low ?? '';
  if (q.digits && prev?.raw === ',' && value <= 120 && /^\p{L}/u.test(tokens[q.from - 2]?.raw ?? '') && (next?.raw === '.' || (next?.raw === ',' && (/^[A-Z]/.test(tokens[q.from - 2]?.raw ?? '') || AGE_FOLLOWERS.has(afterComma))))) {
    return { kind: 'age', unit: 'years', ...base };
  }
  if (next && (next.raw === '%' || next.low === 'percent' || next.low === 'pct')) return { kind: 'percent', unit: 'percent', from: q.from, to: q.to + 1 };
  if (next?.low === 'per' && tokens[q.to + 1]?.low === 'cent') return { kind: 'percent', unit: 'percent', from: q.from, to: q.to + 2 };
  if (next && CURRENCY_WORDS[next.low]) return { kind: 'money', unit: CURRENCY_WORDS[next.low] ?? 'XXX', from: q.from, to: q.to + 1 };
  if (next && MEASURE_UNITS[next.low]) return { kind: 'measure', unit: MEASURE_UNITS[next.low] ?? next.low, from: q.from, to: q.to + 1 };
  return { kind: 'count', unit: 'count', ...base };
}

/** Finds every figure of `text`: counts, money, percentages, measures, and the years, dates, ages and durations that must not be counted. */
export function parseFigures(text: string, options: ParseFiguresOptions = {}): ParsedFigure[] {
  const base = options.base ?? 0;
  const tokens = tokenize(text);
  return parseFigureTokens(text, tokens, { base, defaultDollar: options.defaultDollar ?? 'USD' });
}

/** As `parseFigures`, over tokens already made from `text` (offsets relative to `text`). */
export function parseFigureTokens(text: string, tokens: readonly Token[], options: { base: number; defaultDollar: string }): ParsedFigure[] {
  const out: ParsedFigure[] = [];
  const slice = (from: number, to: number): string => text.slice(tokens[from]?.start ?? 0, tokens[to - 1]?.end ?? 0);
  let i = 0;
  while (i < tokens.length) {
    const q = readQuantity(tokens, i);
    if (!q) {
      i++;
      continue;
    }
    const c = classify(tokens, q, options.defaultDollar);
    let from = c.from;
    let to = c.to;
    let interval = q.interval;
    const { kind } = c;
    let weak = q.weak;
    // Date ranges "January 2 to 3" and year ranges "2005 to 2009" stay dates and years.
    if ((kind === 'date' || kind === 'year') && /^(to|-|–|and)$/.test(tokens[to]?.low ?? '')) {
      const second = readQuantity(tokens, to + 1);
      if (second?.digits) to = second.to;
    }
    let qualifier: { from: number; type: QualifierType } | null = null;
    if (kind === 'count' || kind === 'money' || kind === 'percent' || kind === 'measure') {
      // "rose from 12 to 15" is a change between two values, not a range.
      const change = tokens[from - 1]?.low === 'from' && CHANGE_VERBS.has(tokens[from - 2]?.low ?? '');
      const range = change ? null : readRange(tokens, to, c, options.defaultDollar);
      if (range) {
        interval = { low: q.interval.low, high: range.interval.high };
        to = range.to;
        if (tokens[from - 1]?.low === 'between' || tokens[from - 1]?.low === 'from') from--;
        weak = false;
      } else {
        qualifier = qualifierBefore(tokens, from);
        let postfix: (typeof POSTFIXES)[number] | undefined;
        for (const p of POSTFIXES) {
          const parts = p[0] === '-plus' ? ['-', 'plus'] : p[0].split(' ');
          if (parts.every((w, k) => tokens[to + k]?.low === w)) {
            postfix = p;
            to += parts.length;
            break;
          }
        }
        const integer = kind === 'count' && isInt(q.interval);
        if (qualifier) {
          interval = qualify(interval, qualifier.type, integer);
          from = qualifier.from;
          weak = false;
        } else if (postfix) interval = qualify(interval, postfix[1], integer);
      }
    }
    const converted: ConvertedAmount[] = [];
    if (kind === 'money' && tokens[to]?.raw === '(') {
      const inner = readQuantity(tokens, to + 1) ?? readQuantity(tokens, to + 2) ?? readQuantity(tokens, to + 3);
      if (inner?.digits && tokens[inner.to]?.raw === ')') {
        const cur = currencyBefore(tokens, inner.from, options.defaultDollar);
        const innerUnit = cur ? (c.unit === 'USD' && cur.unit === 'USD' && tokens[inner.from - 1]?.raw === '$' && tokens[inner.from - 2]?.raw === '(' ? options.defaultDollar : cur.unit) : c.unit;
        converted.push({ text: slice(to + 1, inner.to), interval: inner.interval, unit: innerUnit });
        to = inner.to + 1;
      }
    }
    const startToken = tokens[from];
    const endToken = tokens[to - 1];
    if (startToken && endToken) {
      const scareQuoted = OPEN_QUOTES.has(tokens[q.from - 1]?.raw ?? '') && CLOSE_QUOTES.has(tokens[q.to]?.raw ?? '') && !qualifier;
      const qualifierText = qualifier ? slice(qualifier.from, qualifier.from + qualifierLength(qualifier.type, tokens, qualifier.from, q.from)) : null;
      out.push({
        kind,
        text: text.slice(startToken.start, endToken.end),
        span: { start: options.base + startToken.start, end: options.base + endToken.end },
        interval,
        qualifier: qualifierText,
        unit: c.unit,
        weak,
        vague: q.vague,
        scareQuoted,
        converted,
      });
    }
    i = Math.max(to, i + 1);
  }
  return out;
}

function qualifierLength(_type: QualifierType, tokens: readonly Token[], from: number, quantityFrom: number): number {
  // The qualifier runs up to the quantity or its currency sign.
  let n = 0;
  while (from + n < quantityFrom && /^[\p{L}]/u.test(tokens[from + n]?.raw ?? '')) n++;
  return Math.max(1, n);
}

function readRange(tokens: readonly Token[], at: number, first: Classified, defaultDollar: string): { to: number; interval: Interval } | null {
  const joiner = tokens[at];
  if (!joiner || !/^(to|-|–|—|and)$/.test(joiner.low)) return null;
  if (joiner.low === 'and' && tokens[first.from - 1]?.low !== 'between') return null;
  let from = at + 1;
  if (first.kind === 'money' && currencyBefore(tokens, from + 1, defaultDollar)) from = (tokens[from]?.raw === 'US' ? from + 2 : from + 1);
  const second = readQuantity(tokens, from);
  if (!second || second.weak || second.interval.high === null) return null;
  let to = second.to;
  if (first.kind === 'percent' && (tokens[to]?.raw === '%' || tokens[to]?.low === 'percent')) to++;
  else if (first.kind === 'measure' && MEASURE_UNITS[tokens[to]?.low ?? '']) to++;
  else if (first.kind === 'money' && CURRENCY_WORDS[tokens[to]?.low ?? '']) to++;
  // "five to six" and "100–300": the second bound must not be smaller (that would be a score or a date).
  if ((second.interval.high ?? 0) < (tokensLow(first, tokens) ?? 0)) return null;
  return { to, interval: second.interval };
}

function tokensLow(first: Classified, tokens: readonly Token[]): number | null {
  const q = readQuantity(tokens, first.kind === 'money' && !/^\d/.test(tokens[first.from]?.raw ?? '') ? first.from + (tokens[first.from + 1]?.raw === '$' || tokens[first.from + 1]?.raw === 'US' ? 2 : 1) : first.from);
  return q?.interval.low ?? null;
}
