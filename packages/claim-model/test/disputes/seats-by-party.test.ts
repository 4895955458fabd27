import { describe, expect, it } from 'vitest';
import type { DocumentInput } from '../../src/claim';
import { groupClaims } from '../../src/disputes';
import { extractClaims } from '../../src/extraction';
import { defaultLexicon } from '../../src/lexicon';

const doc = (id: string, outlet: string, text: string): DocumentInput => ({
  id,
  text: `Election results\n\n${text}\n`,
  outlet,
  publishedDate: '2025-05-10',
  publishedApproximate: false,
});

const documents = [
  doc('a', 'Outlet A', 'The ruling party won 212 of the 400 seats, the election commission said.'),
  doc('b', 'Outlet B', 'The ruling party secured 210 seats, while the opposition alliance took 150 seats, results showed.'),
];
const claims = documents.flatMap((d) => extractClaims(d, { lexicon: defaultLexicon }));
const disputes = groupClaims(claims, { lexicon: defaultLexicon, documents });
const figuresOf = (metric: string) =>
  disputes
    .filter((d) => d.metric === metric)
    .map((d) => d.claimIds.map((id) => claims.find((c) => c.id === id)?.figure?.text ?? '').sort());

describe('seats won, from the words of election reports', () => {
  it("one party's seats across reports are one dispute, another party's seats are another", () => {
    expect(figuresOf('seats_won').sort()).toEqual([['150'], ['210', '212']]);
  });

  it('the size of the chamber is not a party\'s tally and counts no party', () => {
    const [chamber] = disputes.filter((d) => d.metric === 'seats_total');
    expect(chamber?.subject ?? null).toBeNull();
    expect(figuresOf('seats_total')).toEqual([['400']]);
  });
});
