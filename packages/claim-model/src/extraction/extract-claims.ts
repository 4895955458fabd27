import type { AsOf, Attribution, AttributionLink, DocumentInput, ExtractedClaim, Frame, Hedge, Span, TermMention } from '../claim';
import { defaultLexicon } from '../lexicon/default-lexicon';
import { placeAncestors } from '../lexicon/taxonomy';
import type { Lexicon } from '../lexicon/schema';
import type { ClaimKind } from '../vocabulary';
import { type DateMention, addDays, findDates } from './as-of';
import { type AttributionContext, findAttribution, sourceKey } from './attribution';
import { scoreCheckWorthiness } from './check-worthiness';
import { figureCandidates } from './figure-candidates';
import { SCALE_READINGS, frameFigure } from './frame';
import { documentScopedId } from './hash';
import { indexLexicon } from './lexicon-index';
import { type ParsedFigure, parseFigureTokens, valueKind } from './parse-figures';
import { type Sentence, segmentDocument } from './segment';
import { type Mention, compileLexicon, findAllMentions, mentionsIn } from './term-matcher';
import { tokenize } from './tokens';

export interface ExtractOptions {
  lexicon?: Lexicon;
}

// Most sentences hold no number at all; only those with digits or number words are tokenized for figures. The words
// are spelled out without groups ("lakh|lakhs", not "lakhs?"): irregexp tries a flat list of words faster.
const NUMBERISH = /\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|trillion|lakh|lakhs|crore|crores|dozen|dozens|tens|scores|hundreds|thousands|millions|billions|several|multiple|few|handful|couple|half|halved|halving|third|thirds|quarter|quarters|fifth|fifths|tenth|tenths|doubled|doubles|doubling|tripled|triples|tripling|trebled|trebling|quadrupled|quadruples|quadrupling|twofold|threefold|fourfold|fivefold|sixfold|sevenfold|eightfold|ninefold|tenfold|hundredfold|twice|minus)\b/i;

const OPENING = new Set(['“', '‘', '"', "'", '«']);
const CLOSING = new Set(['”', '’', '"', "'", '»']);
const VERIFY_DISCLAIMER = /confirmation|verif/i;
const SEGMENT_BREAK = /,\s*(?:while|whereas)\s|;\s/g;
const PRONOUNS = /^(?:he|she|they|it|we|i|the latter|the former)$/i;
const DOLLAR_BY_TLD: Readonly<Record<string, string>> = { au: 'AUD', ca: 'CAD', nz: 'NZD', sg: 'SGD', hk: 'HKD' };
// A shilling named without its country ("2 billion shillings", "Sh5bn") is the story's country's.
const SHILLING_BY_COUNTRY: Readonly<Record<string, string>> = { uganda: 'UGX', tanzania: 'TZS', somalia: 'SOS' };
const BARE_SHILLING = /^(?:[^A-Za-z]*Shs?\b|.*(?<!kenyan |ugandan |tanzanian |somali )shillings?\b)/i;

interface Draft {
  claim: Omit<ExtractedClaim, 'attribution' | 'checkWorthiness'>;
  sentence: Sentence;
  links: AttributionLink[] | null;
}

function defaultDollar(doc: DocumentInput): string {
  const host = `${doc.url ?? ''} ${doc.outlet}`.toLowerCase();
  const tld = /\.([a-z]{2})\b(?![.\w])/.exec(host)?.[1];
  return (tld && DOLLAR_BY_TLD[tld]) || 'USD';
}

const sourceMemo = new WeakMap<Lexicon, ReadonlyMap<string, Lexicon['sources'][number]>>();

function sourcesById(lexicon: Lexicon): ReadonlyMap<string, Lexicon['sources'][number]> {
  const hit = sourceMemo.get(lexicon);
  if (hit) return hit;
  const map = new Map(lexicon.sources.map((s) => [s.id, s]));
  sourceMemo.set(lexicon, map);
  return map;
}

const countryMemo = new WeakMap<Lexicon, Map<string, string | null>>();

function countryOf(lexicon: Lexicon, placeId: string): string | null {
  let memo = countryMemo.get(lexicon);
  if (!memo) {
    memo = new Map();
    countryMemo.set(lexicon, memo);
  }
  const hit = memo.get(placeId);
  if (hit !== undefined) return hit;
  const kinds = new Map(lexicon.places.map((p) => [p.id, p.kind]));
  const country = [placeId, ...placeAncestors(lexicon, placeId)].find((id) => kinds.get(id) === 'country') ?? null;
  memo.set(placeId, country);
  return country;
}

const placeMemo = new WeakMap<Lexicon, ReadonlyMap<string, Lexicon['places'][number]>>();

