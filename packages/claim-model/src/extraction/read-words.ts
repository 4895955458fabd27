import { MAGNITUDES, SMALL_NUMBERS } from './number-words';
import type { Token } from './tokens';

export interface WordNumber {
  /** Token index after the number, exclusive. */
  to: number;
  value: number;
  /** A duration unit glued by a hyphen ("three-day" → day). */
  hyphenUnit: string | null;
}

const HYPHEN_UNIT = /^(day|week|month|year|hour|decade|minute|night)s?$/;
const QUARTERS: Readonly<Record<string, number>> = { quarter: 0.25, quarters: 0.25, third: 1 / 3, thirds: 1 / 3 };

const scaleOf = (t: Token | undefined): number => MAGNITUDES[t?.low ?? ''] ?? 0;
const bigScale = (t: Token | undefined): number => (scaleOf(t) >= 1000 ? scaleOf(t) : 0);

/** "twenty-five" → 25; "three-day" → 3 with unit day; null when the parts are not number words. */
function hyphenated(low: string): { value: number; unit: string | null } | null {
  if (!low.includes('-')) return null;
  const parts = low.split('-');
  let unit: string | null = null;
  const last = parts.at(-1) ?? '';
  if (parts.length > 1 && SMALL_NUMBERS[last] === undefined && HYPHEN_UNIT.test(last)) {
    unit = last;
    parts.pop();
  }
  if (parts.length === 0 || parts.length > 2 || !parts.every((p) => SMALL_NUMBERS[p] !== undefined)) return null;
  const [a = 0, b = 0] = parts.map((p) => SMALL_NUMBERS[p] ?? 0);
  // "twenty-five" combines; "five-six" is a range written loosely, not 11.
  if (parts.length === 2 && !(a >= 20 && a % 10 === 0 && b < 10)) return null;
  return { value: a + b, unit };
}

/** A number word or a hyphenated compound at token j. */
function smallAt(tokens: readonly Token[], j: number): { value: number; unit: string | null } | null {
  const low = tokens[j]?.low ?? '';
  const small = SMALL_NUMBERS[low];
  if (small !== undefined) return { value: small, unit: null };
  return hyphenated(low);
}

/** "half a million", "a quarter of a million", "three quarters of a billion": a fraction of a scale is a count. */
function fractionOfScale(tokens: readonly Token[], i: number): WordNumber | null {
  const t = tokens[i]?.low;
  if (t === 'half' && (tokens[i + 1]?.low === 'a' || tokens[i + 1]?.low === 'an') && bigScale(tokens[i + 2])) {
    return { to: i + 3, value: bigScale(tokens[i + 2]) / 2, hyphenUnit: null };
  }
  const numerator = t === 'a' || t === 'an' ? 1 : SMALL_NUMBERS[t ?? ''];
  const part = QUARTERS[tokens[i + 1]?.low ?? ''];
  if (numerator !== undefined && part !== undefined && tokens[i + 2]?.low === 'of' && tokens[i + 3]?.low === 'a' && bigScale(tokens[i + 4])) {
    return { to: i + 5, value: Math.round(numerator * part * bigScale(tokens[i + 4])), hyphenUnit: null };
  }
  return null;
}

/**
 * Parses spelled-out numbers from token i: "twenty-nine", "three hundred and five", "two thousand and fifty",
 * "a thousand and one", "twenty-one trillion", "one and a half million", "half a million".
 */
export function readWords(tokens: readonly Token[], i: number): WordNumber | null {
  const fraction = fractionOfScale(tokens, i);
  if (fraction) return fraction;
  let total = 0;
  let current = 0;
  let seen = false;
  // What the last word was: a unit or teen, a round ten, "hundred", a scale word, or "and".
  let last: 'none' | 'small' | 'tens' | 'hundred' | 'scale' | 'and' = 'none';
  let j = i;
  const first = tokens[j]?.low;
  if ((first === 'a' || first === 'an') && scaleOf(tokens[j + 1]) > 0) {
    current = 1;
    seen = true;
    last = 'small';
    j++;
  } else if ((first === 'a' || first === 'an') && tokens[j + 1]?.low === 'and' && tokens[j + 2]?.low === 'half' && bigScale(tokens[j + 3])) {
    return { to: j + 4, value: 1.5 * bigScale(tokens[j + 3]), hyphenUnit: null };
  }
  for (; j < tokens.length; j++) {
    const token = tokens[j];
    if (!token) break;
    const small = smallAt(tokens, j);
    const mag = scaleOf(token);
    if (small) {
      const compound = token.low.includes('-');
      if (last === 'small' || (last === 'tens' && (compound || small.value >= 10))) break;
      current += small.value;
      seen = true;
      last = !compound && small.value >= 20 && small.value % 10 === 0 ? 'tens' : 'small';
      if (small.unit) return { to: j + 1, value: total + current, hyphenUnit: small.unit };
    } else if (mag > 0 && seen && last !== 'and') {
      if (mag === 100) {
        if (last === 'hundred' || last === 'scale') break;
        current = (current || 1) * 100;
        last = 'hundred';
      } else {
        total += (current || 1) * mag;
        current = 0;
        last = 'scale';
      }
    } else if (token.low === 'and' && seen) {
      // "one and a half million"
      if ((last === 'small' || last === 'tens') && tokens[j + 1]?.low === 'a' && tokens[j + 2]?.low === 'half' && bigScale(tokens[j + 3])) {
        total += (current + 0.5) * bigScale(tokens[j + 3]);
        return { to: j + 4, value: total, hyphenUnit: null };
      }
      // "hundred and five", "thousand and fifty": "and" joins only after a scale word, before a number word.
      if ((last === 'hundred' || last === 'scale') && smallAt(tokens, j + 1)) {
        last = 'and';
        continue;
      }
      break;
    } else break;
  }
  if (!seen) return null;
  if (last === 'and') j--;
  return { to: j, value: total + current, hyphenUnit: null };
}
