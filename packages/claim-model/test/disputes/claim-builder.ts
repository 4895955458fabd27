import type { AttributionKind, ExtractedClaim } from '../../src/claim';
import type { DisputeDocument, DisputeLexicon } from '../../src/disputes';
import { defaultLexicon } from '../../src/lexicon';

/** A hand-built quantity claim: only what dispute detection reads. */
export interface QuantityFixture {
  id: string;
  doc: string;
  /** The figure as written and its interval; a number means an exact figure. */
  figure: string;
  value: number | [number | null, number | null];
  metric: string;
  subject?: string | null;
  subjectWords?: string;
  place?: string | null;
  date?: string | null;
  /** Outermost first: outlet, relays, original source. A string is a link of kind `media`; `Name:kind` sets the kind. */
  chain: string[];
  unit?: string;
  score?: number;
  /** Claims given the same number share one sentence. */
  sentence?: number;
  /** Offset of the figure in its sentence. */
  at?: number;
}

function link(text: string): { name: string; kind: AttributionKind; span: null } {
  const [name = text, kind = 'media'] = text.split(':');
  return { name, kind: kind as AttributionKind, span: null };
}

let nextSentence = 0;

/** Builds an ExtractedClaim the way extraction would shape it; each fixture is its own sentence unless `sentence` is shared. */
export function quantity(f: QuantityFixture): ExtractedClaim {
  const [low, high] = typeof f.value === 'number' ? [f.value, f.value] : f.value;
  const start = (f.sentence ?? nextSentence++) * 1000;
  return {
    id: f.id,
    documentId: f.doc,
    kind: 'quantity',
    span: { start, end: start + 500 },
    text: `${f.figure} ${f.metric}`,
    figure: {
      text: f.figure,
      span: { start: start + (f.at ?? 0), end: start + (f.at ?? 0) + f.figure.length },
      interval: { low, high },
      qualifier: null,
      unit: f.unit ?? 'count',
    },
    frame: {
      metric: { id: f.metric, words: f.metric },
      subject:
        f.subject === undefined || f.subject === null
          ? null
          : { id: f.subject, words: f.subjectWords ?? f.subject },
      place: f.place === undefined || f.place === null ? null : { id: f.place, words: f.place },
      asOf:
        f.date === undefined || f.date === null ? null : { date: f.date, approximate: false, words: null },
    },
    attribution: { chain: f.chain.map(link), unattributed: f.chain.length === 1 },
    hedges: [],
    checkWorthiness: { score: f.score ?? 0.7, reasons: [] },
  };
}

/** An event or statement claim. */
export function sentence(
  id: string,
  doc: string,
  text: string,
  kind: 'event' | 'statement' = 'event',
): ExtractedClaim {
  return {
    id,
    documentId: doc,
    kind,
    span: { start: 0, end: text.length },
    text,
    figure: null,
    frame: null,
    attribution: { chain: [{ name: doc, kind: 'outlet', span: null }], unattributed: true },
    hedges: [],
    checkWorthiness: { score: 0.5, reasons: [] },
  };
}

/** The default lexicon: its subject taxonomy (police ⊂ law_enforcement ⊂ security_forces ⊂ people) and gazetteer. */
export const lexicon: DisputeLexicon = defaultLexicon;

/** Documents for fixtures: every id used by `quantity(...)` needs one. */
export function documents(
  ...specs: Array<[id: string, outlet: string, date: string | null]>
): DisputeDocument[] {
  return specs.map(([id, outlet, publishedDate]) => ({ id, outlet, publishedDate }));
}
