import type { Interval } from '../claim';
import { CURRENCY_CODES, CURRENCY_SYMBOLS, CURRENCY_WORDS, GLUED_SCALES, GLUED_UNITS, MAGNITUDES, METRE_CONTEXT, SMALL_NUMBERS, VAGUE_COUNTS, WEAK_COUNTS } from './number-words';
import { readWords } from './read-words';
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
  /** A unit glued to the digits ("20km" → km, "-20C" → °C). */
  gluedUnit: string | null;
  /** The suffix glued to the digits is not a number suffix ("4th", "1990s", noise): an ordinal or a name. */
  oddSuffix: string | null;
}

const adjacent = (a: Token | undefined, b: Token | undefined): boolean => a !== undefined && b !== undefined && a.end === b.start;

function matchWords(tokens: readonly Token[], i: number, words: readonly string[]): boolean {
  for (let k = 0; k < words.length; k++) if (tokens[i + k]?.low !== words[k]) return false;
  return true;
}

const VAGUE = [...VAGUE_COUNTS].map(([w, iv]) => [w.split(' '), iv] as const).sort((a, b) => b[0].length - a[0].length);
const WEAK = [...WEAK_COUNTS].map(([w, iv]) => [w.split(' '), iv] as const);

const FIRST_WORDS = new Set([...VAGUE.map(([w]) => w[0]), ...WEAK.map(([w]) => w[0]), ...Object.keys(SMALL_NUMBERS), 'a', 'an', 'half']);
// "Scores" counts people only before "of" or a verb of what happened to them ("scores were injured"), never in
// "Messi scores twice".
const SCORES_FOLLOWERS = new Set(['of', 'were', 'are', 'have', 'had', 'died', 'dead', 'killed', 'injured', 'wounded', 'more', 'others', 'fled', 'gathered']);

function exact(value: number): Interval {
  return { low: value, high: value };
}

function quantity(from: number, to: number, interval: Interval, digits: boolean, extra: Partial<Quantity> = {}): Quantity {
  return { from, to, interval, digits, vague: false, weak: false, hyphenUnit: null, gluedUnit: null, oddSuffix: null, ...extra };
}

/** Money is near: a currency sign before the digits, or a currency word or code after. */
function moneyNear(tokens: readonly Token[], i: number): boolean {
  const prev = tokens[i - 1]?.raw ?? '';
  if (prev === '$' || CURRENCY_SYMBOLS[prev] !== undefined || CURRENCY_CODES.has(prev)) return true;
  const next = tokens[i + 1];
  return next !== undefined && (CURRENCY_WORDS[next.low] !== undefined || CURRENCY_CODES.has(next.raw));
}

/** A glued "m" is metres before "high", "wave", "-high"…; millions otherwise, and always next to money. */
function gluedMetre(tokens: readonly Token[], i: number): boolean {
  if (moneyNear(tokens, i)) return false;
  const next = tokens[i + 1];
  if (next?.raw === '-' && adjacent(tokens[i], next)) return METRE_CONTEXT.has(tokens[i + 2]?.low ?? '');
  return next !== undefined && METRE_CONTEXT.has(next.low);
}

function readDigits(tokens: readonly Token[], i: number, token: Token): Quantity | null {
  const split = /^(\d[\d.,\s]*?|\.\d+)([a-zA-Z]{0,3})$/u.exec(token.raw);
  if (!split) return null;
  const number = split[1] ?? '';
  const suffix = split[2] ?? '';
  const value = digitValue(number);
  if (value === null) return null;
  let v = value;
  let gluedUnit: string | null = null;
  if (suffix !== '') {
    const low = suffix.toLowerCase();
    if (low === 'm' && gluedMetre(tokens, i)) gluedUnit = 'm';
    else if (GLUED_SCALES[low] !== undefined) v = value * (GLUED_SCALES[low] ?? 1);
    else if (GLUED_UNITS[suffix] !== undefined || GLUED_UNITS[low] !== undefined) gluedUnit = GLUED_UNITS[suffix] ?? GLUED_UNITS[low] ?? low;
    else if (low === 'pp') gluedUnit = 'percentage points';
    else return quantity(i, i + 1, exact(value), true, { oddSuffix: low });
  }
  let to = i + 1;
  const next = tokens[to];
  const mag = suffix === '' ? MAGNITUDES[next?.low ?? ''] : undefined;
  if (mag !== undefined && mag >= 1000) {
    v = value * mag;
    to++;
  } else if (suffix === '' && (next?.low === 'm' || next?.low === 'k') && adjacent(token, next)) {
    v = value * (next.low === 'm' ? 1_000_000 : 1000);
    to++;
  } else if (suffix === '' && (next?.low === 'dozen' || next?.low === 'dozens')) {
    v = value * 12;
    to++;
  }
  // Scaled decimals ("1.2 million") are whole counts; keep float noise out of the interval.
  if (v !== value) v = Math.round(v * 100) / 100;
  return quantity(i, to, exact(v), true, { gluedUnit });
}

/** Reads a quantity at token i: digits (with "million" or a glued scale), number words, vague or weak counts. */
export function readQuantity(tokens: readonly Token[], i: number): Quantity | null {
  const token = tokens[i];
  if (!token) return null;
  const c = token.raw.charCodeAt(0);
  const digit = (c >= 48 && c <= 57) || (c === 46 && token.raw.length > 1);
  // Most tokens start no quantity: reject them before trying every pattern.
  if (!digit && !FIRST_WORDS.has(token.low) && !(token.low.includes('-') && SMALL_NUMBERS[token.low.split('-')[0] ?? ''] !== undefined)) return null;
  if (digit) return readDigits(tokens, i, token);
  // Spelled-out numbers first: "a thousand and one", "a hundred" are exact, and "half a million" is not "half a dozen".
  const words = readWords(tokens, i);
  if (words && words.value > 0 && !(words.to === i + 1 && WEAK.some(([w]) => w.length === 1 && w[0] === token.low) && !words.hyphenUnit)) {
    const next = tokens[words.to]?.low;
    // "two dozen" is 24.
    if (next === 'dozen' || next === 'dozens') return quantity(i, words.to + 1, exact(words.value * 12), false);
    return quantity(i, words.to, exact(words.value), false, { hyphenUnit: words.hyphenUnit });
  }
  for (const [w, interval] of VAGUE) {
    if (!matchWords(tokens, i, w)) continue;
    const to = i + w.length;
    if (w.length === 1 && w[0] === 'scores' && !SCORES_FOLLOWERS.has(tokens[to]?.low ?? '')) return null;
    // "tens" is a noun in other senses ("the tens digit"): it counts only before "of", a plural or a quotation mark.
    if (w.length === 1 && w[0] === 'tens' && !(tokens[to]?.low === 'of' || /^[”"’]$|^\p{L}+s$/u.test(tokens[to]?.raw ?? ''))) return null;
    return quantity(i, to, interval, false, { vague: w.length > 1 ? !w.includes('a') && w[0] !== 'half' : true });
  }
  for (const [w, interval] of WEAK) {
    if (!matchWords(tokens, i, w)) continue;
    // "no one" is nobody.
    if (w[0] === 'one' && tokens[i - 1]?.low === 'no') return null;
    if (w[0] === 'one' && MAGNITUDES[tokens[i + 1]?.low ?? ''] !== undefined) break;
    return quantity(i, i + w.length, interval, false, { vague: w[0] !== 'one', weak: true });
  }
  if (words) return quantity(i, words.to, exact(words.value), false, { hyphenUnit: words.hyphenUnit });
  return null;
}
