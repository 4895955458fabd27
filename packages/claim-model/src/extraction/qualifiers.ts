import type { Interval } from '../claim';

export type QualifierType = 'atLeast' | 'moreThan' | 'nearly' | 'about' | 'upTo' | 'lessThan';

/** Qualifier word sequences (lower-case), longest first so "just over" wins over "over". */
export const QUALIFIERS: ReadonlyArray<readonly [string, QualifierType]> = (
  [
    // Lower bounds. "No less than 30" is at least 30: the negated forms must win over "less than".
    ['no fewer than', 'atLeast'], ['not fewer than', 'atLeast'], ['no less than', 'atLeast'], ['not less than', 'atLeast'],
    ['a minimum of', 'atLeast'], ['at a minimum', 'atLeast'], ['at minimum', 'atLeast'], ['at least', 'atLeast'],
    ['equal to or more than', 'atLeast'], ['equal to or greater than', 'atLeast'], ['equal to or higher than', 'atLeast'],
    ['no lower than', 'atLeast'], ['not lower than', 'atLeast'],
    ['in excess of', 'moreThan'], ['upwards of', 'moreThan'], ['more than', 'moreThan'], ['just over', 'moreThan'],
    ['well over', 'moreThan'], ['well above', 'moreThan'], ['over', 'moreThan'], ['above', 'moreThan'],
    ['exceeding', 'moreThan'], ['greater than', 'moreThan'], ['higher than', 'moreThan'], ['larger than', 'moreThan'],
    ['bigger than', 'moreThan'],
    // Verbs of passing a figure ("the toll exceeded 3,000", "topped the 1,000 mark").
    ['exceeded', 'moreThan'], ['exceeds', 'moreThan'], ['surpassed', 'moreThan'], ['surpasses', 'moreThan'],
    ['surpassing', 'moreThan'], ['topped', 'moreThan'], ['tops', 'moreThan'], ['topping', 'moreThan'],
    ['passed', 'moreThan'], ['crossed', 'moreThan'], ['past', 'moreThan'], ['exceeded the', 'moreThan'], ['surpassed the', 'moreThan'],
    ['topped the', 'moreThan'], ['passed the', 'moreThan'], ['crossed the', 'moreThan'],
    // Headlines speak in the present ("toll passes 1,200").
    ['passes', 'moreThan'], ['crosses', 'moreThan'], ['cross', 'moreThan'], ['passes the', 'moreThan'], ['crosses the', 'moreThan'], ['tops the', 'moreThan'],
    ['close to', 'nearly'], ['just under', 'nearly'], ['just below', 'nearly'], ['just shy of', 'nearly'], ['nearly', 'nearly'],
    ['almost', 'nearly'], ['nearing', 'nearly'], ['approaching', 'nearly'],
    ['an estimated', 'about'], ['approximately', 'about'], ['estimated', 'about'], ['roughly', 'about'], ['around', 'about'],
    ['about', 'about'], ['some', 'about'], ['circa', 'about'], ['approx', 'about'], ['an approximate', 'about'],
    // Upper bounds.
    ['a maximum of', 'upTo'], ['no more than', 'upTo'], ['not more than', 'upTo'], ['as many as', 'upTo'], ['as much as', 'upTo'],
    ['up to', 'upTo'], ['at most', 'upTo'], ['at the most', 'upTo'], ['equal to or less than', 'upTo'],
    ['equal to or fewer than', 'upTo'], ['equal to or lower than', 'upTo'], ['no greater than', 'upTo'],
    ['no higher than', 'upTo'], ['not exceeding', 'upTo'], ['no larger than', 'upTo'],
    ['fewer than', 'lessThan'], ['less than', 'lessThan'], ['under', 'lessThan'], ['below', 'lessThan'],
    ['lower than', 'lessThan'], ['smaller than', 'lessThan'], ['well under', 'lessThan'], ['well below', 'lessThan'],
  ] as const
)
  .map(([words, type]) => [words.split(' '), type] as const)
  .sort((a, b) => b[0].length - a[0].length)
  .map(([words, type]) => [words.join(' '), type] as const);

/** Verbs that pass a figure only when what passes it is a tally ("the toll passed 1,000", not "passed 12 laws"). */
export const TALLY_VERBS = new Set(['passed', 'crossed', 'past', 'passed the', 'crossed the', 'passes', 'crosses', 'cross', 'passes the', 'crosses the']);

export type PostfixType = 'atLeast' | 'about' | 'moreThan' | 'upTo';

/** Words after a figure that bound it ("50 or fewer", "65 and over"), longest first. */
export const POSTFIXES: ReadonlyArray<readonly [string, PostfixType]> = [
  ['or more', 'atLeast'], ['or above', 'atLeast'], ['or higher', 'atLeast'], ['or greater', 'atLeast'], ['or over', 'atLeast'],
  ['and over', 'atLeast'], ['and above', 'atLeast'], ['and up', 'atLeast'], ['and upwards', 'atLeast'], ['or upwards', 'atLeast'],
  ['or fewer', 'upTo'], ['or less', 'upTo'], ['or under', 'upTo'], ['or below', 'upTo'], ['and under', 'upTo'],
  ['and below', 'upTo'], ['or lower', 'upTo'],
  ['or so', 'about'],
  ['+', 'moreThan'],
  ['-plus', 'moreThan'],
];

/** A bound written after the figure, on top of any qualifier before it ("about 500 or more" is at least about 500). */
export function applyPostfix(interval: Interval, type: PostfixType, integer: boolean, qualified: boolean): Interval {
  if (!qualified) return qualify(interval, type, integer);
  if (type === 'atLeast' || type === 'moreThan') return { low: interval.low, high: null };
  if (type === 'upTo') return { low: 0, high: interval.high };
  return interval;
}

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
