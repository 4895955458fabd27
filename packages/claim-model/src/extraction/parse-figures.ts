import type { Figure, Interval } from '../claim';
import type { FigureValueKind } from '../vocabulary';
import { type Classified, FIGURE_KINDS, type FigureKind, classify, currencyBefore, unitAfter } from './classify-figure';
import { identifierAt } from './identifiers';
import { CURRENCY_WORDS, GLUED_SCALES, MAGNITUDES, MEASURE_UNITS, RATIO_WORDS, SMALL_NUMBERS, VAGUE_COUNTS, WEAK_COUNTS } from './number-words';
import { readFraction } from './proportions';
import { POSTFIXES, QUALIFIERS, type QualifierType, TALLY_VERBS, applyPostfix, qualify } from './qualifiers';
import { readColonRatio, readRatio, readToRatio } from './ratios';
import { type Quantity, readQuantity } from './read-quantity';
import { type Token, tokenize } from './tokens';

export { FIGURE_KINDS, type FigureKind };

/** Figure kinds that can be what a claim counts; the others are recognised so that they are never counted. */
export const COUNTABLE_KINDS: ReadonlySet<FigureKind> = new Set(['count', 'money', 'proportion', 'ratio', 'measure']);

/** The kind of value a claim's figure is, for the kinds a claim can carry. */
export function valueKind(kind: FigureKind): FigureValueKind {
  return kind === 'money' || kind === 'proportion' || kind === 'ratio' || kind === 'measure' ? kind : 'count';
}

/** A money amount given again in another currency, "($ 0.11)". */
export interface ConvertedAmount {
  text: string;
  interval: Interval;
  unit: string;
}

