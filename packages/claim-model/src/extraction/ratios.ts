import type { Interval } from '../claim';
import { COMPARISON_FOLLOWERS, RATIO_WORDS, SMALL_NUMBERS } from './number-words';
import { type Token, digitValue } from './tokens';

/** One amount as a multiple of another ("doubled", "three times as many", "a tenfold rise"), unit `times`. */
export interface Ratio {
  from: number;
  to: number;
  interval: Interval;
}

const exact = (v: number): Interval => ({ low: v, high: v });

/** "twice as many", "three times the rate": a comparison follows, not "twice as Argentina win" (a clause). */
function comparisonAt(tokens: readonly Token[], j: number): boolean {
  const word = tokens[j]?.low ?? '';
  if (!COMPARISON_FOLLOWERS.has(word)) return false;
  return word !== 'as' || /^\p{Ll}/u.test(tokens[j + 1]?.raw ?? '');
}

/** Reads a ratio at token i; "Messi scores twice" and "three times a week" are not ratios. */
export function readRatio(tokens: readonly Token[], i: number): Ratio | null {
  const t = tokens[i];
  if (!t) return null;
  const word = RATIO_WORDS[t.low];
  // "halves" is also a noun ("two halves"): as a ratio only after a subject, never after a number.
  if (word !== undefined && !(t.low === 'halves' && SMALL_NUMBERS[tokens[i - 1]?.low ?? ''] !== undefined)) return { from: i, to: i + 1, interval: exact(word) };
  // "three-fold", "10-fold"
  const dash = t.low.indexOf('-');
  if (dash > 0 && t.low.endsWith('-fold')) {
    const n = SMALL_NUMBERS[t.low.slice(0, dash)];
    if (n !== undefined) return { from: i, to: i + 1, interval: exact(n) };
  }
  const c = t.raw.charCodeAt(0);
  const n = t.low === 'twice' ? 2 : (SMALL_NUMBERS[t.low] ?? (c >= 48 && c <= 57 ? digitValue(t.raw) : null));
  if (n === null || n === undefined) return null;
  if (tokens[i + 1]?.raw === '-' && tokens[i + 2]?.low === 'fold') return { from: i, to: i + 3, interval: exact(n) };
  if (tokens[i + 1]?.low === 'fold') return { from: i, to: i + 2, interval: exact(n) };
  if (t.low === 'twice' && comparisonAt(tokens, i + 1)) return { from: i, to: i + 1, interval: exact(2) };
  if (tokens[i + 1]?.low === 'times' && comparisonAt(tokens, i + 2)) return { from: i, to: i + 2, interval: exact(n) };
  return null;
}

/**
 * "a 3:1 margin", "outnumber men 3:1": two whole numbers joined by a glued colon are one ratio (3 times), never two
 * counts. A two-digit second part is a time ("9:30") and a sport word near it makes a score; both are read elsewhere.
 */
export function readColonRatio(tokens: readonly Token[], i: number): Ratio | null {
  const a = tokens[i];
  const colon = tokens[i + 1];
  const b = tokens[i + 2];
  if (!a || !colon || !b || colon.raw !== ':' || a.end !== colon.start || colon.end !== b.start) return null;
  if (b.raw.length === 2 || tokens[i + 3]?.raw === ':') return null;
  const x = digitValue(a.raw);
  const y = digitValue(b.raw);
  if (x === null || y === null || y === 0 || !Number.isInteger(x) || !Number.isInteger(y)) return null;
  return { from: i, to: i + 3, interval: exact(Number((x / y).toPrecision(4))) };
}

const MARGINS = new Set(['margin', 'majority', 'ratio']);

/** "won by a margin of 3 to 1", "a 3 to 1 majority": a larger number to a smaller one, beside a margin, is a ratio. */
export function readToRatio(tokens: readonly Token[], i: number): Ratio | null {
  const a = tokens[i];
  const b = tokens[i + 2];
  if (!a || !b || tokens[i + 1]?.low !== 'to' || !/^\d{1,3}$/.test(a.raw) || !/^\d{1,3}$/.test(b.raw)) return null;
  const x = Number(a.raw);
  const y = Number(b.raw);
  if (y === 0 || y >= x) return null;
  const margin = (tokens[i - 1]?.low === 'of' && MARGINS.has(tokens[i - 2]?.low ?? '')) || MARGINS.has(tokens[i + 3]?.low ?? '');
  return margin ? { from: i, to: i + 3, interval: exact(Number((x / y).toPrecision(4))) } : null;
}
