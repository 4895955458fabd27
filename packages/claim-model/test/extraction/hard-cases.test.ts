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
  /** The words naming the subject, where they tell groups apart (parties). */
  subjectWords?: string;
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

// Fifth batch, published on Wednesday 2024-03-06 (issue 14, misreads found on a fresh earthquake story): scale readings
// carry no tally metric and do not cut a toll from its metric; timestamps, determiners and "while" are no speakers.
const BATCH_5: ReadonlyArray<readonly [name: string, text: string, expected: Expect]> = [
  ['a magnitude is no tally', 'A magnitude 6.4 earthquake killed at least 40 people in the province, officials said.', { figure: '6.4', low: 6.4, high: 6.4, metric: null, unit: 'magnitude' }],
  ['the toll beside a magnitude keeps its metric', 'A magnitude 6.4 earthquake killed at least 40 people in the province, officials said.', { figure: 'at least 40', low: 40, high: null, metric: 'deaths', source: 'officials' }],
  ['a temperature is no tally', 'Temperatures reached 45 degrees as the heatwave killed 12 people, health officials said.', { figure: '45 degrees', low: 45, high: 45, metric: null, unit: '°' }],
  ['the heatwave toll', 'Temperatures reached 45 degrees as the heatwave killed 12 people, health officials said.', { figure: '12', low: 12, high: 12, metric: 'deaths' }],
  ['a wind speed is no tally', 'Winds of 120 mph destroyed 300 homes, the weather service said.', { figure: '120 mph', low: 120, high: 120, metric: null, unit: 'mph' }],
  ['a toll after a magnitude', 'The death toll from the magnitude 7.8 quake that hit the coast rose to 2,310, the disaster agency said.', { figure: '2,310', low: 2310, high: 2310, metric: 'deaths', source: 'disaster agency' }],
  ['a toll after a hyphenated magnitude', 'The number of people killed by the 6.2-magnitude tremor climbed to 95, up from 60 a day earlier, officials said.', { figure: '95', low: 95, high: 95, metric: 'deaths' }],
  ['the earlier toll it revises', 'The number of people killed by the 6.2-magnitude tremor climbed to 95, up from 60 a day earlier, officials said.', { figure: '60', low: 60, high: 60, metric: 'deaths', source: 'officials' }],
  ['a flood toll revised', 'The death toll in the flooded districts has climbed to 63, up from 41 on Monday, officials said.', { figure: '41', low: 41, high: 41, metric: 'deaths', asOf: '2024-03-04' }],
  ['a percentage is unchanged', 'Prices rose 7.1 per cent in March, the statistics office said.', { figure: '7.1 per cent', low: 7.1, high: 7.1, metric: 'price', unit: 'percent' }],
  ['a count before an age compound is unchanged', 'Police said 19 30-year-olds were detained.', { figure: '19', low: 19, high: 19, metric: 'detained', source: 'Police' }],
  ['a determiner is no speaker', 'The city administration said 13 people were still missing.', { figure: '13', low: 13, high: 13, metric: 'missing', source: 'city administration' }],
  ['a capitalised body after a determiner', 'The Regional Administration said 300 families were evacuated.', { figure: '300', low: 300, high: 300, metric: 'evacuated', source: 'Regional Administration' }],
  ['an electoral commission', 'The Electoral Commission said 4.2 million votes had been counted.', { figure: '4.2 million', low: 4_200_000, high: 4_200_000, metric: null, source: 'Electoral Commission' }],
  ['a regulator', 'The state electricity regulator said 2 million homes were without power.', { figure: '2 million', low: 2_000_000, high: 2_000_000, metric: null, source: 'state electricity regulator' }],
  ['a company', 'The company said 18 workers were injured in the fire.', { figure: '18', low: 18, high: 18, metric: 'injured', source: 'company' }],
  // The taka is read as money since the second misreads batch; the sum and its conversion are one figure.
  ['a compensation sum is no death toll', 'The company said it would pay 500,000 taka ($4,100) to the family of each worker killed.', { figure: '500,000 taka ($4,100)', low: 500000, high: 500000, metric: null, unit: 'BDT' }],
  ['a relief payment beside the displaced', 'Families who lost their homes in the floods will receive $250 each, the ministry said.', { figure: '$250', low: 250, high: 250, metric: null, unit: 'USD' }],
  ['damage in money keeps its metric', 'The storm caused $40 million in damage, insurers said.', { figure: '$40 million', low: 40_000_000, high: 40_000_000, metric: 'damage', unit: 'USD' }],
  ['a second clause opened by whereas', 'The army said 40 soldiers died, whereas the rebels said 200 had been killed.', { figure: '200', low: 200, high: 200, metric: 'deaths', source: 'rebels' }],
];

