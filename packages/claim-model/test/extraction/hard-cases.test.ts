import { describe, expect, it } from 'vitest';
import type { DocumentInput, ExtractedClaim } from '../../src/claim';
import { originalSource } from '../../src/claim';
import { extractClaims } from '../../src/extraction';

// Sentences from other events and phrasings than the demo corpus, written for these tests: the engine must not be
// tuned to four articles.
const doc = (text: string, extra: Partial<DocumentInput> = {}): DocumentInput => ({
  id: 'hard',
  text: `Headline\n\n${text}\n`,
  outlet: 'Example Times',
  publishedDate: '2023-02-10',
  publishedApproximate: false,
  ...extra,
});

interface Expect {
  figure: string;
  low: number | null;
  high: number | null;
  metric: string | null;
  subject?: string | null;
  place?: string | null;
  source?: string | null;
  unit?: string;
  asOf?: string;
}

const ROWS: ReadonlyArray<readonly [name: string, text: string, expected: Expect]> = [
  ['earthquake toll with a named agency', 'At least 2,300 people were killed in the earthquake in Turkey, the disaster management agency said on Monday.', { figure: 'At least 2,300', low: 2300, high: null, metric: 'deaths', subject: 'people', place: 'turkey', source: 'disaster management agency', asOf: '2023-02-06' }],
  ['more than after and', 'Officials said 40 people died and more than 5,000 were injured.', { figure: 'more than 5,000', low: 5001, high: null, metric: 'injured', source: 'Officials' }],
  ['told the agency', 'Hospital officials told the Associated Press that 17 people died overnight.', { figure: '17', low: 17, high: 17, metric: 'deaths', subject: 'people', source: 'Hospital officials' }],
  ['children among the dead', 'Seventeen people, including six children, died in the fire, police said.', { figure: 'six', low: 6, high: 6, metric: 'deaths', subject: 'children', source: 'police' }],
  ['evacuations according to a ministry', 'Some 40,000 residents were evacuated as floods swept through the region, according to the emergencies ministry.', { figure: 'Some 40,000', low: 36000, high: 44000, metric: 'evacuated', source: 'emergencies ministry' }],
  ['up to, with place and weekday', 'Up to 300 protesters were detained in Minsk on Sunday, the rights group Viasna said.', { figure: 'Up to 300', low: 0, high: 300, metric: 'detained', subject: 'protesters', place: 'minsk', source: 'Viasna', asOf: '2023-02-05' }],
  ['a strike with a governor as source', 'Five people were killed in a drone strike on Kharkiv, regional governor Oleh Syniehubov said.', { figure: 'Five', low: 5, high: 5, metric: 'deaths', place: 'kharkiv', source: 'Oleh Syniehubov' }],
  ['hundreds of thousands displaced', 'Hundreds of thousands of people have fled their homes, the UN refugee agency said.', { figure: 'Hundreds of thousands', low: 200000, high: 999999, metric: 'displaced', source: 'UN' }],
  ['a single casualty with an article', 'A journalist was killed by a sniper in Gaza, the press union said.', { figure: 'A journalist', low: 1, high: 1, metric: 'deaths', subject: 'journalists', place: 'gaza' }],
  ['a revised toll', 'The death toll rose to 112, officials said.', { figure: '112', low: 112, high: 112, metric: 'deaths', source: 'officials' }],
  ['officers injured and people arrested', 'Police said three officers were injured and 12 people arrested.', { figure: 'three', low: 3, high: 3, metric: 'injured', subject: 'police', source: 'Police' }],
  ['the second figure of a pair', 'Police said three officers were injured and 12 people arrested.', { figure: '12', low: 12, high: 12, metric: 'detained', subject: 'people' }],
  ['troops deployed by the army', 'The army said 1,500 troops had been deployed to the border.', { figure: '1,500', low: 1500, high: 1500, metric: 'troops_deployed', subject: 'military' }],
  ['a price in roubles', 'Petrol now costs 120 roubles per litre.', { figure: '120 roubles', low: 120, high: 120, metric: 'price', unit: 'RUB' }],
  ['around a percentage', 'Around 70% of the city was without power.', { figure: 'Around 70%', low: 63, high: 77, metric: null, unit: 'percent' }],
  ['two dozen', 'Nearly two dozen bodies were recovered from the rubble.', { figure: 'Nearly two dozen', low: 22, high: 24, metric: 'deaths' }],
  ['or more', 'Forty or more were missing after the landslide, rescuers said.', { figure: 'Forty or more', low: 40, high: null, metric: 'missing', source: 'rescuers' }],
  ['no fewer than in a trailing report', 'No fewer than 60 civilians died in the shelling, Reuters reports.', { figure: 'No fewer than 60', low: 60, high: null, metric: 'deaths', subject: 'civilians', source: 'Reuters' }],
  ['yesterday', 'Yesterday, 45 people were hospitalized with burns.', { figure: '45', low: 45, high: 45, metric: 'hospitalized', asOf: '2023-02-09' }],
  ['a relayed relay', 'Reuters, citing two security sources, said 30 militants were killed.', { figure: '30', low: 30, high: 30, metric: 'deaths', subject: 'armed_groups', source: 'two security sources' }],
  ['between and', 'Between 200 and 300 people marched through the capital.', { figure: 'Between 200 and 300', low: 200, high: 300, metric: 'participants', subject: 'people' }],
  ['a relay named with via', 'The interior ministry said 41 people were detained, via Interfax.', { figure: '41', low: 41, high: 41, metric: 'detained', source: 'interior ministry' }],
  ['a figure in millions of dollars', 'The storm caused $3.5 million in damage.', { figure: '$3.5 million', low: 3_500_000, high: 3_500_000, metric: 'damage', unit: 'USD' }],
  // Second batch, written after the first was fixed: 11 of 15 passed on first run.
  ['a disaster authority', 'The death toll from the floods in Pakistan has risen to 1,136, the National Disaster Management Authority said.', { figure: '1,136', low: 1136, high: 1136, metric: 'deaths', place: 'pakistan', source: 'National Disaster Management Authority' }],
  ['overnight strikes', 'Israeli strikes killed at least 27 Palestinians overnight, Gaza health officials said.', { figure: 'at least 27', low: 27, high: null, metric: 'deaths', source: 'Gaza health officials' }],
  ['a rights group with a hyphenated name', 'More than 300 people have been arrested since the protests began, according to the rights group OVD-Info.', { figure: 'More than 300', low: 301, high: null, metric: 'detained', subject: 'people', source: 'OVD-Info' }],
  ['police versus organisers, first', 'An estimated 15,000 people marched in Paris, police said, while organisers put the figure at 100,000.', { figure: 'An estimated 15,000', low: 13500, high: 16500, metric: 'participants', place: 'paris', source: 'police' }],
  ['police versus organisers, second', 'An estimated 15,000 people marched in Paris, police said, while organisers put the figure at 100,000.', { figure: '100,000', low: 100000, high: 100000, metric: 'participants', source: 'organisers' }],
  ['soldiers wounded, ministry statement', 'Two soldiers were wounded in the attack, the Defence Ministry said in a statement.', { figure: 'Two', low: 2, high: 2, metric: 'injured', subject: 'military', source: 'Defence Ministry' }],
  ['decimal millions', 'About 1.2 million people remain without electricity.', { figure: 'About 1.2 million', low: 1_080_000, high: 1_320_000, metric: null, subject: 'people', source: null }],
  ['homes destroyed, verb first', 'The government said the cyclone had destroyed nearly 5,000 homes.', { figure: 'nearly 5,000', low: 4500, high: 5000, metric: 'buildings_damaged', subject: 'buildings', source: 'government' }],
  ['at least a dozen journalists', 'At least a dozen journalists have been detained, the Committee to Protect Journalists said.', { figure: 'At least a dozen', low: 12, high: null, metric: 'detained', subject: 'journalists', source: 'Committee to Protect Journalists' }],
  ['coordinated subjects share the verb', 'Three police officers and a civilian were killed, officials said.', { figure: 'Three', low: 3, high: 3, metric: 'deaths', subject: 'police', source: 'officials' }],
  ['a union claim', 'The strike involved some 200,000 workers, the union claimed.', { figure: 'some 200,000', low: 180000, high: 220000, metric: null, source: 'union' }],
  ['feared dead', 'Up to 70 people are feared dead after the landslide.', { figure: 'Up to 70', low: 0, high: 70, metric: 'deaths', subject: 'people', source: null }],
  // Third batch: 3 of 8 passed on first run.
  ['a change is not a range', 'The number of dead rose from 12 to 15 overnight, officials said.', { figure: '15', low: 15, high: 15, metric: 'deaths', source: 'officials' }],
  ['the verb before the figure, first', 'Gunmen killed 3 villagers and wounded 10 others, a local official told Reuters.', { figure: '3', low: 3, high: 3, metric: 'deaths', source: 'local official' }],
  ['the verb before the figure, second', 'Gunmen killed 3 villagers and wounded 10 others, a local official told Reuters.', { figure: '10', low: 10, high: 10, metric: 'injured', source: 'local official' }],
  ['a prosecutor as source', 'Nearly half of the 2,000 detainees have been released, the prosecutor said.', { figure: '2,000', low: 2000, high: 2000, metric: 'detained', source: 'prosecutor' }],
  ['per cent in two words', 'Inflation reached 8.4 per cent in December, the statistics office said.', { figure: '8.4 per cent', low: 8.4, high: 8.4, metric: null, unit: 'percent', source: 'statistics office' }],
  ['officials named by their service', 'At least 150 people died in a stampede in Seoul on Saturday night, according to fire officials.', { figure: 'At least 150', low: 150, high: null, metric: 'deaths', place: 'seoul', source: 'fire officials', asOf: '2023-02-04' }],
  ['people in need of aid', 'The UN said 4.5 million Syrians needed aid.', { figure: '4.5 million', low: 4_500_000, high: 4_500_000, metric: 'affected', source: 'United Nations' }],
  ['over at the start of a sentence', 'Over 90 were hurt.', { figure: 'Over 90', low: 91, high: null, metric: 'injured', source: null }],
];

