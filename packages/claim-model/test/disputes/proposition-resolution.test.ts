import { describe, expect, it } from 'vitest';
import type { ExtractedClaim } from '../../src/claim';
import { extractClaims } from '../../src/extraction';
import { defaultLexicon } from '../../src/lexicon';

// What grouping needs from extraction: each figure's metric, subject, place and as-of date, across wordings.
function claimOf(text: string, figure: string, published = '2022-01-15'): ExtractedClaim | undefined {
  const claims = extractClaims(
    {
      id: 'doc',
      text,
      title: null,
      outlet: 'Outlet',
      publishedDate: published,
      publishedApproximate: false,
      language: 'en',
    },
    { lexicon: defaultLexicon },
  );
  return claims.find((c) => c.figure?.text === figure);
}

describe('frames that decide which proposition a figure joins', () => {
  it.each<
    [
      string,
      string,
      string,
      { metric?: string | null; subject?: string | null; place?: string | null; asOf?: string },
    ]
  >([
    [
      'a dateline is where the story was filed, not where the figure happened',
      'KABUL, March 9 (Reuters) - More than 2,000 people were killed in western Afghanistan, officials said.',
      'More than 2,000',
      { place: 'afghanistan' },
    ],
    [
      'a mixed-case dateline too',
      'Nairobi, 6 May 2025 — Over 235,000 people have been displaced by the floods.',
      'Over 235,000',
      { place: null },
    ],
    [
      'a list of groups after the figure shares the verb',
      'The ministry said that 16 police, National Guard and army servicemen had been killed in the unrest.',
      '16',
      { metric: 'deaths', subject: 'police' },
    ],
    [
      '"an earlier figure of" takes the sentence\'s metric',
      'Sixteen servicemen were killed, the ministry said, revising down an earlier figure of 18.',
      '18',
      { metric: 'deaths' },
    ],
    [
      'a part of a toll counts what the toll counts',
      'The official death toll now stands at 227, among them 19 police officers.',
      '19',
      { metric: 'deaths', subject: 'police' },
    ],
    [
      '"including seven children" is part of those killed, not of the injured after it',
      'The attack killed at least 29 civilians, including seven children, and injured 80 others.',
      'seven',
      { metric: 'deaths', subject: 'children' },
    ],
    [
      '"homes" in "forced 131,000 from their homes" is not who was counted',
      'The rains forced more than 131,000 from their homes.',
      'more than 131,000',
      { metric: 'displaced', subject: null },
    ],
    [
      '"the toll" alone is a death toll',
      'The national toll from the rains now stands at 169.',
      '169',
      { metric: 'deaths' },
    ],
    [
      'households are counted as households',
      'About 21,000 households had been displaced.',
      'About 21,000',
      { metric: 'displaced', subject: 'households' },
    ],
    [
      'villages destroyed are not houses destroyed',
      'At least six villages were destroyed.',
      'At least six',
      { metric: 'buildings_damaged', subject: 'settlements' },
    ],
    [
      '"the January unrest" names no day',
      'Prosecutors said on Saturday that 225 people died during the January unrest, a week after a figure was withdrawn last week.',
      '225',
      { asOf: '2022-01-15' },
    ],
    [
      '"last week\'s quake" dates the quake, not the toll',
      "The toll from last week's earthquake rose to 1,482 on Saturday, officials said.",
      '1,482',
      { asOf: '2022-01-15' },
    ],
  ])('%s', (_name, text, figure, expected) => {
    const claim = claimOf(text, figure);
    expect(claim, `no claim for ${figure}`).toBeDefined();
    if (expected.metric !== undefined) expect(claim?.frame?.metric?.id ?? null).toBe(expected.metric);
    if (expected.subject !== undefined) expect(claim?.frame?.subject?.id ?? null).toBe(expected.subject);
    if (expected.place !== undefined) expect(claim?.frame?.place?.id ?? null).toBe(expected.place);
    if (expected.asOf !== undefined) expect(claim?.frame?.asOf?.date).toBe(expected.asOf);
  });
});
