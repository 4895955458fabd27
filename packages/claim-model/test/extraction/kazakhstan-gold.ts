/**
 * Our annotation of the demo corpus (demo/kazakhstan-2022): every figure a desk would track, with its interval,
 * qualifier, metric, subject and original source. `context` locates the figure when its words occur more than once;
 * `source` lists acceptable spellings of the original source (null: the text names none); `key` marks the
 * casualty, injury, arrest, troop and price figures the issue requires to be exactly right.
 */
export interface GoldFigure {
  doc: string;
  text: string;
  context?: string;
  low: number | null;
  high: number | null;
  qualifier: string | null;
  unit: string;
  metric: string | null;
  subject: string | null;
  source: string[] | null;
  key: boolean;
}

type Row = [doc: string, text: string, context: string | undefined, low: number | null, high: number | null, qualifier: string | null, unit: string, metric: string | null, subject: string | null, source: string[] | null, key: boolean];

const ROWS: Row[] = [
  ['cnn', 'Dozens', 'Dozens of protesters reported killed', 24, 99, null, 'count', 'deaths', 'protesters', null, true],
  ['cnn', 'At least 13', undefined, 13, null, 'At least', 'count', 'deaths', 'law_enforcement', ['Khabar 24'], true],
  ['cnn', '353', undefined, 353, 353, null, 'count', 'injured', 'people', ['Khabar 24'], true],
  ['cnn', 'More than 1,000', undefined, 1001, null, 'More than', 'count', 'injured', 'people', ['Health Ministry'], true],
  ['cnn', 'nearly 400', undefined, 360, 400, 'nearly', 'count', 'hospitalized', 'people', ['Health Ministry'], true],
  ['cnn', '62', undefined, 62, 62, null, 'count', 'intensive_care', 'people', ['Health Ministry'], true],
  ['cnn', 'five to six', undefined, 5, 6, null, 'count', 'participants', 'people', ['Sputnik'], false],
  ['cnn', 'dozens', 'dozens of attackers were killed', 24, 99, null, 'count', 'deaths', 'protesters', ['Azirbek'], true],
  ['cnn', 'two', 'bodies of two officers', 2, 2, null, 'count', 'beheaded', 'police', ['commander'], true],
  ['cnn', 'about 20%', undefined, 18, 22, 'about', 'percent', null, null, ['Factbook'], false],
  ['cnn', '19 million', undefined, 19_000_000, 19_000_000, null, 'count', null, 'people', ['Factbook'], false],
  ['cnn', '50 tenge ($ 0.11)', undefined, 50, 50, null, 'KZT', 'price', null, null, true],

  ['dailybeast', 'Dozens', 'Dozens ‘Liquidated’', 24, 99, null, 'count', 'deaths', null, null, true],
  ['dailybeast', 'Dozens', 'Dozens of demonstrators', 24, 99, null, 'count', 'deaths', 'protesters', null, true],
  ['dailybeast', 'multiple', 'multiple deaths', 2, null, null, 'count', 'deaths', null, ['witnesses'], true],
  ['dailybeast', 'dozens', 'dozens of attackers were liquidated', 24, 99, null, 'count', 'deaths', 'protesters', ['police'], true],
  ['dailybeast', 'more than a dozen', undefined, 13, null, 'more than', 'count', 'deaths', 'law_enforcement', ['State TV'], true],
  ['dailybeast', 'two', 'two of whom', 2, 2, null, 'count', 'beheaded', 'law_enforcement', ['State TV'], true],
  ['dailybeast', 'At least 2,000', undefined, 2000, null, 'At least', 'count', 'detained', 'people', ['State TV', 'Reuters'], true],

  ['lemonde', 'about fifty', undefined, 45, 55, 'about', 'count', 'participants', 'people', null, false],
  ['lemonde', '70% to 90%', undefined, 70, 90, null, 'percent', null, null, ['Washington Post'], false],
  ['lemonde', '150 km', undefined, 150, 150, null, 'km', 'distance', null, null, false],
  ['lemonde', 'Several hundred', undefined, 200, 999, null, 'count', 'participants', 'protesters', null, false],
  ['lemonde', 'a few dozen', undefined, 24, 60, null, 'count', 'participants', 'protesters', null, false],
  ['lemonde', 'several', 'several demonstrators', 3, 9, null, 'count', 'participants', 'protesters', null, false],
  ['lemonde', 'Hundreds', 'Hundreds of demonstrators', 200, 999, null, 'count', 'participants', 'protesters', null, false],
  ['lemonde', '500,000', undefined, 500_000, 500_000, null, 'count', 'population', 'people', null, false],
  ['lemonde', 'Tens', undefined, 24, 99, null, 'count', 'deaths', 'protesters', ['interior ministry'], true],
  ['lemonde', '26', undefined, 26, 26, null, 'count', 'deaths', 'protesters', ['interior ministry'], true],
  ['lemonde', '18', '18 injured', 18, 18, null, 'count', 'injured', null, ['interior ministry'], true],
  ['lemonde', 'a thousand', undefined, 1000, 1000, null, 'count', 'injured', null, ['ministry of health'], true],
  ['lemonde', 'Eighteen', undefined, 18, 18, null, 'count', 'deaths', 'police', ['authorities'], true],
  ['lemonde', '3,000', undefined, 3000, 3000, null, 'count', 'troops_deployed', 'military', null, true],
  ['lemonde', 'Seventy', undefined, 70, 70, null, 'count', 'troops_deployed', 'aircraft', null, false],

  ['newscomau', 'dozens', 'dozens of protesters killed', 24, 99, null, 'count', 'deaths', 'protesters', null, true],
  ['newscomau', '18', '18 security officials', 18, 18, null, 'count', 'deaths', 'law_enforcement', ['Ministry of Internal Affairs'], true],
  ['newscomau', '748', '748 people', 748, 748, null, 'count', 'injured', 'people', ['Ministry of Internal Affairs'], true],
  ['newscomau', '2298', undefined, 2298, 2298, null, 'count', 'detained', 'people', ['Ministry of Internal Affairs'], true],
  ['newscomau', 'a police officer', 'decapitated body of a police officer', 1, 1, null, 'count', 'beheaded', 'police', ['Khabar'], true],
  ['newscomau', 'a police officer', 'reported a police officer', 1, 1, null, 'count', 'beheaded', 'police', ['AP'], true],
  ['newscomau', 'two', 'put the number at two', 2, 2, null, 'count', 'beheaded', 'police', ['AFP'], true],
  ['newscomau', 'dozens', 'left dozens dead', 24, 99, null, 'count', 'deaths', null, null, true],
  ['newscomau', 'hundreds', 'hundreds detained', 200, 999, null, 'count', 'detained', null, null, true],
  ['newscomau', 'two', 'two regions', 2, 2, null, 'count', null, null, ['Ablyazov'], false],
  ['newscomau', 'less than $US600 ($840)', undefined, 0, 600, 'less than', 'USD', 'income', null, ['Critics'], false],
  ['newscomau', 'thousands', 'thousands furious', 2000, 9999, null, 'count', 'participants', null, null, false],
  ['newscomau', 'several', 'left several dead', 3, 9, null, 'count', 'deaths', null, ['Tokayev'], true],
  ['newscomau', 'Dozens', 'Dozens dead, 1000 wounded', 24, 99, null, 'count', 'deaths', null, null, true],
  ['newscomau', '1000', 'Dozens dead, 1000 wounded', 1000, 1000, null, 'count', 'injured', null, null, true],
  ['newscomau', 'dozens', '“dozens” of protesters', 24, 99, null, 'count', 'deaths', 'protesters', ['Police'], true],
  ['newscomau', 'Some 2000', undefined, 1800, 2200, 'Some', 'count', 'detained', null, ['Police'], true],
  ['newscomau', 'Eighteen', undefined, 18, 18, null, 'count', 'deaths', 'law_enforcement', ['local media'], true],
  ['newscomau', '748', '748 wounded', 748, 748, null, 'count', 'injured', null, ['local media'], true],
  ['newscomau', '1000', '1000 people had been wounded', 1000, 1000, null, 'count', 'injured', 'people', ['health ministry'], true],
];

