import { describe, expect, it } from 'vitest';
import type { ExtractedClaim } from '../../src/claim';
import { type ComputedDispute, groupClaims } from '../../src/disputes';
import { isEarlierFigure } from '../../src/disputes/member';
import { documents, lexicon, quantity, type QuantityFixture } from './claim-builder';

const docs = documents(
  ['a', 'Outlet A', '2022-01-08'],
  ['b', 'Outlet B', '2022-01-09'],
  ['c', 'Outlet C', '2022-01-10'],
);

type Row = Omit<QuantityFixture, 'metric' | 'chain'> & { metric?: string; chain?: string[] };

function group(rows: Row[]): ComputedDispute[] {
  return groupClaims(
    rows.map((r) => quantity({ metric: 'deaths', chain: [`Outlet ${r.doc.toUpperCase()}`], ...r })),
    { lexicon, documents: docs },
  );
}

const sets = (disputes: ComputedDispute[]) => disputes.map((d) => [...d.claimIds].sort()).sort();

describe('containment: one proposition, narrower scopes inside it', () => {
  it.each<[string, Row[], string[][]]>([
    [
      'police ⊂ law enforcement ⊂ security forces: one dispute',
      [
        { id: 'sf', doc: 'a', figure: '18', value: 18, subject: 'security_forces' },
        { id: 'le', doc: 'b', figure: '17', value: 17, subject: 'law_enforcement' },
        { id: 'po', doc: 'c', figure: '16', value: 16, subject: 'police' },
        {
          id: 'mil',
          doc: 'c',
          figure: '19',
          value: 19,
          subject: 'military',
          subjectWords: 'army servicemen',
        },
      ],
      [['le', 'mil', 'po', 'sf']],
    ],
    [
      'police and people are two propositions, however many reports give the total',
      [
        { id: 'all-1', doc: 'a', figure: '164', value: 164, subject: 'people' },
        { id: 'all-2', doc: 'b', figure: '225', value: 225 },
        { id: 'all-3', doc: 'c', figure: '227', value: 227, subject: 'people' },
        { id: 'po', doc: 'c', figure: '19', value: 19, subject: 'police' },
      ],
      [['all-1', 'all-2', 'all-3'], ['po']],
    ],
    [
      'civilians and their children are one proposition, apart from the total',
      [
        { id: 'civ', doc: 'a', figure: '29', value: 29, subject: 'civilians' },
        { id: 'kids', doc: 'b', figure: '8', value: 8, subject: 'children' },
        { id: 'all', doc: 'b', figure: '35', value: 35 },
      ],
      [['all'], ['civ', 'kids']],
    ],
    [
      'a city, "nationwide" (the country) and no place on a national story are one proposition',
      [
        { id: 'city', doc: 'a', figure: '139', value: 139, place: 'almaty' },
        { id: 'country', doc: 'b', figure: '225', value: 225, place: 'kazakhstan' },
        { id: 'none', doc: 'c', figure: '227', value: 227 },
      ],
      [['city', 'country', 'none']],
    ],
    [
      'livestock and households are not people',
      [
        { id: 'people', doc: 'a', figure: '238', value: 238 },
        { id: 'cattle', doc: 'b', figure: '1,000', value: 1000, subject: 'livestock' },
      ],
      [['cattle'], ['people']],
    ],
    [
      'parties are told apart by name: one party\'s seats are not another\'s, whatever the reports',
      [
        { id: 'anc-a', doc: 'a', figure: '159', value: 159, metric: 'seats_won', subject: 'political_parties', subjectWords: 'the ANC' },
        { id: 'anc-b', doc: 'b', figure: '161', value: 161, metric: 'seats_won', subject: 'political_parties', subjectWords: 'ANC' },
        { id: 'da', doc: 'c', figure: '87', value: 87, metric: 'seats_won', subject: 'political_parties', subjectWords: 'Democratic Alliance' },
      ],
      [['anc-a', 'anc-b'], ['da']],
    ],
  ])('%s', (_name, rows, expected) => {
    expect(sets(group(rows))).toEqual(expected.map((g) => [...g].sort()).sort());
  });

  it('a narrower scope inside the dispute is shown as a scope difference', () => {
    const [d] = group([
      { id: 'city', doc: 'a', figure: '139', value: 139, place: 'almaty' },
      { id: 'country', doc: 'b', figure: '225', value: 225, place: 'kazakhstan' },
    ]);
    expect(d?.relations.map((r) => r.kind)).toContain('scope');
    expect(d?.relations.find((r) => r.kind === 'scope')?.reason).toContain('almaty');
  });
});