function placesById(lexicon: Lexicon): ReadonlyMap<string, Lexicon['places'][number]> {
  const hit = placeMemo.get(lexicon);
  if (hit) return hit;
  const map = new Map(lexicon.places.map((p) => [p.id, p]));
  placeMemo.set(lexicon, map);
  return map;
}

function mainCountry(lexicon: Lexicon, places: readonly Mention[]): TermMention | null {
  const counts = new Map<string, number>();
  for (const m of places) {
    const country = countryOf(lexicon, m.id);
    if (country) counts.set(country, (counts.get(country) ?? 0) + 1);
  }
  // The most named country; on a tie the one named first.
  let best: string | null = null;
  let most = 0;
  for (const [country, n] of counts) {
    if (n > most) {
      best = country;
      most = n;
    }
  }
  const entry = best === null ? undefined : placesById(lexicon).get(best);
  return entry ? { id: entry.id, words: entry.name } : null;
}

/** Extracts the check-worthy claims of one document: pure, deterministic, spans exact into `doc.text`. */
export function extractClaims(doc: DocumentInput, options: ExtractOptions = {}): ExtractedClaim[] {
  const lexicon = options.lexicon ?? defaultLexicon;
  const compiled = compileLexicon(lexicon);
  const text = doc.text;
  const { blocks, sentences } = segmentDocument(text, doc.title ?? null);
  const found = findAllMentions(compiled, text);
  const all = { ...found, events: found.eventCues };
  const ctx: AttributionContext = { compiled, sourcesById: sourcesById(lexicon), mentions: found };
  const country = mainCountry(lexicon, all.places);
  const headline = blocks[0];
  const central = new Set<string>();
  if (headline) for (const m of [...mentionsIn(all.metrics, headline.span.start, headline.span.end), ...mentionsIn(all.subjects, headline.span.start, headline.span.end)]) central.add(m.id);
  const dollar = defaultDollar(doc);
  const shilling = country ? SHILLING_BY_COUNTRY[country.id] : undefined;
  const drafts: Draft[] = [];
  let previousDate: string | null = null;
  let previousSubject: TermMention | null = null;
  let previousMetric: TermMention | null = null;
  let lastSpeaker: AttributionLink | null = null;
  let lastSentenceDrafts: Draft[] = [];

  for (const sentence of sentences) {
    const { span } = sentence;
    const sText = sentence.text;
    const metrics = mentionsIn(all.metrics, span.start, span.end);
    const subjects = mentionsIn(all.subjects, span.start, span.end);
    const hedgeMentions = mentionsIn(all.hedges, span.start, span.end);
    const parsed = NUMBERISH.test(sText) ? parseFigureTokens(sText, tokenize(sText), { base: span.start, defaultDollar: dollar }) : [];
    const figures = figureCandidates(lexicon, text, span, parsed, metrics, subjects);
    const sentenceAttribution = findAttribution(ctx, sText, span.start);
    let sentenceLinks = resolvePronouns(sentenceAttribution.links, lastSpeaker);
    if (sentenceLinks.length === 0 && figures.length > 0) sentenceLinks = mentionedSource(ctx, mentionsIn(all.sources, span.start, span.end), sText, span.start);
    const pieces = figures.length > 0 ? splitSegments(sText) : [];
    const segments = pieces.length > 1 ? pieces.map((seg) => ({ ...seg, links: resolvePronouns(findAttribution(ctx, sText.slice(seg.start, seg.end), span.start + seg.start).links, lastSpeaker) })) : [];
    const sourceSpans: Span[] = [];
    for (const l of sentenceLinks) if (l.span) sourceSpans.push(l.span);
    // Dates frame figures only; sentences without one skip the date parser.
    const dates: DateMention[] = figures.length > 0 ? findDates(sText, span.start, doc.publishedDate, doc.publishedApproximate, previousDate) : [];
    const hedges: Hedge[] = hedgeMentions.map((h) => ({ cue: h.words, span: { start: h.start, end: h.end } }));
    const current: Draft[] = [];
    for (let i = 0; i < figures.length; i++) {
      const figure = figures[i] as ParsedFigure;
      const frame = frameFigure(
        lexicon,
        {
          text,
          sentence: span,
          figure: figure.span,
          // "The death toll from the magnitude 7.1 quake rose to 1,214": a scale reading does not stand between a figure
          // and the metric named before it.
          previousEnd: previousEnd(figures, i, span.start),
          nextStart: figures[i + 1]?.span.start ?? span.end,
          unit: figure.unit,
          kind: figure.kind,
          previousSubject,
          previousMetric,
          sourceSpans,
          mainCountry: country,
        },
        { metrics, subjects, places: all.places },
      );
      if (frame.subject) previousSubject = frame.subject;
      if (frame.metric) previousMetric = frame.metric;
      const asOf = pickDate(dates, figure.span.start, doc, previousDate);
      const figureHedges = figure.scareQuoted ? [...hedges, { cue: 'scare quotes', span: figure.span }] : [...hedges];
      // "Dozens ‘Liquidated’": quotation marks around the word for what was counted distance the outlet from it.
      const metricMention = frame.metric ? metrics.find((m) => m.id === frame.metric?.id && m.words === frame.metric.words) : undefined;
      if (metricMention && OPENING.has(text[metricMention.start - 1] ?? '') && CLOSING.has(text[metricMention.end] ?? '')) {
        figureHedges.push({ cue: 'scare quotes', span: { start: metricMention.start, end: metricMention.end } });
      }
      const local = segmentAround(segments, span.start, figure.span);
      const links = local && local.links.length > 0 ? local.links : sentenceLinks;
      const fullFrame: Frame = { metric: frame.metric, subject: frame.subject, place: frame.place, asOf };
      current.push({
        sentence,
        links: links.length > 0 ? links : null,
        claim: {
          id: documentScopedId('clm', doc.id, ['quantity', span.start, span.end, figure.span.start, figure.span.end]),
          documentId: doc.id,
          kind: 'quantity',
          span,
          text: sText,
          figure: {
            text: figure.text,
            span: figure.span,
            interval: figure.interval,
            qualifier: figure.qualifier,
            unit: shilling && figure.unit === 'KES' && BARE_SHILLING.test(figure.text) ? shilling : figure.unit,
            kind: valueKind(figure.kind),
            ...(figure.converted.length > 0 ? { converted: figure.converted } : {}),
          },
          frame: fullFrame,
          hedges: figureHedges,
          blockRole: sentence.block.role,
        },
      });
    }
    if (figures.length === 0) {
      const kind = sentenceKind(sentenceLinks.length > 0, mentionsIn(all.events, span.start, span.end).length > 0);
      if (kind) {
        current.push({
          sentence,
          links: sentenceLinks.length > 0 ? sentenceLinks : null,
          claim: { id: documentScopedId('clm', doc.id, [kind, span.start, span.end]), documentId: doc.id, kind, span, text: sText, figure: null, frame: null, hedges, blockRole: sentence.block.role },
        });
      }
      // "There was no immediate confirmation": the doubt is about what the previous sentence reported.
      const disclaimers = hedges.filter((h) => VERIFY_DISCLAIMER.test(h.cue));
      if (disclaimers.length > 0) for (const d of lastSentenceDrafts) d.claim.hedges = [...d.claim.hedges, ...disclaimers];
    }
    const lastDate = dates.at(-1);
    if (lastDate) previousDate = lastDate.asOf.date;
    const speaker = sentenceLinks.at(-1);
    if (speaker) lastSpeaker = speaker;
    drafts.push(...current);
    if (current.length > 0 || figures.length > 0) lastSentenceDrafts = current;
  }
  return finish(drafts, doc, lexicon, central);
}

