import type { Lexicon } from '../lexicon/schema';

/** Lookups by id over a lexicon, built once per lexicon object (the extraction hot path must not scan arrays). */
export interface LexiconIndex {
  metricCategory: ReadonlyMap<string, string>;
  subjectBroader: ReadonlyMap<string, readonly string[]>;
  officialSourceNames: ReadonlySet<string>;
  placeKind: ReadonlyMap<string, string>;
}

const cache = new WeakMap<Lexicon, LexiconIndex>();

export function indexLexicon(lexicon: Lexicon): LexiconIndex {
  const hit = cache.get(lexicon);
  if (hit) return hit;
  const index: LexiconIndex = {
    metricCategory: new Map(lexicon.metrics.map((m) => [m.id, m.category])),
    subjectBroader: new Map(lexicon.subjects.map((s) => [s.id, s.broader])),
    placeKind: new Map(lexicon.places.map((p) => [p.id, p.kind])),
    officialSourceNames: new Set(lexicon.sources.filter((s) => s.official).map((s) => s.name.toLowerCase())),
  };
  cache.set(lexicon, index);
  return index;
}