function claimWith(text: string, figure: string): ExtractedClaim {
  const at = text.indexOf(figure);
  const claim = quantity({ id: 'x', doc: 'a', figure, value: 1, metric: 'deaths', chain: ['Outlet A'] });
  return {
    ...claim,
    text,
    span: { start: 0, end: text.length },
    figure: claim.figure && { ...claim.figure, span: { start: at, end: at + figure.length } },
  };
}

describe('earlier figures', () => {
  it.each([
    ['The ministry had earlier put the number of dead at 31.', '31', true],
    ['The disaster ministry had previously said 2,445 people were killed.', '2,445', true],
    ['The toll has been revised to 2,445, up from 2,053 announced on Sunday.', '2,053', true],
    ['The toll rose from 12 to 15 overnight.', '12', true],
    ['Officials withdrew it, saying a figure of 164 was withdrawn for checks.', '164', true],
    ['The toll has been revised to 2,445, a spokesman said.', '2,445', false],
    ['The toll rose from 12 to 15 overnight.', '15', false],
    ['At least 25 people have been killed, the charity said.', '25', false],
  ])('%s (%s): %s', (text, figure, earlier) => {
    expect(isEarlierFigure(claimWith(text, figure))).toBe(earlier);
  });
});

describe('revisions', () => {
  it('a report that gives an earlier figure and its new one shows the revision', () => {
    const claims = [
      {
        ...claimWith('The toll has risen to 35, the health ministry said.', '35'),
        id: 'now',
        documentId: 'c',
      },
      {
        ...claimWith('The ministry had earlier put the number of dead at 31.', '31'),
        id: 'before',
        documentId: 'c',
      },
    ].map((c, i) => ({
      ...c,
      span: { start: i * 100, end: i * 100 + c.text.length },
      figure: c.figure && {
        ...c.figure,
        interval: { low: c.id === 'now' ? 35 : 31, high: c.id === 'now' ? 35 : 31 },
        text: c.id === 'now' ? '35' : '31',
        span: { start: i * 100 + c.figure.span.start, end: i * 100 + c.figure.span.end },
      },
    }));
    const [d] = groupClaims(claims, { lexicon, documents: docs });
    expect(d?.relations.map((r) => r.kind)).toContain('revision');
    expect(d?.relations.find((r) => r.kind === 'revision')?.reason).toMatch(/from 31 earlier.* to 35/);
  });

  it('a cumulative count falling over the weeks (18 → 16) is a revision that needs review', () => {
    const [d] = group([
      {
        id: 'jan8',
        doc: 'a',
        figure: '18',
        value: 18,
        subject: 'security_forces',
        date: '2022-01-08',
        chain: ['Outlet A', 'Interior Ministry:official'],
      },
      {
        id: 'jan10',
        doc: 'c',
        figure: '16',
        value: 16,
        subject: 'police',
        date: '2022-01-10',
        chain: ['Outlet C', 'Interior Ministry:official'],
      },
    ]);
    expect(d?.relations.map((r) => r.kind)).toEqual(expect.arrayContaining(['conflict', 'revision']));
    expect(d?.relations.find((r) => r.kind === 'revision')?.reason).toContain('lowered its figure from 18');
  });
});