// At module level, not a closure per sentence: esbuild's keepNames (bench, tests) wraps each closure it creates.
/** "he said": a pronoun speaker is the last named speaker (dropped when there is none yet). */
function resolvePronouns(links: readonly AttributionLink[], lastSpeaker: AttributionLink | null): AttributionLink[] {
  const out: AttributionLink[] = [];
  for (const l of links) {
    if (!(PRONOUNS.test(l.name) && l.span === null)) out.push(l);
    else if (lastSpeaker) out.push(lastSpeaker);
  }
  return out;
}

/** End of the figure before figure i that is not a scale reading ("a magnitude 7.1 quake"), else `sentenceStart`. */
function previousEnd(figures: readonly ParsedFigure[], i: number, sentenceStart: number): number {
  for (let k = i - 1; k >= 0; k--) {
    const f = figures[k];
    if (f && !SCALE_READINGS.has(f.unit)) return f.span.end;
  }
  return sentenceStart;
}

function segmentAround<T extends { start: number; end: number }>(segments: readonly T[], base: number, figure: Span): T | undefined {
  for (const s of segments) if (base + s.start <= figure.start && figure.end <= base + s.end) return s;
  return undefined;
}

// Bodies that publish figures; a sentence with a figure that names one, without a speech verb, reports its figure.
const PUBLISHERS = new Set(['interior_ministry', 'health_ministry', 'foreign_ministry', 'defence_ministry', 'emergencies_ministry', 'state_media']);

