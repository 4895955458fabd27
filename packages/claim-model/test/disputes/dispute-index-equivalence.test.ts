import { describe, expect, it } from 'vitest';
import type { ExtractedClaim } from '../../src/claim';
import { type DisputeDocument, DisputeIndex, groupClaims } from '../../src/disputes';
import { extractClaims } from '../../src/extraction';
import { defaultLexicon } from '../../src/lexicon';
import { corpusNames, loadCorpus } from '../corpora/load-corpus';
import { quantity } from './claim-builder';

// The incremental path (DisputeIndex.add, which re-splits only the events whose members changed) must give exactly
// the disputes of regrouping every claim at once with groupClaims: same keys, members, relations, reasons, summaries.

function seeded(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
}

function shuffled<T>(items: readonly T[], rand: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

interface Doc {
  document: DisputeDocument;
  claims: ExtractedClaim[];
}

/** Adds the documents one at a time, checking the index against the stateless regroup every `every` documents. */
function expectSameAsRegroup(docs: readonly Doc[], every: number): void {
  const index = new DisputeIndex([], { lexicon: defaultLexicon, documents: [] });
  const added: Doc[] = [];
  docs.forEach((doc, i) => {
    index.add(doc.claims, [doc.document]);
    added.push(doc);
    if ((i + 1) % every !== 0 && i !== docs.length - 1) return;
    const regrouped = groupClaims(
      added.flatMap((d) => d.claims),
      { lexicon: defaultLexicon, documents: added.map((d) => d.document) },
    );
    expect(index.disputes()).toEqual(regrouped);
  });
}

// Real-style articles about five events (earthquake, floods, cyclone, attack, the demo story's later coverage).
const corpusDocs: Doc[] = corpusNames()
  .map(loadCorpus)
  .flatMap((c) => c.documents)
  .map((d) => ({ document: d, claims: extractClaims(d, { lexicon: defaultLexicon }) }));

// Synthetic documents over several events, countries, subjects and weeks, with revisions, vague and open figures.
function syntheticDocs(count: number, seed: number): Doc[] {
  const rand = seeded(seed);
  const pick = <T,>(items: readonly T[]): T => items[Math.floor(rand() * items.length)] as T;
  const titles = ['Earthquake toll rises', 'Floods sweep the region', 'Protests spread to the capital', 'Bombing at a market', 'Residents count their losses'];
  const homes = [['kazakhstan', 'almaty', 'aktau', null], ['turkey', 'istanbul', null], ['russia', null]];
  return Array.from({ length: count }, (_, d) => {
    const id = `s${seed}-${d}`;
    const day = 1 + Math.floor(rand() * 90);
    const date = new Date(Date.UTC(2022, 0, day)).toISOString().slice(0, 10);
    const outlet = `Outlet ${Math.floor(rand() * 9)}`;
    const home = pick(homes);
    const document: DisputeDocument = { id, outlet, publishedDate: date, title: pick(titles) };
    const claims = Array.from({ length: 1 + Math.floor(rand() * 6) }, (_, c) => {
      const value = Math.round(5 + rand() * 60);
      const shape = rand();
      return quantity({
        id: `${id}-${c}`,
        doc: id,
        figure: shape < 0.2 ? `at least ${value}` : String(value),
        value: shape < 0.2 ? [value, null] : shape < 0.3 ? [value - 2, value + 2] : value,
        metric: pick(['deaths', 'injured', 'detained']),
        subject: pick(['people', 'police', 'protesters', 'law_enforcement', 'civilians', null]),
        place: rand() < 0.8 ? pick(home) : pick(['kazakhstan', 'turkey', 'russia', 'istanbul']),
        date: rand() < 0.8 ? date : null,
        chain: [outlet, `Source ${Math.floor(rand() * 7)}:official`],
      });
    });
    return { document, claims };
  });
}

describe('DisputeIndex gives exactly the disputes of regrouping every claim with groupClaims', () => {
  it('on the written corpora, added one article at a time in a shuffled order', () => {
    expect(corpusDocs.length).toBeGreaterThanOrEqual(30);
    expectSameAsRegroup(shuffled(corpusDocs, seeded(7)), 5);
  });

  it('on synthetic documents across events, countries and weeks, added one at a time', () => {
    expectSameAsRegroup(syntheticDocs(240, 3), 20);
  });

  it('when corpus articles and synthetic documents are mixed into one case', () => {
    expectSameAsRegroup(shuffled([...corpusDocs, ...syntheticDocs(120, 11)], seeded(5)), 16);
  });
});

describe('DisputeIndex.build, in slices that yield between them, gives the disputes of groupClaims', () => {
  // Counts the pauses: the build is handed back control between slices, whatever the clock says.
  async function built(docs: readonly Doc[], slice: number) {
    let pauses = 0;
    const claims = docs.flatMap((d) => d.claims);
    const ctx = { lexicon: defaultLexicon, documents: docs.map((d) => d.document) };
    const index = await DisputeIndex.build(claims, ctx, async () => void pauses++, slice);
    return { index, pauses, expected: groupClaims(claims, ctx), claims };
  }

  it('on corpus articles and synthetic documents mixed into one case, with small slices', async () => {
    const { index, pauses, expected, claims } = await built(shuffled([...corpusDocs, ...syntheticDocs(200, 13)], seeded(9)), 50);
    expect(index.disputes()).toEqual(expected);
    // At least one pause per slice of claims read, and more while the disputes are built.
    expect(pauses).toBeGreaterThan(claims.length / 50);
  });

  it('and the built index takes new documents like one built at once', async () => {
    const docs = syntheticDocs(160, 17);
    const { index } = await built(docs.slice(0, 150), 40);
    const atOnce = new DisputeIndex(
      docs.slice(0, 150).flatMap((d) => d.claims),
      { lexicon: defaultLexicon, documents: docs.slice(0, 150).map((d) => d.document) },
    );
    for (const doc of docs.slice(150)) {
      expect(index.add(doc.claims, [doc.document])).toEqual(atOnce.add(doc.claims, [doc.document]));
    }
    expect(index.disputes()).toEqual(atOnce.disputes());
  });

  it('does not pause a build smaller than one slice', async () => {
    const { index, pauses, expected } = await built(syntheticDocs(5, 19), 10_000);
    expect(index.disputes()).toEqual(expected);
    expect(pauses).toBe(0);
  });
});
