import type { Interval } from '../claim';
import { FRACTION_WORDS, SMALL_NUMBERS } from './number-words';
import { type Token, digitValue } from './tokens';

/** A proportion of a whole written as a fraction ("two thirds of", "half the", "one in five"), in percent. */
export interface Fraction {
  from: number;
  to: number;
  interval: Interval;
}

// What may follow "half"/"two thirds" for it to be a part of a whole: "of", or a determiner ("half the city").
const WHOLE = new Set(['of', 'the', 'its', 'their', 'his', 'her', 'our', 'all', 'this', 'that', 'these', 'those']);
const NUMERATORS: Readonly<Record<string, number>> = { a: 1, an: 1, ...SMALL_NUMBERS };
// "the first half of the year", "the second half": a part of a period, not a share.
const NOT_BEFORE_HALF = new Set(['first', 'second', 'latter', 'former', 'other', 'the', 'this', 'that', 'each', 'final', 'last']);

const percent = (value: number): Interval => {
  const v = Math.round(value * 100) / 100;
  return { low: v, high: v };
};

function numeratorAt(t: Token | undefined): number | null {
  if (!t) return null;
  const c = t.raw.charCodeAt(0);
  return NUMERATORS[t.low] ?? (c >= 48 && c <= 57 ? digitValue(t.raw) : null);
}

/** "two thirds", "two-thirds", "a quarter", "half": numerator × part, and the tokens it covers. */
function fractionWords(tokens: readonly Token[], i: number): { to: number; value: number } | null {
  const t = tokens[i];
  if (!t) return null;
  const dash = t.low.indexOf('-');
  if (dash > 0) {
    const num = NUMERATORS[t.low.slice(0, dash)];
    const part = FRACTION_WORDS[t.low.slice(dash + 1)];
    if (num !== undefined && part !== undefined && num > 0) return { to: i + 1, value: num * part };
  }
  if (t.low === 'half') return NOT_BEFORE_HALF.has(tokens[i - 1]?.low ?? '') ? null : { to: i + 1, value: 50 };
  const num = NUMERATORS[t.low];
  const next = tokens[i + 1]?.low;
  if (num === undefined || num <= 0 || next === undefined) return null;
  // "a half", "one half"; "two halves" is a whole.
  if (next === 'half') return num === 1 ? { to: i + 2, value: 50 } : null;
  const part = FRACTION_WORDS[next];
  return part === undefined ? null : { to: i + 2, value: num * part };
}

/**
 * Reads a fraction of a whole at token i: "two thirds of residents", "half the population", "cut by a third",
 * "one in five adults", "nine out of ten". Not "a third attempt" (an ordinal) nor "a quarter of a million" (a count).
 */
export function readFraction(tokens: readonly Token[], i: number): Fraction | null {
  const words = fractionWords(tokens, i);
  if (words) {
    const next = tokens[words.to];
    const after = tokens[words.to + 1]?.low;
    const ofScale = next?.low === 'of' && (after === 'a' || after === 'an');
    const byPrev = tokens[i - 1]?.low === 'by';
    if (words.value <= 100 && !ofScale && ((next !== undefined && WHOLE.has(next.low)) || byPrev)) {
      return { from: i, to: words.to, interval: percent(words.value) };
    }
  }
  // "one in five", "1 in 4", "nine out of ten", "three out of every four"
  const num = numeratorAt(tokens[i]);
  if (num === null || tokens[i]?.low === 'a' || tokens[i]?.low === 'an') return null;
  let j = i + 1;
  if (tokens[j]?.low === 'in') j++;
  else if (tokens[j]?.low === 'out' && tokens[j + 1]?.low === 'of') j += 2;
  else return null;
  if (tokens[j]?.low === 'every') j++;
  const den = numeratorAt(tokens[j]);
  if (den === null || den <= num || den > 1000) return null;
  return { from: i, to: j + 1, interval: percent((num / den) * 100) };
}