// Fourth batch, published on Friday 2023-03-10 (chains and dates): 6 of 8 passed on first run.
const BATCH_4: ReadonlyArray<readonly [name: string, text: string, expected: Expect]> = [
  ['citing at the start', 'Citing hospital sources, Al Jazeera reported that 63 people had been killed in Khartoum since Saturday.', { figure: '63', low: 63, high: 63, metric: 'deaths', place: 'khartoum', source: 'hospital sources', asOf: '2023-03-04' }],
  ['which cited', 'According to AFP, which cited a police source, 14 people were arrested on Wednesday.', { figure: '14', low: 14, high: 14, metric: 'detained', source: 'police source', asOf: '2023-03-08' }],
  ['soldiers lost are not a deployment', "Ukraine's military said on Monday that Russian forces had lost around 150,000 soldiers.", { figure: 'around 150,000', low: 135000, high: 165000, metric: null, source: "Ukraine's military", asOf: '2023-03-06' }],
  ['told an agency', 'Local authorities told state news agency Xinhua that 21 miners were trapped.', { figure: '21', low: 21, high: 21, metric: null, source: 'Local authorities' }],
  ['a quote then its speaker', '"At least 30 people have died," the mayor told reporters on Thursday.', { figure: 'At least 30', low: 30, high: null, metric: 'deaths', source: 'mayor', asOf: '2023-03-09' }],
  ['days ago', 'Two days ago, 18 people were injured in clashes, the Red Cross said.', { figure: '18', low: 18, high: 18, metric: 'injured', source: 'Red Cross', asOf: '2023-03-08' }],
  ['estimates that', 'Amnesty International estimates that more than 500 protesters have been killed since September.', { figure: 'more than 500', low: 501, high: null, metric: 'deaths', subject: 'protesters', source: 'Amnesty International' }],
  ['earlier in the year', 'Earlier in the year, police detained 40 activists, the rights group said.', { figure: '40', low: 40, high: 40, metric: 'detained', source: 'rights group', asOf: '2023-01-01' }],
  ['machine-translated day of the month', 'On 1is January, 12 people were arrested in the city, police said.', { figure: '12', low: 12, high: 12, metric: 'detained', source: 'police', asOf: '2023-01-01' }],
  ['a toll stated with its date', 'The toll stood at 9 dead and 27 injured on Tuesday evening, according to the regional governor.', { figure: '27', low: 27, high: 27, metric: 'injured', source: 'regional governor', asOf: '2023-03-07' }],
];

