import { CURRENCY_ADJECTIVES, CURRENCY_CODES, CURRENCY_SYMBOLS, CURRENCY_WORDS, DURATION_UNITS, MEASURE_UNITS, MONTHS } from './number-words';
import type { QualifierType } from './qualifiers';
import type { Quantity } from './read-quantity';
import type { Token } from './tokens';

export const FIGURE_KINDS = ['count', 'money', 'proportion', 'ratio', 'measure', 'duration', 'age', 'year', 'date', 'time', 'ordinal', 'name', 'identifier', 'score'] as const;
export type FigureKind = (typeof FIGURE_KINDS)[number];

export interface Classified {
  kind: FigureKind;
  unit: string;
  /** Token range the figure covers, end exclusive (units included). */
  from: number;
  to: number;
}

const YEAR_PREPS = new Set(['in', 'since', 'from', 'until', 'till', 'to', 'by', 'of', 'between', 'and', 'early', 'late', 'mid', 'before', 'after', 'during', 'circa', 'year', 'the', 'summer', 'winter', 'spring', 'autumn', 'fall', '-', '–']);
const CAPITAL_STOP = new Set(['at', 'in', 'on', 'by', 'some', 'about', 'over', 'nearly', 'almost', 'around', 'more', 'than', 'up', 'to', 'of', 'and', 'or', 'the', 'only', 'just', 'another', 'all', 'since', 'until', 'from', 'with', 'as', 'after', 'before', 'least', 'estimated', 'roughly', 'approximately', 'killed', 'dead', 'wounded', 'injured', 'yesterday', 'today', 'tonight', 'fewer', 'less', 'under', 'between', 'but', 'while', 'when', 'if', 'without', 'for', 'exceeded', 'surpassed', 'topped', 'passed', 'crossed', 'minus', 'no', 'not', 'upwards', 'below', 'above', 'almost', 'an', 'a', 'some', 'reached', 'hit', 'rose', 'fell', 'with']);
const AGE_FOLLOWERS = new Set(['was', 'is', 'has', 'had', 'who', 'said', 'says', 'told', 'died', 'remains', 'remained', 'lives', 'faces', 'appeared', 'will', 'would', 'and']);
const TIME_SUFFIX = new Set(['a.m.', 'p.m.', 'am', 'pm', 'a.m', 'p.m', "o'clock", 'gmt', 'utc', 'bst', 'cet', 'cest', 'est', 'edt', 'pst', 'ist', 'eat', 'wat']);
const DASH = /^[-‐‑]$/;

export const isMonth = (t: Token | undefined): boolean => t !== undefined && MONTHS[t.low] !== undefined && /^[A-Z]/.test(t.raw);

export function currencyBefore(tokens: readonly Token[], from: number, defaultDollar: string): { from: number; unit: string } | null {
  const t1 = tokens[from - 1];
  const t2 = tokens[from - 2];
  if (!t1) return null;
  if (t1.raw === '$') {
    if (t2 && /^(US|A|AU|C|NZ|HK|R)$/.test(t2.raw) && t2.end === t1.start) return { from: from - 2, unit: CURRENCY_SYMBOLS[`${t2.raw}$`] ?? 'USD' };
    return { from: from - 1, unit: defaultDollar };
  }
  if (t1.raw === 'US' && t2?.raw === '$' && t2.end === t1.start) return { from: from - 2, unit: 'USD' };
  if (CURRENCY_CODES.has(t1.raw)) return { from: from - 1, unit: t1.raw };
  const symbol = CURRENCY_SYMBOLS[t1.raw];
  return symbol ? { from: from - 1, unit: symbol } : null;
}

/** A unit written after the figure: currency, percent, percentage points, a measure. */
export function unitAfter(tokens: readonly Token[], to: number): { kind: FigureKind; unit: string; to: number } | null {
  const next = tokens[to];
  if (!next) return null;
  const after = tokens[to + 1]?.low;
  if (next.low === 'percentage' && (after === 'points' || after === 'point')) return { kind: 'proportion', unit: 'percentage points', to: to + 2 };
  if (next.low === 'basis' && (after === 'points' || after === 'point')) return { kind: 'proportion', unit: 'basis points', to: to + 2 };
  if (next.raw === '%' || next.low === 'percent' || next.low === 'pct') {
    const pp = tokens[to + 1]?.low === 'points' || tokens[to + 1]?.low === 'point';
    return pp ? { kind: 'proportion', unit: 'percentage points', to: to + 2 } : { kind: 'proportion', unit: 'percent', to: to + 1 };
  }
  if (next.low === 'per' && after === 'cent') return { kind: 'proportion', unit: 'percent', to: to + 2 };
  if (CURRENCY_WORDS[next.low]) return { kind: 'money', unit: CURRENCY_WORDS[next.low] ?? 'XXX', to: to + 1 };
  if (after !== undefined && CURRENCY_WORDS[after]) {
    const named = CURRENCY_ADJECTIVES[`${next.low} ${after}`];
    if (named) return { kind: 'money', unit: named, to: to + 2 };
  }
  if (CURRENCY_CODES.has(next.raw)) return { kind: 'money', unit: next.raw, to: to + 1 };
  if (CURRENCY_SYMBOLS[next.raw] && next.raw !== 'Rs') return { kind: 'money', unit: CURRENCY_SYMBOLS[next.raw] ?? 'XXX', to: to + 1 };
  if (next.low === 'square' && (after === 'kilometres' || after === 'kilometers' || after === 'km' || after === 'miles')) return { kind: 'measure', unit: after === 'miles' ? 'mi²' : 'km²', to: to + 2 };
  if (DASH.test(next.raw) && tokens[to + 1]?.low === 'magnitude') return { kind: 'measure', unit: 'magnitude', to: to + 2 };
  if (MEASURE_UNITS[next.low]) return { kind: 'measure', unit: MEASURE_UNITS[next.low] ?? next.low, to: to + 1 };
  return null;
}

