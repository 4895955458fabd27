import type { AttributionKind, DocumentInput, ExtractedClaim, TermMention } from '../claim';
import { type EventSignature, UNKNOWN_EVENT } from './event-signature';
import { isDisputableFigure } from './metric-class';
import type { Taxonomy } from './taxonomy';

/** How much of a document's opening text is read for the event it tells (the lead paragraph names it). */
export const LEAD_CHARACTERS = 600;

/**
 * The documents dispute detection reads: who published and when; the title and the opening `LEAD_CHARACTERS` of the
 * text (`lead`, or `text` cut to that length) tell which event it is about.
 */
export type DisputeDocument = Pick<DocumentInput, 'id' | 'outlet' | 'publishedDate'> & {
  title?: string | null;
  lead?: string | null;
  text?: string;
};

/**
 * A quantity claim as grouping sees it: its proposition facets, interval and original source, and the few claim
 * fields a dispute cites, copied while the claim is at hand (reading them later through the claim touched a cold
 * object graph per member on every pass).
 */
export interface Member {
  /** The claim's id, document id, figure text ("at least 13") and check-worthiness score. */
  id: string;
  documentId: string;
  text: string;
  score: number;
  metric: string;
  /** The lexicon category of the metric, if known. */
  category: string | undefined;
  unit: string;
  bucket: string;
  subject: string | null;
  subjectWords: string | null;
  family: string | null;
  place: string | null;
  /** The place as written, else its id. */
  placeName: string | null;
  /** The country of the place; null when none is named or the place is a region above countries. */
  placeRoot: string | null;
  /** ISO as-of date (the frame's, else the document's published date). */
  date: string | null;
  /** Days since the epoch for `date`. */
  day: number | null;
  low: number;
  high: number;
  /** Vague figures ("dozens", "some 2000") are compared with a rounding tolerance; exact ones are not. */
  vague: boolean;
  /** Given as a superseded figure ("had earlier put the toll at 31", "up from 2,053"): dated a day before its report. */
  earlier: boolean;
  sourceKey: string;
  sourceName: string;
  sourceKind: AttributionKind;
  /** Names of the chain's links before the original source, outermost first (shared and empty when none). */
  relays: readonly string[];
  /** The event signature of the claim's document. */
  event: EventSignature;
}

