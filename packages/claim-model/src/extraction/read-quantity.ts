import type { Interval } from '../claim';
import { MAGNITUDES, SMALL_NUMBERS, VAGUE_COUNTS, WEAK_COUNTS } from './number-words';
import { type Token, digitValue } from './tokens';

/** A bare quantity found at a token position, before qualifiers and units are considered. */
export interface Quantity {
  /** Token index range, end exclusive. */
  from: number;
  to: number;
  interval: Interval;
  /** Written with digits. */
  digits: boolean;
  /** A vague or weak quantifier ("dozens", "several"). */
  vague: boolean;
  /** Counts only when a counted noun follows ("several dead", "one officer"). */
  weak: boolean;
  /** A number word with a duration unit glued by a hyphen ("three-day"). */
  hyphenUnit: string | null;
}

const adjacent = (a: Token | undefined, b: Token | undefined): boolean => a !== undefined && b !== undefined && a.end === b.start;

function matchWords(tokens: readonly Token[], i: number, words: readonly string[]): boolean {
  for (let k = 0; k < words.length; k++) if (tokens[i + k]?.low !== words[k]) return false;
  return true;
}

const VAGUE = [...VAGUE_COUNTS].map(([w, iv]) => [w.split(' '), iv] as const).sort((a, b) => b[0].length - a[0].length);
const WEAK = [...WEAK_COUNTS].map(([w, iv]) => [w.split(' '), iv] as const);

const FIRST_WORDS = new Set([...VAGUE.map(([w]) => w[0]), ...WEAK.map(([w]) => w[0]), ...Object.keys(SMALL_NUMBERS), 'a', 'an']);

function exact(value: number): Interval {
  return { low: value, high: value };
}

/** Parses "twenty-nine", "three hundred", "a thousand", "two million" starting at token i. */
function readWords(tokens: readonly Token[], i: number): { to: number; value: number; hyphenUnit: string | null } | null {
  let total = 0;
  let current = 0;
  let seen = false;
  let lastSmall = -1;
  let j = i;
  let hyphenUnit: string | null = null;
  if ((tokens[j]?.low === 'a' || tokens[j]?.low === 'an') && MAGNITUDES[tokens[j + 1]?.low ?? ''] !== undefined) {
    current = 1;
    seen = true;
    j++;
  }
  for (; j < tokens.length; j++) {
    const token = tokens[j];
    if (!token) break;
    const parts = token.low.split('-');
    const mag = MAGNITUDES[token.low];
    if (parts.length > 1 && parts.every((p, k) => SMALL_NUMBERS[p] !== undefined || (k === parts.length - 1 && k > 0 && /^(day|week|month|year|hour|decade)s?$/.test(p)))) {
      if (seen && lastSmall !== -1) break;
      const last = parts.at(-1) ?? '';
      if (SMALL_NUMBERS[last] === undefined) {
        hyphenUnit = last;
        parts.pop();
      }
      current += parts.reduce((sum, p) => sum + (SMALL_NUMBERS[p] ?? 0), 0);
      seen = true;
      lastSmall = j;
      if (hyphenUnit) {
        j++;
        break;
      }
    } else if (SMALL_NUMBERS[token.low] !== undefined) {
      const value = SMALL_NUMBERS[token.low] ?? 0;
      // "twenty nine" combines; "five six" does not.
      const prev = lastSmall === j - 1 ? (SMALL_NUMBERS[tokens[j - 1]?.low ?? ''] ?? 0) : -1;
      if (lastSmall !== -1 && lastSmall === j - 1 && !(prev >= 20 && prev % 10 === 0 && value < 10)) break;
      current += value;
      seen = true;
      lastSmall = j;
    } else if (mag !== undefined && seen) {
      if (mag === 100) current = (current || 1) * 100;
      else {
        total += (current || 1) * mag;
        current = 0;
      }
      lastSmall = -1;
    } else if (token.low === 'and' && seen && tokens[j - 1]?.low === 'hundred' && SMALL_NUMBERS[tokens[j + 1]?.low ?? ''] !== undefined) {
      continue;
    } else break;
  }
  if (!seen) return null;
  return { to: j, value: total + current, hyphenUnit };
}

/** Reads a quantity at token i: digits (with "million"), number words, vague or weak counts. */
export function readQuantity(tokens: readonly Token[], i: number): Quantity | null {
  const token = tokens[i];
  if (!token) return null;
  // Most tokens start no quantity: reject them before trying every pattern.
  if (!/^\d/.test(token.raw) && !FIRST_WORDS.has(token.low) && !(token.low.includes('-') && SMALL_NUMBERS[token.low.split('-')[0] ?? ''] !== undefined)) return null;
  for (const [words, interval] of VAGUE) {
    if (!matchWords(tokens, i, words)) continue;
    const to = i + words.length;
    // "scores" and "tens" are nouns in other senses: they count only before "of" or a noun.
    if ((words[0] === 'scores' || words[0] === 'tens') && words.length === 1 && !/^[\p{L}”"’]/u.test(tokens[to]?.raw ?? '')) return null;
    return { from: i, to, interval, digits: false, vague: words.length > 1 ? !words.includes('a') && words[0] !== 'half' : true, weak: false, hyphenUnit: null };
  }
  for (const [words, interval] of WEAK) {
    if (!matchWords(tokens, i, words)) continue;
    if (words[0] === 'one' && MAGNITUDES[tokens[i + 1]?.low ?? ''] !== undefined) break;
    return { from: i, to: i + words.length, interval, digits: false, vague: words[0] !== 'one', weak: true, hyphenUnit: null };
  }
  const suffixed = /^(\d{1,4})[a-z]{1,3}$/i.exec(token.raw);
  const value = suffixed ? Number(suffixed[1]) : digitValue(token.raw);
  if (value !== null) {
    let to = i + 1;
    let v = value;
    const mag = MAGNITUDES[tokens[to]?.low ?? ''];
    if (mag !== undefined && mag >= 1000) {
      v = Math.round(value * mag);
      to++;
    } else if (/^(m|k)$/.test(tokens[to]?.low ?? '') && adjacent(token, tokens[to])) {
      v = value * (tokens[to]?.low === 'm' ? 1_000_000 : 1000);
      to++;
    }
    return { from: i, to, interval: exact(v), digits: true, vague: false, weak: false, hyphenUnit: null };
  }
  const words = readWords(tokens, i);
  // "two dozen" is 24.
  if (words && tokens[words.to]?.low === 'dozen') return { from: i, to: words.to + 1, interval: exact(words.value * 12), digits: false, vague: false, weak: false, hyphenUnit: null };
  if (words) return { from: i, to: words.to, interval: exact(words.value), digits: false, vague: false, weak: false, hyphenUnit: words.hyphenUnit };
  return null;
}
