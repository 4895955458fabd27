import { describe, expect, it } from 'vitest';
import { parseFigures } from './parse-figures';

const one = (text: string, options = {}) => {
  const figures = parseFigures(text, options).filter((f) => !f.weak);
  return figures;
};

describe('parseFigures: counts become intervals (DESIGN.md table)', () => {
  it.each([
    ['exact digits', 'At the scene 18 were found.', '18', 18, 18, null],
    ['thousands separator', 'and 2,298 people have been detained', '2,298', 2298, 2298, null],
    ['number word', 'Eighteen police officers were also killed', 'Eighteen', 18, 18, null],
    ['hyphenated number word', 'it left twenty-nine people dead', 'twenty-nine', 29, 29, null],
    ['at least', 'At least 13 law enforcement officials were killed', 'At least 13', 13, null, 'At least'],
    ['more than a number', 'More than 1,000 people were injured', 'More than 1,000', 1001, null, 'More than'],
    ['more than a dozen', 'more than a dozen members of law enforcement', 'more than a dozen', 13, null, 'more than'],
    ['over', 'over 60 were hurt', 'over 60', 61, null, 'over'],
    ['nearly', 'nearly 400 were hospitalized', 'nearly 400', 360, 400, 'nearly'],
    ['almost', 'almost 50 arrested', 'almost 50', 45, 50, 'almost'],
    ['some', 'Some 2000 were arrested.', 'Some 2000', 1800, 2200, 'Some'],
    ['about with a number word', 'a group of about fifty men', 'about fifty', 45, 55, 'about'],
    ['up to', 'up to 300 people', 'up to 300', 0, 300, 'up to'],
    ['or more', '40 or more bodies', '40 or more', 40, null, null],
    ['a dozen', 'a dozen people were hurt', 'a dozen', 12, 12, null],
    ['dozens', 'dozens of attackers were killed', 'dozens', 24, 99, null],
    ['tens in scare quotes', 'of “Tens” deaths among demonstrators', 'Tens', 24, 99, null],
    ['a few dozen', 'a few dozen demonstrators hitting officials', 'a few dozen', 24, 60, null],
    ['hundreds', 'hundreds detained', 'hundreds', 200, 999, null],
    ['several hundred', 'Several hundred demonstrators are filmed', 'Several hundred', 200, 999, null],
    ['thousands', 'thousands furious at the price rise', 'thousands', 2000, 9999, null],
    ['tens of thousands', 'tens of thousands marched', 'tens of thousands', 20000, 99999, null],
    ['a thousand', 'the ministry evoked a thousand wounded', 'a thousand', 1000, 1000, null],
    ['three hundred and five', 'three hundred and five homes', 'three hundred and five', 305, 305, null],
    ['millions with digits', '19 million people', '19 million', 19_000_000, 19_000_000, null],
    ['word range', 'groups of five to six people', 'five to six', 5, 6, null],
    ['digit range with a dash', 'from 100-300 people', 'from 100-300', 100, 300, null],
    ['between x and y', 'between 40 and 60 were killed', 'between 40 and 60', 40, 60, null],
  ])('%s', (_name, text, words, low, high, qualifier) => {
    const [figure] = one(text);
    expect(figure?.text).toBe(words);
    expect(figure?.interval).toEqual({ low, high });
    expect(figure?.qualifier).toBe(qualifier);
    expect(figure?.kind).toBe('count');
  });
});

describe('parseFigures: money, percentages and units keep their unit', () => {
  it('tenge with a dollar conversion in brackets', () => {
    const [f] = one('reduce the price of LPG to 50 tenge ($ 0.11) per liter');
    expect(f).toMatchObject({ text: '50 tenge ($ 0.11)', kind: 'money', unit: 'KZT', interval: { low: 50, high: 50 } });
    expect(f?.converted).toEqual([{ text: '$ 0.11', interval: { low: 0.11, high: 0.11 }, unit: 'USD' }]);
  });

  it('US dollars converted to the outlet currency', () => {
    const [f] = one('salaries of less than $US600 ($840).', { defaultDollar: 'AUD' });
    expect(f).toMatchObject({ text: 'less than $US600 ($840)', kind: 'money', unit: 'USD', qualifier: 'less than', interval: { low: 0, high: 600 } });
    expect(f?.converted[0]?.unit).toBe('AUD');
  });

  it.each([
    ['percent range', 'used for 70% to 90% of vehicles', '70% to 90%', 70, 90],
    ['about a percentage', 'about 20% of its people', 'about 20%', 18, 22],
    ['percent in words', '12 percent of voters', '12 percent', 12, 12],
  ])('%s', (_name, text, words, low, high) => {
    const [f] = one(text);
    expect(f).toMatchObject({ text: words, kind: 'proportion', unit: 'percent', interval: { low, high } });
  });

  it('a distance is a measure, not a count', () => {
    expect(one('150 km further west')[0]).toMatchObject({ kind: 'measure', unit: 'km' });
  });
});

describe('parseFigures: years, dates, ages, durations and ordinals are never counts', () => {
  it.each([
    ['a year after in', 'he stepped down in 2019, only to', 'year'],
    ['a year range', 'from 2005 to 2009, declared', 'year'],
    ['a month and day', 'By January 5, protesters stormed', 'date'],
    ['a date with a year', 'on January 5, 2022.', 'date'],
    ['a day before the month', 'decreed on 7 January', 'date'],
    ['machine-translated ordinal date', 'decreed on 1is January', 'date'],
    ['an ordinal date', 'January 4th', 'date'],
    ['a date range', 'Night from January 2 to 3, in Aktaou', 'date'],
    ['a time of day', 'around 11 p.m., the crowd', 'time'],
    ['a duration in words', 'who ruled for three decades until', 'duration'],
    ['a duration with a number word', 'remained in power for twenty-nine years.', 'duration'],
    ['a hyphenated duration', 'a three-day mourning', 'duration'],
    ['an age after a name', 'Nursultan Nazarbaïev, 81, who remained', 'age'],
    ['an age with year-old', 'a 17-year-old student', 'age'],
    ['a numeric ordinal', 'the 3rd battalion', 'ordinal'],
    ['a number inside a name', 'Kazakhstan state-run outlet Khabar-24, said', 'name'],
    ['a channel number', 'state television Khabar 24 reported', 'name'],
  ])('%s', (_name, text, kind) => {
    const kinds = parseFigures(text).map((f) => f.kind);
    expect(kinds).toContain(kind);
    expect(kinds).not.toContain('count');
  });

  it('keeps a bare year-like count when a qualifier precedes it', () => {
    expect(one('Some 2000 were arrested.')[0]?.kind).toBe('count');
  });

  it('marks a figure in quotation marks as scare-quoted', () => {
    expect(one('they killed “dozens” of protesters')[0]?.scareQuoted).toBe(true);
  });

  it('offsets spans by the base so they index the whole document', () => {
    const text = 'xx 353 people';
    const [f] = parseFigures(text.slice(3), { base: 3 });
    expect(text.slice(f?.span.start, f?.span.end)).toBe('353');
  });

  it('treats "one" and "several" as weak until a counted noun is confirmed', () => {
    expect(parseFigures('no one knows').every((f) => f.weak)).toBe(true);
    expect(parseFigures('several dead')[0]).toMatchObject({ weak: true, interval: { low: 3, high: 9 } });
  });
});
