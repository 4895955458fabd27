import type { Interval } from '../claim';

export const SMALL_NUMBERS: Readonly<Record<string, number>> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11,
  twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};

export const MAGNITUDES: Readonly<Record<string, number>> = {
  hundred: 100, thousand: 1000, million: 1_000_000, billion: 1_000_000_000, bn: 1_000_000_000, mn: 1_000_000,
};

/** Vague counts (DESIGN.md, "Figures: from words to intervals"). Keys are lower-case word sequences. */
export const VAGUE_COUNTS: ReadonlyArray<readonly [string, Interval]> = [
  ['tens of thousands', { low: 20_000, high: 99_999 }],
  ['hundreds of thousands', { low: 200_000, high: 999_999 }],
  ['tens of millions', { low: 20_000_000, high: 99_999_999 }],
  ['a few dozen', { low: 24, high: 60 }],
  ['several dozen', { low: 24, high: 99 }],
  ['a few hundred', { low: 200, high: 500 }],
  ['several hundred', { low: 200, high: 999 }],
  ['a few thousand', { low: 2000, high: 5000 }],
  ['several thousand', { low: 2000, high: 9999 }],
  ['half a dozen', { low: 6, high: 6 }],
  ['a dozen', { low: 12, high: 12 }],
  ['a hundred', { low: 100, high: 100 }],
  ['a thousand', { low: 1000, high: 1000 }],
  ['a million', { low: 1_000_000, high: 1_000_000 }],
  ['dozens', { low: 24, high: 99 }],
  ['tens', { low: 24, high: 99 }],
  ['scores', { low: 40, high: 199 }],
  ['hundreds', { low: 200, high: 999 }],
  ['thousands', { low: 2000, high: 9999 }],
  ['millions', { low: 2_000_000, high: 9_999_999 }],
];

/** Quantifiers that name a count only when a counted noun follows ("several dead", "a handful of protesters"). */
export const WEAK_COUNTS: ReadonlyArray<readonly [string, Interval]> = [
  ['a handful of', { low: 2, high: 5 }],
  ['a few', { low: 2, high: 5 }],
  ['several', { low: 3, high: 9 }],
  ['multiple', { low: 2, high: null }],
  ['one', { low: 1, high: 1 }],
];

export const ORDINAL_WORDS = new Set([
  'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth',
  'twentieth', 'hundredth', 'thousandth',
]);

export const MONTHS: Readonly<Record<string, number>> = {
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9, october: 10,
  november: 11, december: 12, jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10,
  nov: 11, dec: 12,
};

export const DURATION_UNITS = new Set([
  'year', 'years', 'decade', 'decades', 'month', 'months', 'week', 'weeks', 'day', 'days', 'hour', 'hours', 'minute',
  'minutes', 'second', 'seconds', 'night', 'nights', 'century', 'centuries', 'weekend', 'weekends',
]);

export const CURRENCY_WORDS: Readonly<Record<string, string>> = {
  tenge: 'KZT', dollars: 'USD', dollar: 'USD', euros: 'EUR', euro: 'EUR', rubles: 'RUB', roubles: 'RUB', ruble: 'RUB',
  rouble: 'RUB', pounds: 'GBP', yuan: 'CNY', renminbi: 'CNY', yen: 'JPY', rupees: 'INR', hryvnias: 'UAH', hryvnia: 'UAH',
  lira: 'TRY', liras: 'TRY', rials: 'IRR', riyals: 'SAR', dinars: 'IQD', som: 'KGS', somoni: 'TJS', soums: 'UZS',
};

export const CURRENCY_SYMBOLS: Readonly<Record<string, string>> = {
  '$US': 'USD', US$: 'USD', A$: 'AUD', AU$: 'AUD', C$: 'CAD', NZ$: 'NZD', HK$: 'HKD', '€': 'EUR', '£': 'GBP', '¥': 'JPY',
  '₽': 'RUB', '₸': 'KZT', '₴': 'UAH', '₹': 'INR',
};

export const MEASURE_UNITS: Readonly<Record<string, string>> = {
  km: 'km', kilometres: 'km', kilometers: 'km', kilometre: 'km', kilometer: 'km', miles: 'mi', mile: 'mi',
  metres: 'm', meters: 'm', tonnes: 't', tons: 't', barrels: 'bbl', litres: 'l', liters: 'l', hectares: 'ha',
  acres: 'acre', kg: 'kg', kilograms: 'kg',
};
