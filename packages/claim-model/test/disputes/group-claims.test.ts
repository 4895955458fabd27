import { describe, expect, it } from 'vitest';
import { type ComputedDispute, groupClaims } from '../../src/disputes';
import { documents, lexicon, quantity, type QuantityFixture } from './claim-builder';

const docs = documents(
  ['a', 'Outlet A', '2023-02-07'],
  ['b', 'Outlet B', '2023-02-08'],
  ['c', 'Outlet C', '2023-02-09'],
  ['d', 'Outlet D', '2023-05-20'],
);

type Row = Omit<QuantityFixture, 'metric'> & { metric?: string };

function group(rows: Row[]): ComputedDispute[] {
  return groupClaims(
    rows.map((r) => quantity({ metric: 'deaths', ...r })),
    { lexicon, documents: docs },
  );
}

function kindsOf(d: ComputedDispute | undefined): string[] {
  return d?.relations.map((r) => r.kind) ?? [];
}

describe('groupClaims relations', () => {
  it.each<[string, Row[], string[], string[]]>([
    [
      'a disaster toll revised down after double counting is a revision flagged as a conflict',
      [
        {
          id: 'agency-120',
          doc: 'a',
          figure: '120',
          value: 120,
          date: '2023-02-07',
          chain: ['Outlet A', 'Disaster Agency:official'],
        },
        {
          id: 'agency-98',
          doc: 'c',
          figure: '98',
          value: 98,
          date: '2023-02-09',
          chain: ['Outlet C', 'Disaster Agency:official'],
        },
      ],
      ['conflict', 'revision', 'single_source'],
      ['lowered'],
    ],
    [
      'a toll rising over days from one source is an update, not a conflict',
      [
        {
          id: 'agency-120',
          doc: 'a',
          figure: '120',
          value: 120,
          date: '2023-02-07',
          chain: ['Outlet A', 'Disaster Agency:official'],
        },
        {
          id: 'agency-300',
          doc: 'c',
          figure: '300',
          value: 300,
          date: '2023-02-09',
          chain: ['Outlet C', 'Disaster Agency:official'],
        },
      ],
      ['revision', 'single_source'],
      ['updated its figure from 120 on 7 Feb 2023 to 300 on 9 Feb 2023'],
    ],
    [
      'a toll rising over days across sources is a difference of date, not a conflict',
      [
        {
          id: 'ngo-120',
          doc: 'a',
          figure: '120',
          value: 120,
          date: '2023-02-07',
          chain: ['Outlet A', 'Red Crescent:organisation'],
        },
        {
          id: 'gov-300',
          doc: 'c',
          figure: '300',
          value: 300,
          date: '2023-02-09',
          chain: ['Outlet C', 'Interior Ministry:official'],
        },
      ],
      ['scope'],
      ['as of 7 Feb 2023', 'as of 9 Feb 2023'],
    ],
    [
      'an estimate range against an official count outside it is a conflict',
      [
        {
          id: 'ngo-range',
          doc: 'a',
          figure: 'between 5,000 and 10,000',
          value: [5000, 10000],
          metric: 'participants',
          date: '2023-02-07',
          chain: ['Outlet A', 'Organisers:organisation'],
        },
        {
          id: 'police-2000',
          doc: 'b',
          figure: '2,000',
          value: 2000,
          metric: 'participants',
          date: '2023-02-07',
          chain: ['Outlet B', 'Police:official'],
        },
      ],
      ['conflict'],
      ['"between 5,000 and 10,000" (Organisers via Outlet A)', '2,000 (Police via Outlet B)'],
    ],
    [
      'an official count inside an estimate range is consistent',
      [
        {
          id: 'ngo-range',
          doc: 'a',
          figure: 'between 5,000 and 10,000',
          value: [5000, 10000],
          metric: 'participants',
          date: '2023-02-07',
          chain: ['Outlet A', 'Organisers:organisation'],
        },
        {
          id: 'police-7500',
          doc: 'b',
          figure: '7,500',
          value: 7500,
          metric: 'participants',
          date: '2023-02-07',
          chain: ['Outlet B', 'Police:official'],
        },
      ],
      ['consistent'],
      [],
    ],
    [
      'a region above the country (Central Asia) is read as the whole area, so a lower figure there conflicts',
      [
        {
          id: 'region',
          doc: 'a',
          figure: 'hundreds',
          value: [200, 999],
          metric: 'detained',
          place: 'central_asia',
          date: '2023-02-07',
          chain: ['Outlet A'],
        },
        {
          id: 'country',
          doc: 'b',
          figure: '2298',
          value: 2298,
          metric: 'detained',
          place: 'kazakhstan',
          date: '2023-02-07',
          chain: ['Outlet B', 'Ministry:official'],
        },
      ],
      ['conflict'],
      ['"hundreds"', '2298'],
    ],
    [
      'a city figure larger than the national one on the same day is a conflict',
      [
        {
          id: 'city-500',
          doc: 'a',
          figure: '500',
          value: 500,
          place: 'almaty',
          date: '2023-02-07',
          chain: ['Outlet A', 'City Hall:official'],
        },
        {
          id: 'nation-200',
          doc: 'b',
          figure: '200',
          value: 200,
          place: 'kazakhstan',
          date: '2023-02-07',
          chain: ['Outlet B', 'Ministry:official'],
        },
      ],
      ['conflict'],
      ['exceeds'],
    ],
    [
      'figures for two cities of one country are scope differences',
      [
        {
          id: 'almaty-50',
          doc: 'a',
          figure: '50',
          value: 50,
          place: 'almaty',
          date: '2023-02-07',
          chain: ['Outlet A', 'City Hall:official'],
        },
        {
          id: 'aktau-10',
          doc: 'b',
          figure: '10',
          value: 10,
          place: 'aktau',
          date: '2023-02-07',
          chain: ['Outlet B', 'Akimat:official'],
        },
      ],
      ['scope'],
      ['almaty', 'aktau'],
    ],
    [
      'ten outlets relaying one ministry are one source: consistent and single-source',
      Array.from({ length: 10 }, (_, i) => ({
        id: `relay-${i}`,
        doc: i % 2 === 0 ? 'a' : 'b',
        figure: '18',
        value: 18,
        date: '2023-02-07',
        chain: [`Relay ${i}`, 'Interior Ministry:official'],
      })),
      ['consistent', 'single_source'],
      ['All 10 reports trace back to one source, Interior Ministry'],
    ],
  ])('%s', (_name, rows, expectedKinds, reasonParts) => {
    const disputes = group(rows);
    expect(disputes).toHaveLength(1);
    const [d] = disputes;
    expect(kindsOf(d)).toEqual(expectedKinds);
    const reasons = d?.relations.map((r) => r.reason).join(' ') ?? '';
    for (const part of reasonParts) expect(reasons).toContain(part);
  });
});

