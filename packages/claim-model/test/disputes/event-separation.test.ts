import { describe, expect, it } from 'vitest';
import type { DocumentInput, ExtractedClaim } from '../../src/claim';
import { type ComputedDispute, DisputeIndex, groupClaims } from '../../src/disputes';
import { EventReader, signaturesOf } from '../../src/disputes/event-signature';
import { Taxonomy } from '../../src/disputes/taxonomy';
import { extractClaims } from '../../src/extraction';
import { defaultLexicon } from '../../src/lexicon';
import { loadCorpus } from '../corpora/load-corpus';
import { lexicon, quantity } from './claim-builder';

function storiesOf(events: string[]) {
  const documents = events.flatMap((e) => loadCorpus(e).documents);
  const claims = documents.flatMap((d) => extractClaims(d, { lexicon: defaultLexicon }));
  return { documents, claims };
}

const eventOf = (claimId: string, claims: readonly ExtractedClaim[]) =>
  claims.find((c) => c.id === claimId)?.documentId.split('/')[0] ?? '';

function eventsIn(d: ComputedDispute, claims: readonly ExtractedClaim[]): string[] {
  return [...new Set(d.claimIds.map((id) => eventOf(id, claims)))];
}

describe('two stories imported into one case', () => {
  it.each([
    [
      'a quake and a bombing in the same country, in the same weeks',
      ['herat-earthquake-2025', 'kabul-market-attack-2025'],
    ],
    ['a quake and floods on two continents', ['herat-earthquake-2025', 'kenya-floods-2025']],
    ["the demo story's later coverage and floods", ['kazakhstan-2022-later', 'kenya-floods-2025']],
  ])('%s form two sets of disputes', (_name, events) => {
    const { documents, claims } = storiesOf(events);
    const disputes = groupClaims(claims, { lexicon: defaultLexicon, documents });
    for (const d of disputes) expect(eventsIn(d, claims)).toHaveLength(1);
    for (const event of events) expect(disputes.some((d) => eventsIn(d, claims)[0] === event)).toBe(true);
  });

  it('a document at a time through the index gives the same disputes as grouping the whole case', () => {
    const { documents, claims } = storiesOf(['herat-earthquake-2025', 'kabul-market-attack-2025']);
    const index = new DisputeIndex([], { lexicon: defaultLexicon, documents: [] });
    for (const d of documents)
      index.add(
        claims.filter((c) => c.documentId === d.id),
        [d],
      );
    const whole = groupClaims(claims, { lexicon: defaultLexicon, documents });
    const sets = (list: ComputedDispute[]) => list.map((d) => [...d.claimIds].sort().join(' ')).sort();
    expect(sets(index.disputes())).toEqual(sets(whole));
  });
});

function doc(id: string, title: string, text = ''): DocumentInput {
  return {
    id,
    title,
    text,
    outlet: id,
    publishedDate: '2025-03-10',
    publishedApproximate: false,
    language: 'en',
  };
}

