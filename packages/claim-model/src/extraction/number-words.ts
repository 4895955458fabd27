import type { Interval } from '../claim';

export const SMALL_NUMBERS: Readonly<Record<string, number>> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11,
  twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};

/** Scale words, spelled out or abbreviated after a space ("5 bn"); lakh and crore for South Asian outlets. */
export const MAGNITUDES: Readonly<Record<string, number>> = {
  hundred: 100, thousand: 1000, million: 1_000_000, billion: 1_000_000_000, trillion: 1_000_000_000_000,
  bn: 1_000_000_000, mn: 1_000_000, mln: 1_000_000, tn: 1_000_000_000_000, trn: 1_000_000_000_000, lakh: 100_000,
  lakhs: 100_000, crore: 10_000_000, crores: 10_000_000,
};

/** Scale suffixes glued to digits ("10k", "$3bn", "1.2tn"); "m" is decided by context (million or metre). */
export const GLUED_SCALES: Readonly<Record<string, number>> = {
  k: 1000, m: 1_000_000, mn: 1_000_000, mln: 1_000_000, b: 1_000_000_000, bn: 1_000_000_000, tn: 1_000_000_000_000,
  trn: 1_000_000_000_000,
};

/** Unit suffixes glued to digits ("20km", "300MW", "-20C"), by the suffix as written. */
export const GLUED_UNITS: Readonly<Record<string, string>> = {
  km: 'km', cm: 'cm', mm: 'mm', kg: 'kg', mi: 'mi', ft: 'ft', mph: 'mph', kmh: 'km/h', kph: 'km/h', ha: 'ha',
  MW: 'MW', GW: 'GW', mw: 'MW', gw: 'GW', kWh: 'kWh', kwh: 'kWh', C: '°C', F: '°F', t: 't', l: 'l',
};

/** Words after a glued "m" that make it metres, not millions ("a 10m wave", "the 100m final", "20m high"). */
export const METRE_CONTEXT = new Set([
  'high', 'tall', 'deep', 'long', 'wide', 'wave', 'waves', 'wall', 'walls', 'tsunami', 'sprint', 'race', 'dash',
  'hurdles', 'freestyle', 'butterfly', 'backstroke', 'breaststroke', 'relay', 'final', 'above', 'below', 'underground',
  'away', 'depth', 'height', 'radius', 'swell', 'storm', 'surge', 'crater', 'tower', 'fence',
]);

/** Fractions of a whole, by denominator word, as percentages (one scale for every proportion). */
export const FRACTION_WORDS: Readonly<Record<string, number>> = {
  half: 50, halves: 50, third: 100 / 3, thirds: 100 / 3, quarter: 25, quarters: 25, fourth: 25, fourths: 25, fifth: 20,
  fifths: 20, sixth: 100 / 6, sixths: 100 / 6, seventh: 100 / 7, sevenths: 100 / 7, eighth: 12.5, eighths: 12.5,
  ninth: 100 / 9, ninths: 100 / 9, tenth: 10, tenths: 10,
};

/** Words that make a figure a ratio of two values ("doubled", "threefold"), by their factor. */
export const RATIO_WORDS: Readonly<Record<string, number>> = {
  doubled: 2, doubling: 2, doubles: 2, tripled: 3, tripling: 3, triples: 3, trebled: 3, trebling: 3, quadrupled: 4,
  quadrupling: 4, quadruples: 4, halved: 0.5, halving: 0.5, halves: 0.5, twofold: 2, threefold: 3, fourfold: 4,
  fivefold: 5, sixfold: 6, sevenfold: 7, eightfold: 8, ninefold: 9, tenfold: 10, hundredfold: 100,
};

/** Words after "N times" or "twice" that compare two amounts ("three times as many", "twice the rate"). */
export const COMPARISON_FOLLOWERS = new Set(['as', 'the', 'more', 'higher', 'larger', 'bigger', 'greater', 'faster', 'that', 'what', 'its', 'their', 'his', 'her', 'lower', 'fewer', 'less', 'smaller', 'over']);