function mentionedSource(ctx: AttributionContext, mentions: readonly Mention[], sText: string, base: number): AttributionLink[] {
  for (const m of mentions) {
    const entry = ctx.sourcesById.get(m.id);
    if (!entry) continue;
    const quoted = (sText.slice(0, m.start - base).match(/[“”]/g) ?? []).length % 2 === 1;
    if (quoted) continue;
    if (PUBLISHERS.has(entry.id) || (!entry.generic && (entry.kind === 'agency' || entry.kind === 'media'))) {
      return [{ name: entry.generic ? m.words : entry.name, kind: entry.kind, span: { start: m.start, end: m.end } }];
    }
  }
  return [];
}

/** True when the sentence starts or ends inside a quotation that runs over several sentences of its paragraph. */
function openQuote(text: string, sentence: Sentence): boolean {
  let depth = 0;
  let atStart = 0;
  for (let i = sentence.block.span.start; i < sentence.span.end; i++) {
    if (i === sentence.span.start) atStart = depth;
    const c = text[i];
    if (c === '“') depth++;
    else if (c === '”') depth = Math.max(0, depth - 1);
  }
  return atStart > 0 || depth > 0;
}

function splitSegments(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let start = 0;
  SEGMENT_BREAK.lastIndex = 0;
  for (let m = SEGMENT_BREAK.exec(text); m !== null; m = SEGMENT_BREAK.exec(text)) {
    out.push({ start, end: m.index });
    start = m.index + m[0].length;
  }
  out.push({ start, end: text.length });
  return out;
}

function sentenceKind(attributed: boolean, event: boolean): ClaimKind | null {
  if (attributed) return 'statement';
  if (event) return 'event';
  return null;
}

function pickDate(dates: ReturnType<typeof findDates>, at: number, doc: DocumentInput, previous: string | null): AsOf | null {
  const before = dates.filter((d) => d.start < at).at(-1);
  const chosen = before ?? dates[0];
  if (chosen) return chosen.asOf;
  if (!doc.publishedDate) return null;
  void previous;
  return { date: doc.publishedDate, approximate: doc.publishedApproximate, words: null };
}

/** Fills each claim's chain: its own sources, else its paragraph's (earlier sentences first), else the outlet alone. */
function finish(drafts: readonly Draft[], doc: DocumentInput, lexicon: Lexicon, central: ReadonlySet<string>): ExtractedClaim[] {
  const outlet: AttributionLink = { name: doc.outlet, kind: 'outlet', span: null };
  const byBlock = new Map<number, Draft[]>();
  for (const d of drafts) {
    const list = byBlock.get(d.sentence.block.index) ?? [];
    list.push(d);
    byBlock.set(d.sentence.block.index, list);
  }
  const officialIds = indexLexicon(lexicon).officialSourceNames;
  // The same few sources recur in every claim's chain: each name is compared with the outlet once.
  const outletKey = sourceKey(doc.outlet);
  const outletNames = new Map<string, boolean>();
  const isOutlet = (name: string): boolean => {
    let hit = outletNames.get(name);
    if (hit === undefined) {
      hit = sourceKey(name) === outletKey;
      outletNames.set(name, hit);
    }
    return hit;
  };
  const out: ExtractedClaim[] = [];
  for (const d of drafts) {
    const siblings = byBlock.get(d.sentence.block.index) ?? [];
    let links = d.links;
    let inherited = false;
    if (!links) {
      const earlier = siblings.filter((s) => s.links && s.sentence.span.start < d.sentence.span.start).at(-1);
      // A source named later in the paragraph covers only the sentence right before its own figures ("More than 1,000
      // were injured. Of these, nearly 400…, the ministry said").
      const later = siblings.find((s) => s.links && s.claim.kind === 'quantity' && s.sentence.position === d.sentence.position + 1);
      // Inside a quotation that runs over several sentences, the speaker is named where the quotation closes.
      const closing = openQuote(doc.text, d.sentence) ? siblings.find((s) => s.links && s.sentence.position > d.sentence.position) : undefined;
      links = closing?.links ?? null;
      links ??= earlier?.links ?? later?.links ?? null;
      inherited = links !== null;
    }
    const chain = [outlet];
    for (const l of links ?? []) if (!isOutlet(l.name)) chain.push(l);
    const attribution: Attribution = { chain, unattributed: chain.length === 1, ...(inherited ? { inherited: true } : {}) };
    const original = chain.at(-1);
    const officialSource = original !== undefined && original.kind !== 'outlet' && (original.kind === 'official' || officialIds.has(original.name.toLowerCase()));
    const checkWorthiness = scoreCheckWorthiness(lexicon, {
      kind: d.claim.kind,
      frame: d.claim.frame,
      text: d.claim.text,
      officialSource,
      hedges: d.claim.hedges,
      central,
      headline: d.sentence.block.role === 'headline',
    });
    // The draft is not used again: completing it in place saves copying every claim once more.
    out.push(Object.assign(d.claim, { attribution, checkWorthiness }));
  }
  return out;
}

export { addDays };
