import type { Interval } from '../claim';

export type QualifierType = 'atLeast' | 'moreThan' | 'nearly' | 'about' | 'upTo' | 'lessThan';

/** Qualifier word sequences (lower-case), longest first so "just over" wins over "over". */
export const QUALIFIERS: ReadonlyArray<readonly [string, QualifierType]> = (
  [
    ['no fewer than', 'atLeast'], ['not less than', 'atLeast'], ['a minimum of', 'atLeast'], ['at least', 'atLeast'],
    ['in excess of', 'moreThan'], ['upwards of', 'moreThan'], ['more than', 'moreThan'], ['just over', 'moreThan'],
    ['well over', 'moreThan'], ['over', 'moreThan'], ['above', 'moreThan'], ['exceeding', 'moreThan'],
    ['close to', 'nearly'], ['just under', 'nearly'], ['nearly', 'nearly'], ['almost', 'nearly'], ['nearing', 'nearly'],
    ['an estimated', 'about'], ['approximately', 'about'], ['estimated', 'about'], ['roughly', 'about'], ['around', 'about'],
    ['about', 'about'], ['some', 'about'], ['circa', 'about'], ['approx', 'about'],
    ['a maximum of', 'upTo'], ['no more than', 'upTo'], ['not more than', 'upTo'], ['as many as', 'upTo'],
    ['up to', 'upTo'], ['at most', 'upTo'],
    ['fewer than', 'lessThan'], ['less than', 'lessThan'], ['under', 'lessThan'], ['below', 'lessThan'],
  ] as const
)
  .map(([words, type]) => [words.split(' '), type] as const)
  .sort((a, b) => b[0].length - a[0].length)
  .map(([words, type]) => [words.join(' '), type] as const);

export type PostfixType = 'atLeast' | 'about' | 'moreThan';

export const POSTFIXES: ReadonlyArray<readonly [string, PostfixType]> = [
  ['or more', 'atLeast'],
  ['or so', 'about'],
  ['+', 'moreThan'],
  ['-plus', 'moreThan'],
];

function round(value: number, integer: boolean): number {
  return integer ? Math.round(value) : Math.round(value * 100) / 100;
}

/** Applies a qualifier to the interval of the bare figure (DESIGN.md table); `integer` marks counts. */
export function qualify(base: Interval, type: QualifierType | null, integer: boolean): Interval {
  const low = base.low ?? 0;
  const high = base.high ?? low;
  switch (type) {
    case null:
      return base;
    case 'atLeast':
      return { low, high: null };
    case 'moreThan':
      return { low: integer && base.low === base.high ? low + 1 : low, high: null };
    case 'nearly':
      return base.low === base.high ? { low: round(0.9 * high, integer), high } : base;
    case 'about':
      return base.low === base.high ? { low: round(0.9 * low, integer), high: round(1.1 * high, integer) } : base;
    case 'upTo':
      return { low: 0, high };
    case 'lessThan':
      return { low: 0, high: integer && base.low === base.high ? high - 1 : high };
  }
}