/** Vague counts (DESIGN.md, "Figures: from words to intervals"). Keys are lower-case word sequences. */
export const VAGUE_COUNTS: ReadonlyArray<readonly [string, Interval]> = [
  ['tens of thousands', { low: 20_000, high: 99_999 }],
  ['hundreds of thousands', { low: 200_000, high: 999_999 }],
  ['tens of millions', { low: 20_000_000, high: 99_999_999 }],
  ['hundreds of millions', { low: 200_000_000, high: 999_999_999 }],
  ['tens of billions', { low: 20_000_000_000, high: 99_999_999_999 }],
  ['hundreds of billions', { low: 200_000_000_000, high: 999_999_999_999 }],
  ['a few dozen', { low: 24, high: 60 }],
  ['several dozen', { low: 24, high: 99 }],
  ['a few hundred', { low: 200, high: 500 }],
  ['several hundred', { low: 200, high: 999 }],
  ['a few thousand', { low: 2000, high: 5000 }],
  ['several thousand', { low: 2000, high: 9999 }],
  ['half a dozen', { low: 6, high: 6 }],
  ['a dozen', { low: 12, high: 12 }],
  ['dozens', { low: 24, high: 99 }],
  ['tens', { low: 24, high: 99 }],
  ['scores', { low: 40, high: 199 }],
  ['hundreds', { low: 200, high: 999 }],
  ['thousands', { low: 2000, high: 9999 }],
  ['millions', { low: 2_000_000, high: 9_999_999 }],
  ['billions', { low: 2_000_000_000, high: 9_999_999_999 }],
];

/** Quantifiers that name a count only when a counted noun follows ("several dead", "a handful of protesters"). */
export const WEAK_COUNTS: ReadonlyArray<readonly [string, Interval]> = [
  ['a handful of', { low: 2, high: 5 }],
  ['a couple of', { low: 2, high: 2 }],
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
  rouble: 'RUB', pounds: 'GBP', pound: 'GBP', sterling: 'GBP', rupee: 'INR', naira: 'NGN', rand: 'ZAR',
  shekels: 'ILS', shekel: 'ILS', pesos: 'MXN', reais: 'BRL', won: 'KRW', francs: 'CHF', kronor: 'SEK', krone: 'NOK', zloty: 'PLN', yuan: 'CNY', renminbi: 'CNY', yen: 'JPY', rupees: 'INR', hryvnias: 'UAH', hryvnia: 'UAH',
  lira: 'TRY', liras: 'TRY', rials: 'IRR', riyals: 'SAR', dinars: 'IQD', som: 'KGS', somoni: 'TJS', soums: 'UZS',
  // A bare shilling is Kenya's unless the story is Ugandan, Tanzanian or Somali (extract-claims reads the story's country).
  shillings: 'KES', shilling: 'KES', taka: 'BDT', birr: 'ETB', cedis: 'GHS', kwacha: 'ZMW', afghanis: 'AFN', kyat: 'MMK',
  ringgit: 'MYR', rupiah: 'IDR', baht: 'THB', dong: 'VND', forints: 'HUF', lei: 'RON', manat: 'AZN', lari: 'GEL',
};