function claimFor(claims: ExtractedClaim[], words: string): ExtractedClaim | undefined {
  return claims.find((c) => c.figure?.text === words);
}

describe('hard cases beyond the demo corpus', () => {
  const rows = [...ROWS.map(([name, text, e]) => [name, text, e, '2023-02-10'] as const), ...BATCH_4.map(([name, text, e]) => [name, text, e, '2023-03-10'] as const)];
  it.each(rows)('%s', (_name, text, e, publishedDate) => {
    const claim = claimFor(extractClaims(doc(text, { publishedDate })), e.figure);
    expect(claim, `no figure "${e.figure}"`).toBeDefined();
    expect(claim?.figure?.interval).toEqual({ low: e.low, high: e.high });
    expect(claim?.frame?.metric?.id ?? null).toBe(e.metric);
    if (e.subject !== undefined) expect(claim?.frame?.subject?.id ?? null).toBe(e.subject);
    if (e.place !== undefined) expect(claim?.frame?.place?.id ?? null).toBe(e.place);
    if (e.unit !== undefined) expect(claim?.figure?.unit).toBe(e.unit);
    if (e.asOf !== undefined) expect(claim?.frame?.asOf?.date).toBe(e.asOf);
    if (e.source !== undefined) {
      if (e.source === null) expect(claim?.attribution.unattributed).toBe(true);
      else expect(originalSource(claim ?? { attribution: { chain: [], unattributed: true } })?.name.toLowerCase()).toContain(e.source.toLowerCase());
    }
  });

  it.each([
    ['an age', 'The suspect, 34, was arrested on Friday.'],
    ['a duration', 'The siege lasted for forty-two days.'],
    ['a year', 'The dam was built in 1987 and collapsed.'],
    ['an ordinal', 'It was the third explosion this week.'],
    ['a time', 'The blast happened at 9 a.m. in the market.'],
    ['a date', 'Protests began on 3 March and spread.'],
    ['a name with a number', 'France 24 reported clashes in the city.'],
  ])('%s is not counted', (_name, text) => {
    expect(extractClaims(doc(text)).filter((c) => c.kind === 'quantity')).toEqual([]);
  });

  it('inherits the source named earlier in the paragraph and says so', () => {
    const claims = extractClaims(doc('The interior ministry said 14 people were killed. Another 80 were injured.'));
    const injured = claimFor(claims, '80');
    expect(originalSource(injured ?? { attribution: { chain: [], unattributed: true } })?.name.toLowerCase()).toContain('interior ministry');
    expect(injured?.attribution.inherited).toBe(true);
  });

  it('puts the agency named with "via" between the outlet and the source', () => {
    const claim = claimFor(extractClaims(doc('The interior ministry said 41 people were detained, via Interfax.')), '41');
    expect(claim?.attribution.chain.map((l) => l.name)).toEqual(['Example Times', 'Interfax', 'interior ministry']);
  });

  it('gives every sentence of a quotation the speaker named where it closes', () => {
    const claims = extractClaims(doc('“We counted 40 bodies in the square. Another 12 died in hospital,” a doctor told the BBC.'));
    expect(claimFor(claims, '40')?.attribution.chain.map((l) => l.name)).toEqual(['Example Times', 'BBC', 'a doctor']);
    expect(claimFor(claims, '12')?.attribution.chain.map((l) => l.name)).toEqual(['Example Times', 'BBC', 'a doctor']);
  });

  it('hedges a figure whose casualty word is in scare quotes', () => {
    const [claim] = extractClaims(doc('Dozens ‘liquidated’ in the capital'));
    expect(claim?.hedges.map((h) => h.cue)).toContain('scare quotes');
  });

  it('does not read "States" in "the United States" as a speech verb', () => {
    const claims = extractClaims(doc('The United States sent 200 troops to the border.'));
    expect(claimFor(claims, '200')?.attribution.unattributed).toBe(true);
  });

  it('attributes an unsourced figure to the outlet alone', () => {
    const [claim] = extractClaims(doc('Twelve people died in the crash.'));
    expect(claim?.attribution).toEqual({ chain: [{ name: 'Example Times', kind: 'outlet', span: null }], unattributed: true });
  });

  it('classifies a quoted assertion as a statement and an occurrence as an event', () => {
    const claims = extractClaims(doc('The minister said foreign agents were behind the unrest. Protesters stormed the parliament building.'));
    expect(claims.map((c) => c.kind)).toEqual(['statement', 'event']);
  });

  it.each([
    ['a speaker before coordinated verbs', "Iran's foreign ministry urged citizens to stay calm and claimed foreign agents were behind the riots.", "Iran's foreign ministry"],
    ['a name after a long clause', 'The talks collapsed and President Ruto vowed to restore order.', 'President Ruto'],
  ])('%s: the sentence is a statement by its speaker', (_name, text, speaker) => {
    const [claim] = extractClaims(doc(text));
    expect(claim?.kind).toBe('statement');
    expect(originalSource(claim ?? { attribution: { chain: [], unattributed: true } })?.name).toBe(speaker);
  });

  it('does not take a speaker from a later sentence that reports no figure', () => {
    const claims = extractClaims(doc('The price of bread was cut to 20 rubles. But protests went on and the president vowed to act.'));
    expect(claimFor(claims, '20 rubles')?.attribution.unattributed).toBe(true);
  });

  it('resolves a weekday to the past week when the text is published earlier in the week', () => {
    const [claim] = extractClaims(doc('On Friday, 20 people were killed.', { publishedDate: '2023-02-08' }));
    expect(claim?.frame?.asOf?.date).toBe('2023-02-03');
  });

  it('keeps an approximate published date approximate', () => {
    const [claim] = extractClaims(doc('Twelve people died in the crash.', { publishedApproximate: true }));
    expect(claim?.frame?.asOf?.approximate).toBe(true);
  });

  it('scores a casualty figure from an official source above a background fact', () => {
    const claims = extractClaims(doc('The health ministry said 40 people were killed. The country, the ninth largest by area, has attracted investment, according to analysts.'));
    const [casualty, background] = claims;
    expect(casualty?.checkWorthiness.score).toBeGreaterThan(background?.checkWorthiness.score ?? 1);
    expect(background?.checkWorthiness.reasons).toContain('background fact');
  });
});
