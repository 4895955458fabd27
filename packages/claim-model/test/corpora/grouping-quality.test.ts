import { describe, expect, it } from 'vitest';
import { groupClaims } from '../../src/disputes';
import { extractClaims } from '../../src/extraction';
import { defaultLexicon } from '../../src/lexicon';
import { corpusNames, loadCorpus } from './load-corpus';
import { formatMeasures, measureGrouping } from './measure-grouping';

// Every corpus imported into one case, as a desk mixing stories would: the measures of issue 18 over all of them.
const corpora = corpusNames().map(loadCorpus);
const documents = corpora.flatMap((c) => c.documents);
const claims = documents.flatMap((d) => extractClaims(d, { lexicon: defaultLexicon }));
const disputes = groupClaims(claims, { lexicon: defaultLexicon, documents });
const measures = measureGrouping(corpora, claims, disputes);

describe('grouping quality on the test corpora (all events in one case)', () => {
  it('holds at least 30 articles about at least three events besides the demo story', () => {
    const others = corpora.filter((c) => !c.event.startsWith('kazakhstan'));
    expect(others.length).toBeGreaterThanOrEqual(3);
    expect(others.flatMap((c) => c.documents).length).toBeGreaterThanOrEqual(30);
  });

  it('prints the measures', () => {
    console.log(
      `\nGrouping quality, ${documents.length} articles, ${corpora.length} events\n${formatMeasures(measures)}\n`,
    );
    expect(measures.disputes.length).toBeGreaterThan(0);
  });

  it("the largest group holds at least 0.9 of an expected dispute's claims, on average", () => {
    expect(measures.meanShare).toBeGreaterThanOrEqual(0.9);
  });

  it('finds at least 0.9 of the expected disputes', () => {
    expect(measures.foundRate).toBeGreaterThanOrEqual(0.9);
  });

  it('no computed dispute mixes two metrics or two events', () => {
    expect(measures.mixed.filter((m) => m.crossesMetricOrEvent)).toEqual([]);
  });

  it('no computed dispute mixes two propositions of one metric (people and police, civilians and the total)', () => {
    expect(measures.mixed).toEqual([]);
  });
});