/** A nationality before a currency word names the currency ("Kenyan shillings", "Egyptian pounds"). */
export const CURRENCY_ADJECTIVES: Readonly<Record<string, string>> = {
  'kenyan shillings': 'KES', 'kenyan shilling': 'KES', 'ugandan shillings': 'UGX', 'ugandan shilling': 'UGX',
  'tanzanian shillings': 'TZS', 'tanzanian shilling': 'TZS', 'somali shillings': 'SOS', 'somali shilling': 'SOS',
  'us dollars': 'USD', 'u.s. dollars': 'USD', 'american dollars': 'USD', 'australian dollars': 'AUD', 'canadian dollars': 'CAD',
  'singapore dollars': 'SGD', 'zimbabwean dollars': 'ZWL', 'egyptian pounds': 'EGP', 'lebanese pounds': 'LBP',
  'sudanese pounds': 'SDG', 'syrian pounds': 'SYP', 'pakistani rupees': 'PKR', 'indian rupees': 'INR', 'nepalese rupees': 'NPR',
  'iraqi dinars': 'IQD', 'jordanian dinars': 'JOD', 'libyan dinars': 'LYD', 'kuwaiti dinars': 'KWD', 'iranian rials': 'IRR',
  'yemeni rials': 'YER', 'saudi riyals': 'SAR', 'qatari riyals': 'QAR', 'turkish lira': 'TRY', 'nigerian naira': 'NGN',
  'mexican pesos': 'MXN', 'philippine pesos': 'PHP', 'argentine pesos': 'ARS', 'colombian pesos': 'COP', 'chilean pesos': 'CLP',
  'chinese yuan': 'CNY', 'japanese yen': 'JPY', 'swiss francs': 'CHF', 'congolese francs': 'CDF', 'cfa francs': 'XOF',
  'russian roubles': 'RUB', 'russian rubles': 'RUB', 'ukrainian hryvnias': 'UAH', 'south african rand': 'ZAR',
};

export const CURRENCY_SYMBOLS: Readonly<Record<string, string>> = {
  '$US': 'USD', US$: 'USD', A$: 'AUD', AU$: 'AUD', C$: 'CAD', NZ$: 'NZD', HK$: 'HKD', '€': 'EUR', '£': 'GBP', '¥': 'JPY',
  '₽': 'RUB', '₸': 'KZT', '₴': 'UAH', '₹': 'INR', '₦': 'NGN', '₪': 'ILS', '₩': 'KRW', '₺': 'TRY', R$: 'BRL', Rs: 'INR',
  KSh: 'KES', Ksh: 'KES', KShs: 'KES', Kshs: 'KES', Sh: 'KES', Shs: 'KES', USh: 'UGX', UShs: 'UGX', TSh: 'TZS', TShs: 'TZS',
};

/** ISO 4217 codes written before or after an amount ("USD 5 million", "40 billion KZT"). */
export const CURRENCY_CODES = new Set([
  'USD', 'EUR', 'GBP', 'JPY', 'CNY', 'RUB', 'KZT', 'UAH', 'INR', 'TRY', 'IRR', 'SAR', 'AED', 'CHF', 'CAD', 'AUD', 'NZD',
  'HKD', 'SGD', 'BRL', 'MXN', 'ZAR', 'NGN', 'KES', 'EGP', 'PKR', 'BDT', 'ILS', 'KRW', 'SEK', 'NOK', 'DKK', 'PLN', 'KGS',
  'UZS', 'TJS', 'IQD', 'UGX', 'TZS', 'SOS', 'ETB', 'GHS', 'RWF', 'ZMW', 'XOF', 'XAF', 'MAD', 'TND', 'DZD', 'LBP', 'SYP',
  'JOD', 'QAR', 'KWD', 'AFN', 'NPR', 'LKR', 'THB', 'VND', 'IDR', 'MYR', 'PHP', 'ARS', 'COP', 'CLP', 'HUF', 'CZK', 'RON',
  'GEL', 'AMD', 'AZN', 'BYN', 'SDG', 'YER', 'CDF',
]);

export const MEASURE_UNITS: Readonly<Record<string, string>> = {
  km: 'km', kilometres: 'km', kilometers: 'km', kilometre: 'km', kilometer: 'km', miles: 'mi', mile: 'mi',
  metres: 'm', meters: 'm', metre: 'm', meter: 'm', tonnes: 't', tons: 't', tonne: 't', ton: 't', barrels: 'bbl',
  barrel: 'bbl', litres: 'l', liters: 'l', hectares: 'ha', acres: 'acre', kg: 'kg', kilograms: 'kg', kilogram: 'kg',
  feet: 'ft', foot: 'ft', inches: 'in', centimetres: 'cm', centimeters: 'cm', millimetres: 'mm', millimeters: 'mm',
  megawatts: 'MW', gigawatts: 'GW', mph: 'mph', degrees: '°', celsius: '°C', fahrenheit: '°F', mw: 'MW',
  magnitude: 'magnitude',
};
