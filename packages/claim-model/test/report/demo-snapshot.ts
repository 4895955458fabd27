import type { ReportSnapshot, SnapshotClaim } from '../../src/report';

type Link = SnapshotClaim['chain'][number];
const outlet = (name: string): Link => ({ name, kind: 'outlet' });
const agency = (name: string): Link => ({ name, kind: 'agency' });
const media = (name: string): Link => ({ name, kind: 'media' });
const official = (name: string): Link => ({ name, kind: 'official' });
const person = (name: string): Link => ({ name, kind: 'person' });

function claim(c: Partial<SnapshotClaim> & Pick<SnapshotClaim, 'id' | 'documentId' | 'text' | 'chain'>): SnapshotClaim {
  return {
    figureText: null,
    interval: null,
    unit: 'count',
    metric: null,
    subject: null,
    place: null,
    asOf: null,
    hedges: [],
    score: 0.8,
    ...c,
  };
}

/** The demo corpus (Kazakhstan, January 2022) as the database loader would give it, with two resolved disputes. */
export function demoSnapshot(): ReportSnapshot {
  return {
    case: { id: 'case-kz', name: 'Kazakhstan unrest, January 2022' },
    labels: {
      metrics: { deaths: 'Deaths', beheaded: 'Beheaded', detained: 'Detained or arrested', injured: 'Injured', hospitalized: 'Hospitalized' },
      subjects: { police: 'Police', law_enforcement: 'Law enforcement', protesters: 'Protesters', people: 'People' },
      places: { almaty: 'Almaty', kazakhstan: 'Kazakhstan' },
    },
    documents: [
      { id: 'doc-cnn', title: 'Kazakhstan: Dozens of protesters reported killed as Russia-led military alliance heads to the country', outlet: 'CNN', url: 'https://edition.cnn.com/2022/01/06/asia/kazakhstan-protests-russia-intl/index.html', publishedDate: '2022-01-06', importedAt: '2022-01-07T08:00:00.000Z' },
      { id: 'doc-beast', title: 'Dozens ‘Liquidated’ in Kazakhstan Ahead of Russian Troops’ Arrival', outlet: 'The Daily Beast', url: 'https://www.thedailybeast.com/dozens-liquidated-in-kazakhstan', publishedDate: '2022-01-06', importedAt: '2022-01-07T08:00:00.000Z' },
      { id: 'doc-newscomau', title: 'Cops ‘beheaded’ as Kazakhstan verges on collapse', outlet: 'news.com.au', url: 'https://www.news.com.au/world/europe/cops-beheaded-as-kazakhstan-verges-on-collapse', publishedDate: '2022-01-07', importedAt: '2022-01-07T09:00:00.000Z' },
      { id: 'doc-lemonde', title: 'In Kazakhstan, what the images show of the riots and their repression', outlet: 'Le Monde', url: 'javascript:alert(1)', publishedDate: '2022-01-08', importedAt: '2022-01-08T10:00:00.000Z' },
    ],
    claims: [
      claim({ id: 'c-cnn-behead', documentId: 'doc-cnn', text: 'State-run Khabar 24 also reported that the bodies of two officers were found beheaded, citing the Almaty commander’s office.', figureText: 'two', interval: { low: 2, high: 2 }, metric: 'beheaded', subject: 'police', place: 'almaty', asOf: '2022-01-06', chain: [outlet('CNN'), media('Khabar 24'), official('Almaty commander’s office')] }),
      claim({ id: 'c-beast-behead', documentId: 'doc-beast', text: 'State TV reported that more than a dozen members of law enforcement were dead, two of whom were said to have been decapitated, according to Reuters.', figureText: 'two', interval: { low: 2, high: 2 }, metric: 'beheaded', subject: 'law_enforcement', place: 'kazakhstan', asOf: '2022-01-06', hedges: ['said to have been'], chain: [outlet('The Daily Beast'), agency('Reuters'), media('State TV')] }),
      claim({ id: 'c-au-behead-ap', documentId: 'doc-newscomau', text: 'Associated Press also reported a police officer had been beheaded, while Agence France-Presse (AFP) put the number at two.', figureText: 'a', interval: { low: 1, high: 1 }, metric: 'beheaded', subject: 'police', place: 'kazakhstan', asOf: '2022-01-07', chain: [outlet('news.com.au'), agency('Associated Press')] }),
      claim({ id: 'c-au-behead-afp', documentId: 'doc-newscomau', text: 'Associated Press also reported a police officer had been beheaded, while Agence France-Presse (AFP) put the number at two.', figureText: 'two', interval: { low: 2, high: 2 }, metric: 'beheaded', subject: 'police', place: 'kazakhstan', asOf: '2022-01-07', chain: [outlet('news.com.au'), agency('AFP')] }),
      claim({ id: 'c-beast-arrest', documentId: 'doc-beast', text: 'At least 2,000 people have reportedly been arrested.', figureText: 'At least 2,000', interval: { low: 2000, high: null }, metric: 'detained', subject: 'people', place: 'kazakhstan', asOf: '2022-01-06', hedges: ['reportedly'], chain: [outlet('The Daily Beast')] }),
      claim({ id: 'c-au-detained-ministry', documentId: 'doc-newscomau', text: 'According to Russian-language news website The Insider, the Kazakh Ministry of Internal Affairs has said 18 security officials have been killed, 748 people have been wounded and 2298 people have been detained, Newsweek reports.', figureText: '2298', interval: { low: 2298, high: 2298 }, metric: 'detained', subject: 'people', place: 'kazakhstan', asOf: '2022-01-07', chain: [outlet('news.com.au'), media('Newsweek'), media('The Insider'), official('Interior Ministry')] }),
      claim({ id: 'c-au-detained-police', documentId: 'doc-newscomau', text: 'Police said they killed “dozens” of protesters overnight as they tried to take over government buildings and police stations. Some 2000 were arrested.', figureText: 'Some 2000', interval: { low: 1800, high: 2200 }, metric: 'detained', subject: 'people', place: 'kazakhstan', asOf: '2022-01-06', chain: [outlet('news.com.au'), agency('AFP'), official('Police')] }),
      claim({ id: 'c-au-detained-hundreds', documentId: 'doc-newscomau', text: 'Kazakhstan, often seen as the most stable state in Central Asia, has been riven by its most serious protests that have left dozens dead and hundreds detained.', figureText: 'hundreds', interval: { low: 200, high: 999 }, metric: 'detained', subject: 'people', place: 'kazakhstan', asOf: '2022-01-07', chain: [outlet('news.com.au'), agency('AFP')] }),
      claim({ id: 'c-cnn-le-deaths', documentId: 'doc-cnn', text: 'At least 13 law enforcement officials were killed in Almaty and 353 people were injured, state television Khabar 24 reported.', figureText: 'At least 13', interval: { low: 13, high: null }, metric: 'deaths', subject: 'law_enforcement', place: 'almaty', asOf: '2022-01-06', chain: [outlet('CNN'), media('Khabar 24')] }),
      claim({ id: 'c-beast-le-deaths', documentId: 'doc-beast', text: 'State TV reported that more than a dozen members of law enforcement were dead, two of whom were said to have been decapitated, according to Reuters.', figureText: 'more than a dozen', interval: { low: 13, high: null }, metric: 'deaths', subject: 'law_enforcement', place: 'kazakhstan', asOf: '2022-01-06', chain: [outlet('The Daily Beast'), agency('Reuters'), media('State TV')] }),
      claim({ id: 'c-au-le-deaths', documentId: 'doc-newscomau', text: 'According to Russian-language news website The Insider, the Kazakh Ministry of Internal Affairs has said 18 security officials have been killed, 748 people have been wounded and 2298 people have been detained, Newsweek reports.', figureText: '18', interval: { low: 18, high: 18 }, metric: 'deaths', subject: 'law_enforcement', place: 'kazakhstan', asOf: '2022-01-07', chain: [outlet('news.com.au'), media('Newsweek'), media('The Insider'), official('Interior Ministry')] }),
      claim({ id: 'c-lemonde-le-deaths', documentId: 'doc-lemonde', text: 'Eighteen police officers and soldiers were also killed, according to the ministry.', figureText: 'Eighteen', interval: { low: 18, high: 18 }, metric: 'deaths', subject: 'law_enforcement', place: 'kazakhstan', asOf: '2022-01-07', chain: [outlet('Le Monde'), official('Interior Ministry')] }),
      claim({ id: 'c-cnn-protesters', documentId: 'doc-cnn', text: 'Almaty Police Department representative Saltanat Azirbek told Khabar 24 that “dozens of attackers were killed” during nightly attempts to raid buildings in the city.', figureText: 'dozens', interval: { low: 24, high: 99 }, metric: 'deaths', subject: 'protesters', place: 'almaty', asOf: '2022-01-06', chain: [outlet('CNN'), media('Khabar 24'), person('Saltanat Azirbek')] }),
      claim({ id: 'c-lemonde-protesters', documentId: 'doc-lemonde', text: 'The Kazakh interior ministry appeared to be backtracking by advancing on Friday the figures of 26 “Armed criminals” killed and 18 injured.', figureText: '26', interval: { low: 26, high: 26 }, metric: 'deaths', subject: 'protesters', place: 'kazakhstan', asOf: '2022-01-07', chain: [outlet('Le Monde'), official('Interior Ministry')] }),
      claim({ id: 'c-cnn-hospital', documentId: 'doc-cnn', text: 'Of these, nearly 400 were hospitalized, with 62 people in intensive care, the Health Ministry said, according to Khabar 24.', figureText: 'nearly 400', interval: { low: 360, high: 400 }, metric: 'hospitalized', subject: 'people', place: 'kazakhstan', asOf: '2022-01-06', score: 0.7, chain: [outlet('CNN'), media('Khabar 24'), official('Health Ministry')] }),
      claim({ id: 'c-au-behead-reportedly', documentId: 'doc-newscomau', text: 'Police officers have reportedly been found beheaded in Kazakhstan amid violent riots that threaten to topple the government.', figureText: null, interval: null, metric: 'beheaded', subject: 'police', place: 'kazakhstan', hedges: ['reportedly'], chain: [outlet('news.com.au')] }),
    ],
    disputes: [
      {
        id: 'd-beheaded', metric: 'beheaded', subject: 'police', place: 'kazakhstan', status: 'resolved', severity: 92,
        claimIds: ['c-cnn-behead', 'c-beast-behead', 'c-au-behead-ap', 'c-au-behead-afp'], independentSourceCount: 4, createdAt: '2022-01-07T09:05:00.000Z',
        relations: [
          { kind: 'conflict', reason: 'A (Associated Press) cannot hold with two (AFP, Khabar 24, State TV) for police in Kazakhstan.' },
          { kind: 'consistent', reason: 'Two (Almaty commander’s office via Khabar 24 via CNN), two (AFP) and two (State TV via Reuters) agree.' },
        ],
        statusHistory: [
          { status: 'assigned', at: '2022-01-07T10:00:00.000Z' },
          { status: 'in_review', at: '2022-01-07T11:00:00.000Z' },
          { status: 'verdict_proposed', at: '2022-01-08T12:00:00.000Z' },
          { status: 'resolved', at: '2022-01-08T16:00:00.000Z' },
        ],
      },
      {
        id: 'd-detained', metric: 'detained', subject: 'people', place: 'kazakhstan', status: 'resolved', severity: 85,
        claimIds: ['c-beast-arrest', 'c-au-detained-ministry', 'c-au-detained-police', 'c-au-detained-hundreds'], independentSourceCount: 4, createdAt: '2022-01-07T09:05:00.000Z',
        relations: [
          { kind: 'conflict', reason: '"hundreds" (AFP) cannot hold with 2298 (Interior Ministry via The Insider via Newsweek) for people in Kazakhstan.' },
          { kind: 'consistent', reason: '"At least 2,000" (The Daily Beast), "Some 2000" (Police via AFP) and 2298 (Interior Ministry) agree.' },
        ],
        statusHistory: [
          { status: 'in_review', at: '2022-01-08T09:00:00.000Z' },
          { status: 'verdict_proposed', at: '2022-01-09T08:00:00.000Z' },
          { status: 'resolved', at: '2022-01-09T09:30:00.000Z' },
        ],
      },
      {
        id: 'd-le-deaths', metric: 'deaths', subject: 'law_enforcement', place: 'kazakhstan', status: 'resolved', severity: 78,
        claimIds: ['c-cnn-le-deaths', 'c-beast-le-deaths', 'c-au-le-deaths', 'c-lemonde-le-deaths'], independentSourceCount: 3, createdAt: '2022-01-07T09:05:00.000Z',
        relations: [
          { kind: 'scope', reason: 'Scopes differ, confirm them before comparing: "At least 13" (Khabar 24) counts law enforcement in Almaty, 18 (Interior Ministry) law enforcement in Kazakhstan.' },
          { kind: 'consistent', reason: '"At least 13" (Khabar 24), "more than a dozen" (State TV via Reuters) and 18 (Interior Ministry) agree.' },
        ],
        statusHistory: [
          { status: 'in_review', at: '2022-01-08T09:00:00.000Z' },
          { status: 'verdict_proposed', at: '2022-01-09T12:00:00.000Z' },
          { status: 'resolved', at: '2022-01-10T12:00:00.000Z' },
        ],
      },
      {
        id: 'd-protesters', metric: 'deaths', subject: 'protesters', place: 'kazakhstan', status: 'assigned', severity: 70,
        claimIds: ['c-cnn-protesters', 'c-lemonde-protesters'], independentSourceCount: 2, createdAt: '2022-01-07T09:05:00.000Z',
        relations: [
          { kind: 'scope', reason: 'Scopes differ, confirm them before comparing: the same group (protesters) is named "attackers" and "Armed criminals".' },
          { kind: 'consistent', reason: '"dozens" (Saltanat Azirbek via Khabar 24 via CNN) and 26 (Interior Ministry via Le Monde) agree.' },
        ],
        statusHistory: [{ status: 'assigned', at: '2022-01-08T11:00:00.000Z' }],
      },
      {
        id: 'd-hospital', metric: 'hospitalized', subject: 'people', place: 'kazakhstan', status: 'new', severity: 40,
        claimIds: ['c-cnn-hospital'], independentSourceCount: 1, createdAt: '2022-01-07T09:05:00.000Z',
        relations: [{ kind: 'single_source', reason: 'Only the Health Ministry (via Khabar 24 via CNN) gives this figure.' }],
        statusHistory: [],
      },
    ],
    verdicts: [
      {
        id: 'v-beheaded', disputeId: 'd-beheaded', rating: 'conflicting', low: 1, high: 2, asOf: '2022-01-07',
        rationale: 'AFP, Reuters (citing state TV) and Khabar 24 (citing the Almaty commander’s office) report two officers beheaded; the Associated Press reports one. The agency reports are not independent of state media, and no body count has been published.',
        proposedBy: 'Daniel Okafor', proposedAt: '2022-01-08T12:00:00.000Z', approvedBy: 'Aigerim Sadykova', approvedAt: '2022-01-08T16:00:00.000Z',
        votes: [
                    { reviewer: 'Marta Novak', agrees: true, at: '2022-01-08T14:00:00.000Z' },
        ],
      },
      {
        id: 'v-detained', disputeId: 'd-detained', rating: 'confirmed', low: 2298, high: 2298, asOf: '2022-01-07',
        rationale: 'The Interior Ministry’s 2,298 detained (reported by The Insider, relayed by Newsweek) is consistent with “at least 2,000” and “some 2000” a day earlier. “Hundreds detained” is AFP background copy, not a count.',
        proposedBy: 'Marta Novak', proposedAt: '2022-01-09T08:00:00.000Z', approvedBy: 'Aigerim Sadykova', approvedAt: '2022-01-09T09:30:00.000Z',
        votes: [],
      },
      {
        id: 'v-le-deaths', disputeId: 'd-le-deaths', rating: 'confirmed', low: 18, high: 18, asOf: '2022-01-07',
        rationale: 'The Interior Ministry gives 18; the Almaty-only “at least 13” is a narrower scope.',
        proposedBy: 'Daniel Okafor', proposedAt: '2022-01-09T12:00:00.000Z', approvedBy: 'Aigerim Sadykova', approvedAt: '2022-01-10T12:00:00.000Z',
        votes: [],
      },
    ],
    reviewers: [
      { id: 'u-lead', name: 'Aigerim Sadykova', role: 'lead' },
      { id: 'u-daniel', name: 'Daniel Okafor', role: 'reviewer' },
      { id: 'u-marta', name: 'Marta Novak', role: 'reviewer' },
    ],
  };
}

/** The moment the golden files are rendered at: after two approvals, before the third. */
export const GOLDEN_AS_OF = '2022-01-09T18:00:00.000Z';