// Sixth batch, published on Saturday 2025-05-10 (misreads found on unseen wire copy about elections, floods, quakes,
// attacks and outbreaks): seats won by a named party, votes cast, a tally named by "it", rescue workers, cases of a
// disease, abductions, the whole of "N of the M", and people or places that are not buildings damaged.
const BATCH_6: ReadonlyArray<readonly [name: string, text: string, expected: Expect]> = [
  ['seats won by the party before the verb', 'The ruling party won 212 of the 400 seats, the election commission said.', { figure: '212', low: 212, high: 212, metric: 'seats_won', subject: 'political_parties', subjectWords: 'ruling party', source: 'election commission' }],
  ['the whole of the seats is the chamber', 'The ruling party won 212 of the 400 seats, the election commission said.', { figure: '400', low: 400, high: 400, metric: 'seats_total', subject: null }],
  ['seats secured in parliament', 'The opposition alliance secured 56 seats in parliament.', { figure: '56', low: 56, high: 56, metric: 'seats_won', subject: 'political_parties', subjectWords: 'opposition alliance', source: null }],
  ['a named party with no party word', 'The African National Congress won 159 seats in the 400-member National Assembly, its worst result since 1994.', { figure: '159', low: 159, high: 159, metric: 'seats_won', subject: 'political_parties', subjectWords: 'African National Congress' }],
  ['a participle after the opening clause', 'The governing coalition lost its majority, winning 163 of the 350 seats in the lower house.', { figure: '163', low: 163, high: 163, metric: 'seats_won', subject: 'political_parties', subjectWords: 'governing coalition' }],
  ['seats lost are a change, not seats held', "The president's party lost 12 seats in the Senate.", { figure: '12', low: 12, high: 12, metric: null }],
  ['a stadium has seats nobody won', 'The stadium has 60,000 seats and was full on Saturday.', { figure: '60,000', low: 60000, high: 60000, metric: null }],
  ['people who voted', 'Some 14.6 million people voted, the electoral commission said.', { figure: 'Some 14.6 million', low: 13_140_000, high: 16_060_000, metric: 'participants', subject: 'people', source: 'electoral commission' }],
  ['voters who cast ballots', 'More than 2.1 million voters cast their ballots by midday, election officials told AFP.', { figure: 'More than 2.1 million', low: 2_100_001, high: null, metric: 'participants', subject: 'people', source: 'election officials' }],
  ['the part of registered voters taking part', 'Voter turnout was 58%, with 3.4 million of 5.9 million registered voters taking part.', { figure: '3.4 million', low: 3_400_000, high: 3_400_000, metric: 'participants' }],
  ['registered voters are not those who took part', 'Voter turnout was 58%, with 3.4 million of 5.9 million registered voters taking part.', { figure: '5.9 million', low: 5_900_000, high: 5_900_000, metric: null }],
  ['the whole of the passengers is not the dead', 'Thirty of the 45 passengers were killed when the bus plunged into a ravine.', { figure: '45', low: 45, high: 45, metric: null }],
  ['the part of the passengers is the dead', 'Thirty of the 45 passengers were killed when the bus plunged into a ravine.', { figure: 'Thirty', low: 30, high: 30, metric: 'deaths', subject: 'people' }],
  ['a toll named by "it" in the next sentence', 'Officials said 12 people had died. By evening it had risen to 19.', { figure: '19', low: 19, high: 19, metric: 'deaths', source: 'Officials' }],
  ['a toll named by "the figure"', 'Officials said 23 people had been killed in the landslide. On Tuesday the figure rose to 31.', { figure: '31', low: 31, high: 31, metric: 'deaths' }],
  ['firefighters are rescue workers, not medics', '200 firefighters were battling the blaze, officials said.', { figure: '200', low: 200, high: 200, metric: null, subject: 'emergency_workers', source: 'officials' }],
  ['injured firefighters', 'Two firefighters were injured while battling the flames, officials said.', { figure: 'Two', low: 2, high: 2, metric: 'injured', subject: 'emergency_workers' }],
  ['health workers stay medics', 'About 60 health workers have died of Ebola since August, the agency said.', { figure: 'About 60', low: 54, high: 66, metric: 'deaths', subject: 'medics' }],
  ['cases are not deaths', 'The health ministry reported 1,340 new cholera cases and 27 deaths in the past 24 hours.', { figure: '1,340', low: 1340, high: 1340, metric: 'cases', source: 'health ministry' }],
  ['the deaths beside the cases', 'The health ministry reported 1,340 new cholera cases and 27 deaths in the past 24 hours.', { figure: '27', low: 27, high: 27, metric: 'deaths' }],
  ['people vaccinated', 'Since the outbreak began, 3,500 people have been vaccinated, WHO said.', { figure: '3,500', low: 3500, high: 3500, metric: 'vaccinated', subject: 'people' }],
  ['pupils abducted', 'Gunmen abducted 287 pupils from a school in Kaduna state, a teacher told Reuters.', { figure: '287', low: 287, high: 287, metric: 'abducted', subject: 'children', source: 'a teacher' }],
  ['hostages released', 'The rebels released 12 hostages on Friday, the Qatari foreign ministry said.', { figure: '12', low: 12, high: 12, metric: 'abducted' }],
  ['insurgents are an armed group', 'The army said it had killed 62 insurgents in a two-day operation.', { figure: '62', low: 62, high: 62, metric: 'deaths', subject: 'armed_groups' }],
  ['survivors are not a collapsed building', 'Rescuers pulled 11 survivors from a collapsed hotel overnight, the fire department said.', { figure: '11', low: 11, high: 11, metric: null, subject: 'people' }],
  ['cattle swept away are not buildings', 'Some 5,000 head of cattle were swept away in the floods, local officials said.', { figure: 'Some 5,000', low: 4500, high: 5500, metric: null, subject: 'livestock' }],
  ['homes swept away are', 'The floods swept away 300 homes in the valley.', { figure: '300', low: 300, high: 300, metric: 'buildings_damaged', subject: 'buildings' }],
  ['police stations are buildings, not police', 'Protesters set fire to 17 police stations, the interior minister said.', { figure: '17', low: 17, high: 17, metric: null, subject: 'buildings' }],
  ['counties take no tally named before them', 'Cholera cases have been reported in three counties, the ministry said.', { figure: 'three', low: 3, high: 3, metric: null, subject: 'settlements' }],
  ['the coast guard rescued', 'The coast guard has rescued 48 fishermen since the storm.', { figure: '48', low: 48, high: 48, metric: 'rescued', subject: 'people' }],
  ['a commission whose name holds "and"', 'Turnout was 61.3 per cent, the Independent Electoral and Boundaries Commission said.', { figure: '61.3 per cent', low: 61.3, high: 61.3, metric: 'participants', source: 'Independent Electoral and Boundaries Commission' }],
  ['seismologists as speakers', 'More than 1,800 aftershocks have rattled the region since Friday, seismologists said.', { figure: 'More than 1,800', low: 1801, high: null, metric: null, source: 'seismologists' }],
  ['a bare shilling in a Ugandan story', "Uganda's finance ministry set aside 30 billion shillings for refugees in Kampala.", { figure: '30 billion shillings', low: 30_000_000_000, high: 30_000_000_000, metric: null, unit: 'UGX' }],
  // Third fresh set (30 sentences; 8 misread on first run): datelines and auxiliaries before a party, vote shares,
  // "claimed the lives of", "neutralised".
  ['a party after a dateline', "NAIROBI, May 9 (Reuters) - Kenya's ruling coalition won 178 seats in the 349-seat National Assembly, official results showed.", { figure: '178', low: 178, high: 178, metric: 'seats_won', subject: 'political_parties', subjectWords: "Kenya's ruling coalition", source: 'Reuters' }],
  ['a participle after a dateline and an opening clause', 'NAIROBI, May 9 (Reuters) - The coalition lost its majority, winning 163 of the 350 seats.', { figure: '163', low: 163, high: 163, metric: 'seats_won', subject: 'political_parties', subjectWords: 'coalition' }],
  ['a party before an auxiliary', "The Electoral Commission said the People's Party had won 57 seats.", { figure: '57', low: 57, high: 57, metric: 'seats_won', subject: 'political_parties', subjectWords: "People's Party", source: 'Electoral Commission' }],
  ['seats held together', 'Opposition parties together hold 96 seats, the speaker\'s office said.', { figure: '96', low: 96, high: 96, metric: 'seats_won', subject: 'political_parties', subjectWords: 'Opposition parties' }],
  ['a share of the vote won by a candidate', 'The president won 58.6% of the vote, against 39.4% for his main rival.', { figure: '58.6%', low: 58.6, high: 58.6, metric: 'votes_won', subject: 'political_parties', subjectWords: 'president', unit: 'percent' }],
  ['votes counted are no votes won', 'The Electoral Commission said 4.2 million votes had been counted.', { figure: '4.2 million', low: 4_200_000, high: 4_200_000, metric: null }],
  ['registered voters, the whole of a turnout', 'Nearly 70% of the 22 million registered voters turned out, the commission said.', { figure: '22 million', low: 22_000_000, high: 22_000_000, metric: null, subject: 'people' }],
  ['an outbreak that claimed lives is no speaker', 'The Ebola outbreak has claimed the lives of 31 people, including 4 health workers.', { figure: '31', low: 31, high: 31, metric: 'deaths', source: null }],
  ['a storm that claimed lives', 'Cyclone Rima claimed 23 lives in Bangladesh.', { figure: '23', low: 23, high: 23, metric: 'deaths', place: 'bangladesh', source: null }],
  ['lives saved are no toll', 'The rescue teams saved 300 lives in the first week.', { figure: '300', low: 300, high: 300, metric: null }],
  ['a claim of a toll keeps its speaker', 'Russia claimed 40 Ukrainian soldiers were killed.', { figure: '40', low: 40, high: 40, metric: 'deaths', subject: 'military', source: 'Russia' }],
  ['attackers neutralised are dead', 'The military said 20 attackers were neutralised.', { figure: '20', low: 20, high: 20, metric: 'deaths', subject: 'protesters', source: 'military' }],
  ['"it" with a counted noun of its own is no earlier tally', 'Police said 300 people were arrested on Monday. By Friday the app said it had grown to 4,000 subscribers.', { figure: '4,000', low: 4000, high: 4000, metric: null }],
  ['a tally named by "that number" in the next sentence', 'Monsoon rains have killed 87 people in Nepal since June, the Home Ministry said. By Thursday, that number had grown to 112.', { figure: '112', low: 112, high: 112, metric: 'deaths' }],
  // Fourth fresh set (20 sentences; 5 misread on first run).
  ['the coastguard as speaker', 'The coastguard said it had intercepted 640 migrants off Libya.', { figure: '640', low: 640, high: 640, metric: null, subject: 'people', source: 'coastguard' }],
  ['the Red Crescent is not the Red Cross', 'The earthquake left 15,000 people homeless, according to the Red Crescent.', { figure: '15,000', low: 15000, high: 15000, metric: 'displaced', source: 'Red Crescent' }],
  ['an area burned is no building destroyed', 'The wildfire has burned 12,000 hectares and destroyed 300 buildings, firefighters said.', { figure: '12,000 hectares', low: 12000, high: 12000, metric: null, unit: 'ha', source: 'firefighters' }],
  ['the buildings beside it are', 'The wildfire has burned 12,000 hectares and destroyed 300 buildings, firefighters said.', { figure: '300', low: 300, high: 300, metric: 'buildings_damaged', subject: 'buildings' }],
  ['people facing acute hunger are affected', 'The World Food Programme said 1.1 million people faced acute hunger.', { figure: '1.1 million', low: 1_100_000, high: 1_100_000, metric: 'affected', subject: 'people', source: 'World Food Programme' }],
  ['a share of the vote given to a party', 'Preliminary results gave the centre-right party 31.2% of the vote.', { figure: '31.2%', low: 31.2, high: 31.2, metric: 'votes_won', subject: 'political_parties', subjectWords: 'centre-right party' }],
  ['a city of the news now in the gazetteer', 'A suicide bomber killed 26 worshippers at a mosque in Peshawar, police said, and wounded more than 150.', { figure: '26', low: 26, high: 26, metric: 'deaths', subject: 'people', place: 'peshawar', source: 'police' }],
  ['a Nigerian state capital', 'Gunmen abducted 287 pupils from a school in Kaduna state, a teacher told Reuters.', { figure: '287', low: 287, high: 287, metric: 'abducted', place: 'kaduna' }],
  ['a bare shilling elsewhere is Kenyan', 'The government set aside 5 billion shillings for flood relief.', { figure: '5 billion shillings', low: 5_000_000_000, high: 5_000_000_000, metric: null, unit: 'KES' }],
];