export function classify(tokens: readonly Token[], q: Quantity, defaultDollar: string, qualifierBefore: (from: number) => { type: QualifierType } | null): Classified {
  const prev = tokens[q.from - 1];
  const next = tokens[q.to];
  const first = tokens[q.from];
  const value = q.interval.low ?? 0;
  const base = { from: q.from, to: q.to };
  if (q.oddSuffix !== null) {
    if (q.oddSuffix === 's' && /^\d{4}s$/.test(first?.raw ?? '')) return { kind: 'year', unit: 'year', ...base };
    if (isMonth(prev) || isMonth(next)) return { kind: 'date', unit: 'date', ...base, to: isMonth(next) ? q.to + 1 : q.to };
    return { kind: 'ordinal', unit: 'ordinal', ...base };
  }
  if (q.digits && isMonth(prev) && value <= 31) return { kind: 'date', unit: 'date', from: q.from - 1, to: q.to };
  if (q.digits && isMonth(next) && value <= 31) return { kind: 'date', unit: 'date', from: q.from, to: q.to + 1 };
  if (q.digits && first && /^\d{4}$/.test(first.raw) && value >= 1800 && value <= 2100) {
    const yearish = prev === undefined || YEAR_PREPS.has(prev.low) || isMonth(prev) || prev.raw === ',' || prev.raw === '(';
    if (yearish && qualifierBefore(q.from) === null) return { kind: 'year', unit: 'year', ...base };
  }
  const currency = currencyBefore(tokens, q.from, defaultDollar);
  if (currency) return { kind: 'money', unit: currency.unit, from: currency.from, to: q.to };
  if (q.gluedUnit !== null) {
    if (q.gluedUnit === 'percentage points') return { kind: 'proportion', unit: q.gluedUnit, ...base };
    return { kind: 'measure', unit: q.gluedUnit, ...base };
  }
  if (q.digits && prev && next && prev.end === first?.start && DASH.test(prev.raw)) {
    const before = tokens[q.from - 2];
    if (before && before.end === prev.start && /\p{L}/u.test(before.raw)) return { kind: 'name', unit: 'name', ...base };
  }
  if (q.digits && prev && prev.end + 1 === first?.start && /^(?:[A-Z]\p{L}*|\p{Ll}+\p{Lu}\p{L}*)$/u.test(prev.raw) && !CAPITAL_STOP.has(prev.low) && !isMonth(prev) && !/day$/.test(prev.low)) {
    return { kind: 'name', unit: 'name', ...base };
  }
  if (next?.raw === ':' && /^\d{2}$/.test(tokens[q.to + 1]?.raw ?? '')) return { kind: 'time', unit: 'time', from: q.from, to: q.to + 2 };
  if (next && TIME_SUFFIX.has(next.low)) return { kind: 'time', unit: 'time', ...base };
  if (q.hyphenUnit) return { kind: /old$/.test(tokens[q.to]?.low ?? '') ? 'age' : 'duration', unit: q.hyphenUnit, ...base };
  if (next && DASH.test(next.raw) && /^years?-old$|^year$/.test(tokens[q.to + 1]?.low ?? '')) return { kind: 'age', unit: 'years', from: q.from, to: q.to + 2 };
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
  const unit = unitAfter(tokens, q.to);
  if (unit) return { kind: unit.kind, unit: unit.unit, from: q.from, to: unit.to };
  // "a magnitude 7.8 earthquake", "a magnitude of 5.9"
  if (q.digits && (prev?.low === 'magnitude' || (prev?.low === 'of' && tokens[q.from - 2]?.low === 'magnitude'))) return { kind: 'measure', unit: 'magnitude', ...base };
  // "a 1,000-page report", "a 10-point plan": a compound adjective, not what is counted ("a 5,000-strong force" is).
  if (next && DASH.test(next.raw) && next.start === tokens[q.to - 1]?.end && /^\p{L}/u.test(tokens[q.to + 1]?.raw ?? '') && !/^(strong|plus|fold)$/.test(tokens[q.to + 1]?.low ?? '')) {
    return { kind: 'name', unit: 'name', ...base };
  }
  // "162 per dollar", "83 to the dollar": an exchange rate is a number, not a count.
  const rateOf = next?.low === 'per' ? tokens[q.to + 1] : (next?.low === 'to' || next?.low === 'against') && tokens[q.to + 1]?.low === 'the' ? tokens[q.to + 2] : undefined;
  if (rateOf && CURRENCY_WORDS[rateOf.low]) return { kind: 'measure', unit: 'number', ...base };
  // "three times a week": how often, not how many (but "downloaded 3m times" counts downloads).
  if (next?.low === 'times' && value < 100) return { kind: 'duration', unit: 'times', ...base };
  // A bare number that is not whole or is negative ("a limit of .08", "1.5 children per woman", "-1") is a measure.
  if (!Number.isInteger(value) || value < 0) return { kind: 'measure', unit: 'number', ...base };
  return { kind: 'count', unit: 'count', ...base };
}
