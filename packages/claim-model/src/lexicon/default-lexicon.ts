import { DEFAULT_METRICS, DEFAULT_SUBJECTS } from './default-metrics';
import { DEFAULT_PLACES } from './default-places';
import { DEFAULT_EVENT_CUES, DEFAULT_HEDGES, DEFAULT_SOURCES } from './default-sources';
import { type Lexicon, type LexiconInput, lexiconSchema } from './schema';

export const DEFAULT_LEXICON_VERSION = '2026-12-07.1';

/** The raw default lexicon data, before validation. */
export const defaultLexiconData: LexiconInput = {
  version: DEFAULT_LEXICON_VERSION,
  metrics: DEFAULT_METRICS.map((m) => ({ ...m, terms: [...m.terms] })),
  subjects: DEFAULT_SUBJECTS.map((s) => ({ ...s, broader: [...s.broader], terms: [...s.terms] })),
  places: DEFAULT_PLACES,
  sources: DEFAULT_SOURCES.map((s) => ({ ...s, terms: [...s.terms] })),
  hedges: [...DEFAULT_HEDGES],
  eventCues: [...DEFAULT_EVENT_CUES],
};

/** General defaults for protests, conflicts and disasters, validated once. */
export const defaultLexicon: Lexicon = lexiconSchema.parse(defaultLexiconData);