describe('groupClaims grouping', () => {
  it.each<[string, Row[], string[][]]>([
    [
      'police and law enforcement are one proposition (police ⊂ law enforcement)',
      [
        {
          id: 'p',
          doc: 'a',
          figure: '5',
          value: 5,
          subject: 'police',
          date: '2023-02-07',
          chain: ['Outlet A'],
        },
        {
          id: 'le',
          doc: 'b',
          figure: '5',
          value: 5,
          subject: 'law_enforcement',
          date: '2023-02-08',
          chain: ['Outlet B'],
        },
      ],
      [['p', 'le']],
    ],
    [
      'deaths of police and of protesters are separate propositions',
      [
        {
          id: 'p',
          doc: 'a',
          figure: '5',
          value: 5,
          subject: 'police',
          date: '2023-02-07',
          chain: ['Outlet A'],
        },
        {
          id: 'pr',
          doc: 'b',
          figure: '40',
          value: 40,
          subject: 'protesters',
          date: '2023-02-07',
          chain: ['Outlet B'],
        },
      ],
      [['p'], ['pr']],
    ],
    [
      'a different metric never joins',
      [
        { id: 'dead', doc: 'a', figure: '5', value: 5, date: '2023-02-07', chain: ['Outlet A'] },
        {
          id: 'hurt',
          doc: 'b',
          figure: '5',
          value: 5,
          metric: 'injured',
          date: '2023-02-07',
          chain: ['Outlet B'],
        },
      ],
      [['dead'], ['hurt']],
    ],
    [
      'an age or duration never joins a casualty dispute',
      [
        { id: 'dead', doc: 'a', figure: '29', value: 29, date: '2023-02-07', chain: ['Outlet A'] },
        {
          id: 'years',
          doc: 'b',
          figure: 'twenty-nine years',
          value: 29,
          unit: 'year',
          date: '2023-02-07',
          chain: ['Outlet B'],
        },
        {
          id: 'age',
          doc: 'b',
          figure: '81',
          value: 81,
          metric: 'age',
          date: '2023-02-07',
          chain: ['Outlet B'],
        },
      ],
      [['dead']],
    ],
    [
      'money in another currency is another proposition',
      [
        {
          id: 'kzt',
          doc: 'a',
          figure: '50 tenge',
          value: 50,
          metric: 'price',
          unit: 'KZT',
          chain: ['Outlet A'],
        },
        {
          id: 'usd',
          doc: 'a',
          figure: '$ 0.11',
          value: 0.11,
          metric: 'price',
          unit: 'USD',
          chain: ['Outlet A'],
        },
      ],
      [['kzt'], ['usd']],
    ],
    [
      'figures months apart are separate propositions',
      [
        { id: 'feb', doc: 'a', figure: '120', value: 120, date: '2023-02-07', chain: ['Outlet A'] },
        { id: 'may', doc: 'd', figure: '50', value: 50, date: '2023-05-20', chain: ['Outlet D'] },
      ],
      [['feb'], ['may']],
    ],
    [
      'a proposition spans at most the time window from its first figure, even when reports come daily',
      [
        { id: 'jan01', doc: 'a', figure: '10', value: 10, date: '2023-01-01', chain: ['Outlet A'] },
        { id: 'jan20', doc: 'a', figure: '12', value: 12, date: '2023-01-20', chain: ['Outlet A'] },
        { id: 'jan31', doc: 'a', figure: '14', value: 14, date: '2023-01-31', chain: ['Outlet A'] },
        { id: 'feb15', doc: 'a', figure: '16', value: 16, date: '2023-02-15', chain: ['Outlet A'] },
      ],
      [['jan01', 'jan20', 'jan31'], ['feb15']],
    ],
    [
      'figures in two countries are separate propositions',
      [
        {
          id: 'kz',
          doc: 'a',
          figure: '120',
          value: 120,
          place: 'almaty',
          date: '2023-02-07',
          chain: ['Outlet A'],
        },
        {
          id: 'tr',
          doc: 'b',
          figure: '120',
          value: 120,
          place: 'istanbul',
          date: '2023-02-07',
          chain: ['Outlet B'],
        },
      ],
      [['kz'], ['tr']],
    ],
    [
      'an undated figure takes its document date',
      [
        { id: 'dated', doc: 'a', figure: '120', value: 120, date: '2023-02-07', chain: ['Outlet A'] },
        { id: 'undated', doc: 'd', figure: '120', value: 120, chain: ['Outlet D'] },
      ],
      [['dated'], ['undated']],
    ],
  ])('%s', (_name, rows, expected) => {
    const groups = group(rows).map((d) => [...d.claimIds].sort());
    expect(groups.sort()).toEqual(expected.map((g) => [...g].sort()).sort());
  });

  it('ranks a casualty conflict above a price conflict above consistent casualty figures', () => {
    const disputes = group([
      {
        id: 'price-1',
        doc: 'a',
        figure: '50',
        value: 50,
        metric: 'price',
        unit: 'KZT',
        date: '2023-02-07',
        chain: ['Outlet A', 'Gov:official'],
      },
      {
        id: 'price-2',
        doc: 'b',
        figure: '120',
        value: 120,
        metric: 'price',
        unit: 'KZT',
        date: '2023-02-07',
        chain: ['Outlet B', 'Traders:organisation'],
      },
      {
        id: 'dead-1',
        doc: 'a',
        figure: '2',
        value: 2,
        metric: 'beheaded',
        date: '2023-02-07',
        chain: ['Outlet A', 'AFP:agency'],
      },
      {
        id: 'dead-2',
        doc: 'b',
        figure: 'one',
        value: 1,
        metric: 'beheaded',
        date: '2023-02-07',
        chain: ['Outlet B', 'AP:agency'],
      },
      {
        id: 'hurt-1',
        doc: 'a',
        figure: '10',
        value: 10,
        metric: 'injured',
        date: '2023-02-07',
        chain: ['Outlet A', 'AFP:agency'],
      },
      {
        id: 'hurt-2',
        doc: 'b',
        figure: '10',
        value: 10,
        metric: 'injured',
        date: '2023-02-07',
        chain: ['Outlet B', 'AP:agency'],
      },
    ]);
    expect(disputes.map((d) => d.metric)).toEqual(['beheaded', 'price', 'injured']);
    for (const d of disputes) expect(d.severity).toBeGreaterThanOrEqual(0);
  });

  it('a figure without a subject counts the group named before it in its sentence ("18 officers killed and 750 wounded"), not the total', () => {
    const disputes = group([
      {
        id: 'killed-18',
        doc: 'c',
        figure: '18',
        value: 18,
        subject: 'law_enforcement',
        subjectWords: 'security officers',
        sentence: 9000,
        date: '2023-02-07',
        chain: ['Outlet C'],
      },
      {
        id: 'bare-750',
        doc: 'c',
        figure: '750',
        value: 750,
        metric: 'injured',
        sentence: 9000,
        at: 40,
        date: '2023-02-07',
        chain: ['Outlet C'],
      },
      {
        id: 'people-1000',
        doc: 'b',
        figure: '1000',
        value: 1000,
        metric: 'injured',
        subject: 'people',
        date: '2023-02-07',
        chain: ['Outlet B', 'Health Ministry:official'],
      },
    ]);
    const officers = disputes.find((d) => d.claimIds.includes('bare-750'));
    expect(officers?.subject).toBe('law_enforcement');
    // Wounded officers are not the total of people injured: two propositions, never one.
    expect(officers?.claimIds).not.toContain('people-1000');
  });

  it('gives the same disputes for the same claims in any order', () => {
    const rows: Row[] = [
      { id: 'x', doc: 'a', figure: '5', value: 5, date: '2023-02-07', chain: ['Outlet A'] },
      { id: 'y', doc: 'b', figure: '7', value: 7, date: '2023-02-07', chain: ['Outlet B'] },
      { id: 'z', doc: 'c', figure: 'dozens', value: [24, 99], metric: 'detained', chain: ['Outlet C'] },
    ];
    const keys = (ds: ComputedDispute[]) =>
      ds.map((d) => `${d.key}:${[...d.claimIds].sort().join()}:${d.relations.map((r) => r.kind)}`);
    expect(keys(group([...rows].reverse()))).toEqual(keys(group(rows)));
  });
});
