import type { ExtractedClaim } from '../claim';
import { DEFAULT_EVENT_KINDS, type EventKind } from './event-kinds';
import { type DisputeDocument, LEAD_CHARACTERS } from './member';
import type { Taxonomy } from './taxonomy';

/** What story a document tells, read from its own words: the kinds of event it names most, and its main country. */
export interface EventSignature {
  /** Sorted ids of the kinds named at least half as often as the most named one; empty when none is named. */
  kinds: readonly string[];
  /** The country most of its placed figures lie in; null when none or a tie. */
  country: string | null;
  /** `kinds@country`, computed once: signatures are compared by it. */
  key: string;
}

/** The signature of a document that names no kind and no country. */
export const UNKNOWN_EVENT: EventSignature = { kinds: [], country: null, key: '@' };

/** Finds the event words of a text in one pass: one alternation of every term, longest first. */
export class EventReader {
  private readonly pattern: RegExp | null;
  private readonly kindOf = new Map<string, string>();
  /** One object per distinct signature, so grouping can key on identity. */
  private readonly interned = new Map<string, EventSignature>();

  constructor(kinds: readonly EventKind[] = DEFAULT_EVENT_KINDS) {
    for (const kind of kinds) for (const term of kind.terms) this.kindOf.set(term.toLowerCase(), kind.id);
    const terms = [...this.kindOf.keys()].sort((a, b) => b.length - a.length).map(escape);
    this.pattern =
      terms.length > 0
        ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${terms.join('|')})(?![\\p{L}\\p{N}])`, 'giu')
        : null;
  }

  /** The one signature object for these kinds and country. */
  signature(kinds: readonly string[], country: string | null): EventSignature {
    const key = `${kinds.join('+')}@${country ?? ''}`;
    let found = this.interned.get(key);
    if (!found) this.interned.set(key, (found = { kinds, country, key }));
    return found;
  }

  /** Adds each kind's mentions in `text` to `counts`. */
  count(text: string, counts: Map<string, number>): void {
    if (!this.pattern) return;
    this.pattern.lastIndex = 0;
    for (let m = this.pattern.exec(text); m !== null; m = this.pattern.exec(text)) {
      const kind = this.kindOf.get(m[0].toLowerCase());
      if (kind !== undefined) counts.set(kind, (counts.get(kind) ?? 0) + 1);
    }
  }
}

/** What one document's words name: kinds of event and countries, and the sentences read so far (null: none read). */
interface DocumentWords {
  kinds: Map<string, number>;
  countries: Map<string, number>;
  sentences: Set<number> | null;
}

/**
 * The signature of each document: the kinds its title and lead name (or, for a document given without either, the
 * sentences of its claims, each read once) and the country of its placed figures. A document's signature depends on
 * it alone, so adding documents never changes another's.
 */
export function signaturesOf(
  claims: readonly ExtractedClaim[],
  documents: ReadonlyMap<string, DisputeDocument>,
  reader: EventReader,
  taxonomy: Taxonomy,
): Map<string, EventSignature> {
  const perDocument = new Map<string, DocumentWords>();
  // A document's claims come together: its entry is looked up once per run of them.
  let entry: DocumentWords | undefined;
  let entryOf: string | undefined;
  for (const claim of claims) {
    if (claim.documentId !== entryOf) {
      entryOf = claim.documentId;
      entry = perDocument.get(claim.documentId);
    }
    if (!entry) {
      const document = documents.get(claim.documentId);
      const lead = document?.lead ?? document?.text?.slice(0, LEAD_CHARACTERS);
      // The title and lead say what the story is; reading every claim's sentence as well cost more than all the rest.
      entry = {
        kinds: new Map(),
        countries: new Map(),
        sentences: document?.title || lead ? null : new Set(),
      };
      perDocument.set(claim.documentId, entry);
      if (document?.title) reader.count(document.title, entry.kinds);
      if (lead) reader.count(lead, entry.kinds);
    }
    if (entry.sentences && !entry.sentences.has(claim.span.start)) {
      entry.sentences.add(claim.span.start);
      reader.count(claim.text, entry.kinds);
    }
    const place = claim.frame?.place?.id;
    const country = place === undefined ? null : taxonomy.placeCountry(place);
    if (country !== null) entry.countries.set(country, (entry.countries.get(country) ?? 0) + 1);
  }
  const out = new Map<string, EventSignature>();
  for (const [id, { kinds, countries }] of perDocument) out.set(id, reader.signature(strongKinds(kinds), dominant(countries)));
  return out;
}

const NO_KINDS: readonly string[] = Object.freeze([]);

// The kinds named at least half as often as the most named one, sorted; one loop each, as most documents name one.
function strongKinds(kinds: ReadonlyMap<string, number>): readonly string[] {
  if (kinds.size === 0) return NO_KINDS;
  let most = 0;
  for (const n of kinds.values()) if (n > most) most = n;
  const strong: string[] = [];
  for (const [k, n] of kinds) if (n * 2 >= most) strong.push(k);
  return strong.length > 1 ? strong.sort() : strong;
}

function dominant(counts: ReadonlyMap<string, number>): string | null {
  let best: string | null = null;
  let bestCount = 0;
  let tie = false;
  for (const [key, n] of counts) {
    if (n > bestCount) [best, bestCount, tie] = [key, n, false];
    else if (n === bestCount) tie = true;
  }
  return tie ? null : best;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
}