describe('event signatures', () => {
  const reader = new EventReader();
  const taxonomy = new Taxonomy(lexicon);
  it.each([
    ['the kind the title names', doc('a', 'Quake kills 15 in western Afghanistan'), ['earthquake']],
    [
      'the kind the lead names when the title does not',
      doc('b', 'Families say the real toll is hidden', 'Families of the victims of the bombing say…'),
      ['attack'],
    ],
    [
      'every kind named at least half as often as the most named one',
      doc('c', 'Floods and a cholera outbreak', 'The floods… the floods… the outbreak'),
      ['epidemic', 'flood'],
    ],
    ['no kind when no event word is used', doc('d', 'Residents count their losses'), []],
  ])('%s', (_name, document, kinds) => {
    const claim = quantity({
      id: `${document.id}-1`,
      doc: document.id,
      figure: '15',
      value: 15,
      metric: 'deaths',
      chain: [document.id],
    });
    const signature = signaturesOf([claim], new Map([[document.id, document]]), reader, taxonomy).get(
      document.id,
    );
    expect(signature?.kinds).toEqual(kinds);
  });

  it('the country most of its figures lie in, or none on a tie', () => {
    const claims = [
      quantity({
        id: 'k1',
        doc: 'k',
        figure: '3',
        value: 3,
        metric: 'deaths',
        place: 'almaty',
        chain: ['k'],
      }),
      quantity({
        id: 'k2',
        doc: 'k',
        figure: '4',
        value: 4,
        metric: 'deaths',
        place: 'kazakhstan',
        chain: ['k'],
      }),
      quantity({
        id: 'k3',
        doc: 'k',
        figure: '5',
        value: 5,
        metric: 'deaths',
        place: 'moscow',
        chain: ['k'],
      }),
      quantity({
        id: 't1',
        doc: 't',
        figure: '3',
        value: 3,
        metric: 'deaths',
        place: 'moscow',
        chain: ['t'],
      }),
      quantity({
        id: 't2',
        doc: 't',
        figure: '4',
        value: 4,
        metric: 'deaths',
        place: 'almaty',
        chain: ['t'],
      }),
    ];
    const signatures = signaturesOf(claims, new Map(), reader, taxonomy);
    expect(signatures.get('k')?.country).toBe('kazakhstan');
    expect(signatures.get('t')?.country).toBeNull();
  });
});

describe('grouping by event, table-driven', () => {
  const row = (id: string, docId: string, value: number, place: string | null = null) =>
    quantity({
      id,
      doc: docId,
      figure: String(value),
      value,
      metric: 'deaths',
      place,
      date: '2025-03-10',
      chain: [docId],
    });
  const docs = (...specs: Array<[string, string]>) =>
    specs.map(([id, title]) => ({ id, outlet: id, publishedDate: '2025-03-10', title }));
  it.each([
    [
      'same kind, same country: one event',
      docs(['a', 'Earthquake in Herat'], ['b', 'Quake toll rises']),
      [row('a1', 'a', 100, 'afghanistan'), row('b1', 'b', 120, 'afghanistan')],
      [['a1', 'b1']],
    ],
    [
      'two kinds in one country: two events',
      docs(['a', 'Earthquake in Herat'], ['b', 'Bombing at a Kabul market']),
      [row('a1', 'a', 100, 'afghanistan'), row('b1', 'b', 20, 'kabul')],
      [['a1'], ['b1']],
    ],
    [
      'one kind in two countries: two events',
      docs(['a', 'Floods in Kenya'], ['b', 'Floods in Pakistan']),
      [row('a1', 'a', 100, 'kenya'), row('b1', 'b', 120, 'pakistan')],
      [['a1'], ['b1']],
    ],
    [
      "a document naming the kind but no place joins that kind's event",
      docs(['a', 'Earthquake in Herat'], ['b', 'Bombing at a Kabul market'], ['c', 'Bomb victims buried']),
      [row('a1', 'a', 100, 'afghanistan'), row('b1', 'b', 20, 'kabul'), row('c1', 'c', 25)],
      [['a1'], ['b1', 'c1']],
    ],
    [
      'a document naming neither joins the largest event',
      docs(
        ['a', 'Earthquake in Herat'],
        ['b', 'Quake toll rises'],
        ['c', 'Bombing at a Kabul market'],
        ['d', 'Toll rises'],
      ),
      [
        row('a1', 'a', 100, 'afghanistan'),
        row('b1', 'b', 120, 'afghanistan'),
        row('c1', 'c', 20, 'kabul'),
        row('d1', 'd', 130),
      ],
      [['a1', 'b1', 'd1'], ['c1']],
    ],
  ])('%s', (_name, documents, claims, expected) => {
    const groups = groupClaims(claims, { lexicon, documents }).map((d) => [...d.claimIds].sort());
    expect(groups.sort()).toEqual(expected.map((g) => [...g].sort()).sort());
  });
});