/** FNV-1a, 32 bits. */
export function hashOf(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

/** Orders members by as-of day, undated last. */
export function byDay(a: Member, b: Member): number {
  return (a.day ?? Number.MAX_SAFE_INTEGER) - (b.day ?? Number.MAX_SAFE_INTEGER);
}

// A case names a few hundred sources across its many thousand claims: reduce each name once.
const sourceKeyCache = new Map<string, string>();

/** A source name reduced so that "Khabar-24", "Khabar 24" and "the Khabar 24" are one source. */
export function sourceKeyOf(name: string): string {
  const cached = sourceKeyCache.get(name);
  if (cached !== undefined) return cached;
  const key = name
    .toLowerCase()
    .replace(/^the\s+/, '')
    .replace(/[^\p{L}\p{N}]+/gu, '');
  if (sourceKeyCache.size < 100_000) sourceKeyCache.set(name, key);
  return key;
}

const dayCache = new Map<string, number | null>();

/** Days since the epoch of an ISO date, or null when it does not parse. */
export function dayOf(date: string): number | null {
  const cached = dayCache.get(date);
  if (cached !== undefined) return cached;
  const ms = Date.parse(`${date.slice(0, 10)}T00:00:00Z`);
  const day = Number.isNaN(ms) ? null : Math.round(ms / 86_400_000);
  if (dayCache.size < 100_000) dayCache.set(date, day);
  return day;
}

function isoOfDay(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}

// Words that mark a figure as superseded: said before, or the value a newer one replaced.
const EARLIER_BEFORE =
  /\b(?:earlier|previously|initially|originally|had (?:said|put|reported|given|announced|counted|stated)|up from|down from|from an? (?:earlier|previous|initial) )\b[^.;:!?]{0,60}$/i;
const EARLIER_AFTER =
  /^\s*(?:[\p{L}\p{N},'’-]+\s+){0,3}(?:was|were|has been|had been|have been) (?:withdrawn|retracted|revised|corrected|lowered|raised)\b/iu;
// "rose from 12 to 15": the first figure of a change is the earlier one.
const CHANGE_FROM =
  /\b(?:rose|risen|rising|climbed|jumped|increased|fell|fallen|dropped|revised|lowered|raised|went) (?:\w+ ){0,3}from\s*$/i;

/** Whether the claim gives its figure as an earlier, superseded value rather than the report's own current one. */
export function isEarlierFigure(claim: ExtractedClaim): boolean {
  const figure = claim.figure;
  if (!figure) return false;
  const at = figure.span.start - claim.span.start;
  const end = figure.span.end - claim.span.start;
  const before = claim.text.slice(Math.max(0, at - 70), at);
  return (
    EARLIER_BEFORE.test(before) ||
    CHANGE_FROM.test(before) ||
    EARLIER_AFTER.test(claim.text.slice(end, end + 50))
  );
}

/** The `metric|unit` bucket a claim can join, or null when it is not a disputable figure. */
export function disputeBucketOf(
  claim: ExtractedClaim,
  metricCategory?: (metric: string) => string | undefined,
): string | null {
  const metric = claim.frame?.metric?.id;
  if (claim.kind !== 'quantity' || !claim.figure || metric === undefined) return null;
  if (!isDisputableFigure(claim.figure, metric, metricCategory?.(metric))) return null;
  const { low, high } = claim.figure.interval;
  if (low === null && high === null) return null;
  return `${metric}|${claim.figure.unit}`;
}

// A case has a few dozen `metric|unit` buckets across its many thousand claims: each key is built once and shared,
// so it is hashed once (a key built per claim was flattened and hashed again at every map it was looked up in).
const bucketKeys = new WeakMap<Taxonomy, Map<string, Map<string, string | null>>>();

/** `disputeBucketOf` for a claim known to be a quantity with a figure and metric, memoised per metric and unit. */
function bucketOfFigure(taxonomy: Taxonomy, metric: string, unit: string): string | null {
  let byMetric = bucketKeys.get(taxonomy);
  if (!byMetric) bucketKeys.set(taxonomy, (byMetric = new Map()));
  let byUnit = byMetric.get(metric);
  if (!byUnit) byMetric.set(metric, (byUnit = new Map()));
  let key = byUnit.get(unit);
  if (key === undefined) {
    key = isDisputableFigure({ unit }, metric, taxonomy.metricCategory(metric)) ? `${metric}|${unit}` : null;
    if (byUnit.size < 1000) byUnit.set(unit, key);
  }
  return key;
}

const NO_RELAYS: readonly string[] = Object.freeze([]);

/** The claim as a dispute member, or null when it cannot join a dispute. */
export function toMember(
  claim: ExtractedClaim,
  document: DisputeDocument | undefined,
  taxonomy: Taxonomy,
  inherited?: TermMention,
  event: EventSignature = UNKNOWN_EVENT,
): Member | null {
  const { figure, frame } = claim;
  const metric = frame?.metric?.id;
  if (claim.kind !== 'quantity' || !figure || !frame || metric === undefined) return null;
  const { low, high } = figure.interval;
  if (low === null && high === null) return null;
  const bucket = bucketOfFigure(taxonomy, metric, figure.unit);
  if (bucket === null) return null;
  const subjectMention = frame.subject ?? inherited ?? null;
  const subject = subjectMention?.id ?? null;
  const place = frame.place?.id ?? null;
  const date = frame.asOf?.date ?? document?.publishedDate ?? null;
  const chain = claim.attribution.chain;
  const original = chain.at(-1);
  const sourceName = original?.name ?? document?.outlet ?? 'unknown source';
  const earlier = isEarlierFigure(claim);
  // An earlier figure quoted in a later report is older than the report; unless its own date was named, a day older.
  const reportedDay = date === null ? null : dayOf(date);
  const shift = earlier && reportedDay !== null && (frame.asOf?.words ?? null) === null;
  const day = shift && reportedDay !== null ? reportedDay - 1 : reportedDay;
  const lowValue = low ?? Number.NEGATIVE_INFINITY;
  const highValue = high ?? Number.POSITIVE_INFINITY;
  return {
    id: claim.id,
    documentId: claim.documentId,
    text: figure.text,
    score: claim.checkWorthiness.score,
    metric,
    category: taxonomy.metricCategory(metric),
    unit: figure.unit,
    bucket,
    subject,
    subjectWords: subjectMention === null ? null : lowerCased(subjectMention.words),
    family: familyOf(taxonomy, subject, subjectMention?.words ?? null),
    place,
    placeName: frame.place?.words ?? place,
    placeRoot: place === null ? null : taxonomy.placeCountry(place),
    date: shift && day !== null ? isoOfDay(day) : date,
    day,
    low: lowValue,
    high: highValue,
    vague: low !== high,
    earlier,
    sourceKey: sourceKeyOf(sourceName),
    sourceName,
    sourceKind: original?.kind ?? 'outlet',
    relays: relaysOf(chain),
    event,
  };
}

function relaysOf(chain: ExtractedClaim['attribution']['chain']): readonly string[] {
  if (chain.length <= 1) return NO_RELAYS;
  const relays = new Array<string>(chain.length - 1);
  for (let i = 0; i < relays.length; i++) relays[i] = chain[i]?.name ?? '';
  return relays;
}

// Subject words repeat across a case ("police", "security forces"): lower-case each once.
const lowerCache = new Map<string, string>();

function lowerCased(words: string): string {
  let lower = lowerCache.get(words);
  if (lower === undefined) {
    lower = words.toLowerCase();
    if (lowerCache.size < 100_000) lowerCache.set(words, lower);
  }
  return lower;
}

// "The ruling party won 212 seats" and "the opposition won 150": groups of a by-name subject are told apart by name.
function familyOf(taxonomy: Taxonomy, subject: string | null, words: string | null): string | null {
  const family = taxonomy.subjectFamily(subject);
  if (words === null || !taxonomy.isByName(subject)) return family;
  return `${family ?? subject}:${words.toLowerCase().replace(/^the\s+/, '')}`;
}

const PART_OF = /\b(?:including|among them|among whom|of them|of whom|of these)\s+$/i;
// "… since a figure of 164 was withdrawn": a figure in another clause of the sentence does not count the same group.
const SUBORDINATE = /[;:]|\b(?:since|after|before|while|whereas|but|when|than|although|because)\b/i;
// "212 of the 400 seats": the whole does not count the group the part before it counts.
const WHOLE_OF = /\bof\s+(?:the\s+|its\s+|their\s+)?$/i;

/**
 * Subjects a figure without one takes from the figure before it in the same sentence: in "Eighteen security
 * officers were killed and 748 wounded", 748 counts security officers too.
 */
export function inheritedSubjects(claims: readonly ExtractedClaim[]): Map<string, TermMention> {
  // Per document, its figures sorted (stably) by sentence: a sentence is a run of equal spans, no key built per claim.
  // A document's claims come together, in text order: looked up once per run, and sorted only when out of order.
  const byDocument = new Map<string, ExtractedClaim[]>();
  let list: ExtractedClaim[] | undefined;
  for (const c of claims) {
    if (c.kind !== 'quantity' || !c.figure) continue;
    if (list === undefined || list[0]?.documentId !== c.documentId) {
      list = byDocument.get(c.documentId);
      if (!list) byDocument.set(c.documentId, (list = []));
    }
    list.push(c);
  }
  const inherited = new Map<string, TermMention>();
  for (const figures of byDocument.values()) {
    if (figures.length < 2) continue;
    if (!isInSentenceOrder(figures)) figures.sort(bySentence);
    for (let from = 0; from < figures.length; ) {
      const first = figures[from];
      let to = from + 1;
      while (to < figures.length && first && bySentence(first, figures[to] ?? first) === 0) to++;
      if (to - from > 1) inheritFrom(figures.slice(from, to), inherited);
      from = to;
    }
  }
  return inherited;
}

function bySentence(a: ExtractedClaim, b: ExtractedClaim): number {
  return a.span.start - b.span.start || a.span.end - b.span.end;
}

function isInSentenceOrder(figures: readonly ExtractedClaim[]): boolean {
  for (let i = 1; i < figures.length; i++) {
    const a = figures[i - 1];
    const b = figures[i];
    if (a && b && bySentence(a, b) > 0) return false;
  }
  return true;
}

// Within one sentence's figures, in text order.
function inheritFrom(list: ExtractedClaim[], inherited: Map<string, TermMention>): void {
  list.sort((a, b) => (a.figure?.span.start ?? 0) - (b.figure?.span.start ?? 0));
  let previous: TermMention | null = null;
  for (const c of list) {
    const own = c.frame?.subject ?? null;
    const at = (c.figure?.span.start ?? c.span.start) - c.span.start;
    // "225 died, including 19 members of the security forces": a part names its own group, not the next figure's.
    const part = PART_OF.test(c.text.slice(Math.max(0, at - 24), at));
    if (own && !part) previous = own;
    else if (!own && previous && !SUBORDINATE.test(c.text.slice(0, at).split(/\d/).at(-1) ?? '') && !WHOLE_OF.test(c.text.slice(Math.max(0, at - 12), at)))
      inherited.set(c.id, previous);
  }
}