function claimFor(claims: ExtractedClaim[], words: string): ExtractedClaim | undefined {
  return claims.find((c) => c.figure?.text === words);
}

describe('hard cases beyond the demo corpus', () => {
  const rows = [...ROWS.map(([name, text, e]) => [name, text, e, '2023-02-10'] as const), ...BATCH_4.map(([name, text, e]) => [name, text, e, '2023-03-10'] as const), ...BATCH_5.map(([name, text, e]) => [name, text, e, '2024-03-06'] as const), ...BATCH_6.map(([name, text, e]) => [name, text, e, '2025-05-10'] as const)];
  it.each(rows)('%s', (_name, text, e, publishedDate) => {
    const claim = claimFor(extractClaims(doc(text, { publishedDate })), e.figure);
    expect(claim, `no figure "${e.figure}"`).toBeDefined();
    expect(claim?.figure?.interval).toEqual({ low: e.low, high: e.high });
    expect(claim?.frame?.metric?.id ?? null).toBe(e.metric);
    if (e.subject !== undefined) expect(claim?.frame?.subject?.id ?? null).toBe(e.subject);
    if (e.subjectWords !== undefined) expect(claim?.frame?.subject?.words).toBe(e.subjectWords);
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

  it.each([
    ['a speaker after "while"', 'Two people were hurt in the blast while rescue workers said 30 were still trapped.', '30', 'rescue workers'],
    ['a speaker after "while" with a comma', 'Officials said 40 people had died, while aid groups said 300 families had lost their homes.', '300', 'aid groups'],
    ['a speaker after "whereas"', 'The army said 40 soldiers died, whereas the rebels said 200 had been killed.', '200', 'rebels'],
    ['a speaker after a live-blog time and dash', '19:30 - Rescuers said 12 people were pulled alive from the rubble.', '12', 'Rescuers'],
    ['a speaker after a live-blog time with its zone', '08:15 GMT Police said 30 people were injured in the clashes.', '30', 'Police'],
    ['a speaker after a dotted live-blog time', '14.05 BST Election officials said turnout had reached 61 per cent.', '61 per cent', 'Election officials'],
    ['a speaker after a determiner', 'The city administration said 13 people were still missing.', '13', 'city administration'],
    ['a speaker after a comma and "and"', 'By midday the toll had risen to 19, and Karim said it could climb further.', '19', 'Karim'],
    ['a relaying agency after a comma and "with"', 'Some 300 homes were flooded, with Reuters citing local officials.', 'Some 300', 'local officials'],
  ])('%s: the source is named exactly', (_name, text, figure, source) => {
    const claim = claimFor(extractClaims(doc(text, { publishedDate: '2024-03-06' })), figure);
    expect(originalSource(claim ?? { attribution: { chain: [], unattributed: true } })?.name).toBe(source);
  });

  it.each([
    ['a month and day without a year', 'Police said 14 people were arrested on March 3.', '14', null],
    ['a weekday and a day earlier', 'The toll rose to 70 on Sunday, up from 52 a day earlier, officials said.', '52', null],
    ['days ago', 'Three days ago, 9 people drowned, rescuers said.', '9', null],
    ['a full date with its year', 'On March 3, 2024, 14 people were arrested, police said.', '14', '2024-03-03'],
  ])('without a published date, %s dates the figure %s', (_name, text, figure, date) => {
    const claim = claimFor(extractClaims(doc(text, { publishedDate: null })), figure);
    expect(claim).toBeDefined();
    expect(claim?.frame?.asOf?.date ?? null).toBe(date);
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