export interface ParsedFigure extends Omit<Figure, 'kind'> {
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

const CHANGE_VERBS = new Set(['rose', 'risen', 'rising', 'increased', 'climbed', 'jumped', 'grew', 'fell', 'fallen', 'dropped', 'declined', 'decreased', 'revised', 'raised', 'lowered', 'up', 'down']);
const OPEN_QUOTES = new Set(['“', '"', '‘', '«', "'"]);
const CLOSE_QUOTES = new Set(['”', '"', '’', '»', "'"]);
// What passes a figure when "passed" or "crossed" bounds it: a tally, not "passed 12 laws".
const TALLY_NOUNS = /^(toll|tolls|number|numbers|total|tally|count|figure|cases|deaths|turnout|death|infections|arrests|casualties|sales|debt|inflation|unemployment)$/;
const SIGNS = new Set(['-', '−', '‒']);

const isInt = (iv: Interval): boolean => iv.low !== null && Number.isInteger(iv.low) && (iv.high === null || Number.isInteger(iv.high));

const QUALIFIER_PARTS = QUALIFIERS.map(([words, type]) => [words.split(' '), type, TALLY_VERBS.has(words)] as const);
// Split once: the words of every postfix were split again for every figure read.
const POSTFIX_PARTS = POSTFIXES.map((p) => [p[0] === '-plus' ? ['-', 'plus'] : p[0].split(' '), p] as const);

function matchesAt(tokens: readonly Token[], at: number, words: readonly string[]): boolean {
  for (let k = 0; k < words.length; k++) if (tokens[at + k]?.low !== words[k]) return false;
  return true;
}
const QUALIFIER_LAST_WORDS = new Set(QUALIFIER_PARTS.map(([parts]) => parts.at(-1)));

function qualifierBefore(tokens: readonly Token[], from: number): { from: number; type: QualifierType } | null {
  if (!QUALIFIER_LAST_WORDS.has(tokens[from - 1]?.low)) return null;
  for (const [parts, type, tally] of QUALIFIER_PARTS) {
    const start = from - parts.length;
    if (start < 0) continue;
    if (!matchesAt(tokens, start, parts)) continue;
    if (tally && !tallyBefore(tokens, start)) continue;
    return { from: start, type };
  }
  return null;
}

function tallyBefore(tokens: readonly Token[], at: number): boolean {
  for (let k = at - 1; k >= Math.max(0, at - 5); k--) if (TALLY_NOUNS.test(tokens[k]?.low ?? '')) return true;
  return false;
}

/** Finds every figure of `text`: counts, money, percentages, measures, and the years, dates, ages and durations that must not be counted. */
export function parseFigures(text: string, options: ParseFiguresOptions = {}): ParsedFigure[] {
  const base = options.base ?? 0;
  const tokens = tokenize(text);
  return parseFigureTokens(text, tokens, { base, defaultDollar: options.defaultDollar ?? 'USD' });
}

// Words a figure can start with; every other token that does not start with a digit is skipped at once.
const START_WORDS = new Set([
  ...Object.keys(SMALL_NUMBERS), ...Object.keys(RATIO_WORDS), ...VAGUE_COUNTS.map(([w]) => w.split(' ')[0]),
  ...WEAK_COUNTS.map(([w]) => w.split(' ')[0]), 'a', 'an', 'half', 'twice',
]);

const DIGIT_FRACTION_NEXT = new Set(['in', 'out', 'times', 'fold', '-']);

function mayStart(token: Token): boolean {
  const c = token.raw.charCodeAt(0);
  if ((c >= 48 && c <= 57) || c === 46) return true;
  if (START_WORDS.has(token.low)) return true;
  const dash = token.low.indexOf('-');
  return dash > 0 && SMALL_NUMBERS[token.low.slice(0, dash)] !== undefined;
}

/** A quantity, a fraction or a ratio at token i, classified; the first reader that matches wins. */
function readAt(tokens: readonly Token[], i: number, defaultDollar: string): { q: Quantity; c: Classified } | null {
  const token = tokens[i];
  if (!token || !mayStart(token)) return null;
  if (tokens[i + 1]?.low === 'to') {
    const margin = readToRatio(tokens, i);
    if (margin) return { q: bare(margin.from, margin.to, margin.interval), c: { kind: 'ratio', unit: 'times', from: margin.from, to: margin.to } };
  }
  const id = identifierAt(tokens, i);
  if (id) return { q: bare(i, id.to, { low: null, high: null }), c: { kind: id.kind, unit: id.kind, from: i, to: id.to } };
  // Fractions and ratios before plain numbers: "two thirds" is not 2, "three times as many" is not 3. Digits start
  // one only before "in", "out", "times", "fold" or a dash ("1 in 4", "3 times", "10-fold").
  const c0 = token.raw.charCodeAt(0);
  const next = tokens[i + 1]?.low ?? '';
  const digitStart = (c0 >= 48 && c0 <= 57) || c0 === 46;
  if (digitStart && next === ':') {
    const colon = readColonRatio(tokens, i);
    if (colon) return { q: bare(colon.from, colon.to, colon.interval), c: { kind: 'ratio', unit: 'times', from: colon.from, to: colon.to } };
  }
  if (digitStart && !DIGIT_FRACTION_NEXT.has(next)) {
    const q = readQuantity(tokens, i);
    if (!q) return null;
    signed(tokens, q);
    return { q, c: classify(tokens, q, defaultDollar, (from) => qualifierBefore(tokens, from)) };
  }
  const fraction = readFraction(tokens, i);
  if (fraction) return { q: bare(fraction.from, fraction.to, fraction.interval), c: { kind: 'proportion', unit: 'percent', from: fraction.from, to: fraction.to } };
  const ratio = readRatio(tokens, i);
  if (ratio) return { q: bare(ratio.from, ratio.to, ratio.interval), c: { kind: 'ratio', unit: 'times', from: ratio.from, to: ratio.to } };
  const q = readQuantity(tokens, i);
  if (!q) return null;
  signed(tokens, q);
  return { q, c: classify(tokens, q, defaultDollar, (from) => qualifierBefore(tokens, from)) };
}

function bare(from: number, to: number, interval: Interval): Quantity {
  return { from, to, interval, digits: false, vague: false, weak: false, hyphenUnit: null, gluedUnit: null, oddSuffix: null };
}

/** "-1", "−0.5", "minus 3": a sign glued before the digits (not the dash of "100-300") or the word "minus". */
function signed(tokens: readonly Token[], q: Quantity): void {
  const sign = tokens[q.from - 1];
  const before = tokens[q.from - 2];
  const glued = sign !== undefined && SIGNS.has(sign.raw) && sign.end === tokens[q.from]?.start && (before === undefined || before.end < sign.start || before.raw === '(');
  if (!q.digits || !(glued || sign?.low === 'minus')) return;
  const { low, high } = q.interval;
  q.interval = { low: high === null ? null : -high, high: low === null ? null : -low };
  q.from--;
}

/** As `parseFigures`, over tokens already made from `text` (offsets relative to `text`). */
export function parseFigureTokens(text: string, tokens: readonly Token[], options: { base: number; defaultDollar: string }): ParsedFigure[] {
  const out: ParsedFigure[] = [];
  let i = 0;
  while (i < tokens.length) {
    const read = readAt(tokens, i, options.defaultDollar);
    if (!read) {
      i++;
      continue;
    }
    const { q, c } = read;
    let from = c.from;
    let to = c.to;
    let interval = q.interval;
    let { kind, unit } = c;
    let weak = q.weak;
    // Date ranges "January 2 to 3", year ranges "2005 to 2009" and age ranges "aged 5 to 11" stay what they are.
    if ((kind === 'date' || kind === 'year' || kind === 'age') && /^(to|-|–|and)$/.test(tokens[to]?.low ?? '')) {
      const second = readQuantity(tokens, to + 1);
      if (second?.digits) to = second.to;
    }
    let qualifier: { from: number; type: QualifierType } | null = null;
    if (COUNTABLE_KINDS.has(kind)) {
      // "rose from 12 to 15" is a change between two values, not a range.
      const change = tokens[from - 1]?.low === 'from' && CHANGE_VERBS.has(tokens[from - 2]?.low ?? '');
      const range = change || kind === 'ratio' ? null : readRange(tokens, to, c, q, options.defaultDollar);
      if (range) {
        const low = q.interval.low === null ? null : Math.round(q.interval.low * range.scale * 100) / 100;
        interval = { low, high: range.interval.high };
        if (range.unit) ({ kind, unit } = range.unit);
        to = range.to;
        if (tokens[from - 1]?.low === 'between' || tokens[from - 1]?.low === 'from') from--;
        weak = false;
      } else {
        qualifier = qualifierBefore(tokens, from);
        let postfix: (typeof POSTFIXES)[number] | undefined;
        for (const [parts, p] of POSTFIX_PARTS) {
          if (matchesAt(tokens, to, parts)) {
            postfix = p;
            to += parts.length;
            break;
          }
        }
        // "passed the 1,000 mark"
        if (tokens[to]?.low === 'mark' && qualifier && tokens[qualifier.from + 1]?.low === 'the') to++;
        const integer = kind === 'count' && isInt(q.interval);
        if (qualifier) {
          interval = qualify(interval, qualifier.type, integer);
          from = qualifier.from;
          weak = false;
        }
        if (postfix) interval = applyPostfix(interval, postfix[1], integer, qualifier !== null);
      }
    }
    const converted: ConvertedAmount[] = [];
    if (kind === 'money' && tokens[to]?.raw === '(') {
      const inner = readQuantity(tokens, to + 1) ?? readQuantity(tokens, to + 2) ?? readQuantity(tokens, to + 3);
      if (inner?.digits && tokens[inner.to]?.raw === ')') {
        const cur = currencyBefore(tokens, inner.from, options.defaultDollar);
        const innerUnit = cur ? (c.unit === 'USD' && cur.unit === 'USD' && tokens[inner.from - 1]?.raw === '$' && tokens[inner.from - 2]?.raw === '(' ? options.defaultDollar : cur.unit) : c.unit;
        converted.push({ text: sliceTokens(text, tokens, to + 1, inner.to), interval: inner.interval, unit: innerUnit });
        to = inner.to + 1;
      }
    }
    const startToken = tokens[from];
    const endToken = tokens[to - 1];
    if (startToken && endToken) {
      const scareQuoted = OPEN_QUOTES.has(tokens[q.from - 1]?.raw ?? '') && CLOSE_QUOTES.has(tokens[q.to]?.raw ?? '') && !qualifier;
      const qualifierText = qualifier ? sliceTokens(text, tokens, qualifier.from, qualifier.from + qualifierLength(qualifier.type, tokens, qualifier.from, q.from)) : null;
      out.push({
        kind,
        text: text.slice(startToken.start, endToken.end),
        span: { start: options.base + startToken.start, end: options.base + endToken.end },
        interval,
        qualifier: qualifierText,
        unit,
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

// Not a closure in parseFigureTokens: esbuild's keepNames (bench, tests) would wrap it anew for every sentence.
function sliceTokens(text: string, tokens: readonly Token[], from: number, to: number): string {
  return text.slice(tokens[from]?.start ?? 0, tokens[to - 1]?.end ?? 0);
}

function qualifierLength(_type: QualifierType, tokens: readonly Token[], from: number, quantityFrom: number): number {
  // The qualifier runs up to the quantity or its currency sign.
  let n = 0;
  while (from + n < quantityFrom && /^[\p{L}]/u.test(tokens[from + n]?.raw ?? '')) n++;
  return Math.max(1, n);
}

interface Range {
  to: number;
  interval: Interval;
  /** The scale word of the second bound, shared by a first bound written without one ("two and three thousand"). */
  scale: number;
  /** A unit written only after the second bound ("from -5 to 10 degrees", "1.5 to 2 billion dollars"). */
  unit: { kind: FigureKind; unit: string } | null;
}

function scaleOf(tokens: readonly Token[], q: Quantity): number {
  const last = tokens[q.to - 1];
  const word = MAGNITUDES[last?.low ?? ''];
  if (word !== undefined && word >= 1000) return word;
  const glued = /^[\d.,]+([a-z]{1,3})$/i.exec(last?.raw ?? '')?.[1]?.toLowerCase();
  return glued !== undefined && q.gluedUnit === null ? (GLUED_SCALES[glued] ?? 1) : 1;
}

function readRange(tokens: readonly Token[], at: number, first: Classified, firstQ: Quantity, defaultDollar: string): Range | null {
  const joiner = tokens[at];
  if (!joiner || !/^(to|-|–|—|and)$/.test(joiner.low)) return null;
  if (joiner.low === 'and' && tokens[first.from - 1]?.low !== 'between') return null;
  let from = at + 1;
  if (first.kind === 'money' && currencyBefore(tokens, from + 1, defaultDollar)) from = (tokens[from]?.raw === 'US' ? from + 2 : from + 1);
  const second = readQuantity(tokens, from);
  if (!second || second.weak || second.interval.high === null) return null;
  let to = second.to;
  if (first.kind === 'proportion' && (tokens[to]?.raw === '%' || tokens[to]?.low === 'percent')) to++;
  else if (first.kind === 'measure' && first.unit !== 'number' && MEASURE_UNITS[tokens[to]?.low ?? '']) to++;
  else if (first.kind === 'money' && CURRENCY_WORDS[tokens[to]?.low ?? '']) to++;
  let unit: Range['unit'] = null;
  const after = to === second.to && (first.kind === 'count' || (first.kind === 'measure' && first.unit === 'number')) ? unitAfter(tokens, to) : null;
  if (after) {
    unit = { kind: after.kind, unit: after.unit };
    to = after.to;
  }
  const secondScale = scaleOf(tokens, second);
  const firstLow = firstQ.interval.low ?? 0;
  const scale = secondScale > 1 && scaleOf(tokens, firstQ) === 1 && Math.abs(firstLow) < 1000 && firstLow * secondScale <= (second.interval.high ?? 0) ? secondScale : 1;
  // "five to six" and "100–300": the second bound must not be smaller (that would be a score or a date).
  if ((second.interval.high ?? 0) < (tokensLow(first, tokens) ?? 0) * scale) return null;
  return { to, interval: second.interval, scale, unit };
}

function tokensLow(first: Classified, tokens: readonly Token[]): number | null {
  const q = readQuantity(tokens, first.kind === 'money' && !/^\d/.test(tokens[first.from]?.raw ?? '') ? first.from + (tokens[first.from + 1]?.raw === '$' || tokens[first.from + 1]?.raw === 'US' ? 2 : 1) : first.from);
  return q?.interval.low ?? null;
}