export const GOLD_FIGURES: GoldFigure[] = ROWS.map(([doc, text, context, low, high, qualifier, unit, metric, subject, source, key]) => ({
  doc, text, ...(context ? { context } : {}), low, high, qualifier, unit, metric, subject, source, key,
}));

/** Words that are years, dates, ages, durations or ordinals: never a counted figure. */
export const NOT_COUNTS: ReadonlyArray<readonly [doc: string, text: string, context?: string]> = [
  ['dailybeast', 'three decades'], ['dailybeast', '2019'], ['dailybeast', 'a year ago'],
  ['lemonde', 'twenty-nine years'], ['lemonde', '81'], ['lemonde', '1is January', '1is January, in'], ['lemonde', 'January 2 to 3'],
  ['lemonde', '11 p.m.'], ['lemonde', 'January 4th'], ['lemonde', '2019'], ['lemonde', 'January 6, 2022'],
  ['cnn', 'January 5, 2022'], ['cnn', '1991'], ['cnn', 'ninth'], ['cnn', 'January 19'], ['cnn', '2019'],
  ['newscomau', 'three days'], ['newscomau', 'one more year'], ['newscomau', 'two weeks'], ['newscomau', 'half a year'],
  ['newscomau', '2016'], ['newscomau', '2005 to 2009'], ['newscomau', '2014'], ['newscomau', 'six months'], ['newscomau', 'third'],
];

/** Page furniture of each scraped file. */
export const BOILERPLATE: ReadonlyArray<readonly [doc: string, line: string]> = [
  ['cnn', 'Leave a Comment'],
  ['cnn', 'contributed to this report.'],
  ['cnn', 'This is what you need to know'],
  ['dailybeast', 'Read More'],
  ['dailybeast', 'Post comment'],
  ['dailybeast', 'Your email address will not be published. Required fields are marked *'],
  ['lemonde', 'Some images contained in this article may be shocking.'],
  ['lemonde', 'Source: Nurlan Musaev, via Facebook'],
  ['lemonde', 'Source: Bekzat Maksutkhanuly, via Facebook'],
  ['lemonde', 'Images : @jardemalie via Twitter / ZTB via Telegram'],
  ['lemonde', 'Images: Bace / DR'],
  ['lemonde', 'Images : via Twitter et Telegram'],
  ['lemonde', 'Read also Article reserved for our subscribers'],
  ['lemonde', 'We would love to say thanks to the writer of this write-up for this outstanding web content'],
  ['newscomau', 'Source link'],
  ['newscomau', 'Leave a Reply'],
  ['newscomau', 'Your email address will not be published.'],
];
