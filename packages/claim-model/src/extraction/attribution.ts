import type { AttributionKind, AttributionLink, Span } from '../claim';
import type { SourceEntry } from '../lexicon/schema';
import { splitCount } from './char-class';
import { type AllMentions, type CompiledLexicon, type Mention, findMentions, mentionsIn } from './term-matcher';

/** A source named in a sentence and its role in the chain. */
interface Found {
  link: AttributionLink;
  /** Lower sorts outer: trailing reporters, then "according to", then listeners, speakers and cited sources. */
  rank: number;
  at: number;
  pronoun: boolean;
}

const SPEECH = /\b(said|says|say|reported|reports|report|told|tells|stated|states|announced|announces|claimed|claims|confirmed|confirms|added|adds|wrote|writes|tweeted|estimated|estimates|warned|declared|evoked|accused|urged|vowed|insisted|denied|alleged|argued|explained|responded|stressed|acknowledged|admitted|revealed|put the (?:number|toll|figure|death toll) at|puts the (?:number|toll|figure|death toll) at|quoted)\b/g;
const ACCORDING = /\baccording to\s+/gi;
const CITING = /\b(?:citing|quoting|(?:which|who) (?:cited|quoted))\s+/gi;
// "figures from the ministry via Interfax": the agency after "via" relays the source before it.
const VIA = /\bvia\s+/gi;
const PASSIVE_BEFORE = /\b(?:been|be|being|was|were|is|are|having)(?:\s+(?:also|not|\w+ly))?\s*$/i;
// "reported killed", "reported dead": a hedged passive, not someone reporting.
const PASSIVE_AFTER = /^\s+(?:killed|dead|injured|wounded|missing|arrested|detained|to have|to be)\b/i;
// "The Ebola outbreak has claimed the lives of 31 people", "the floods claimed 40 lives": a toll, not a claim.
const CLAIMED_LIVES = /^\s+(?:the\s+lives|[\d,.]+\s+(?:more\s+)?lives|(?:\p{L}+\s+){1,3}lives)\b/iu;
const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their', 'our', 'local', 'state', 'state-run', 'several', 'two', 'three', 'some', 'many', 'other', 'one', 'regional', 'senior', 'foreign', 'federal', 'national', 'city', 'independent', 'unnamed', 'anonymous', 'armed', 'united', 'limited', 'leading', 'ruling', 'governing', 'unidentified']);
const PRONOUN = /^(?:he|she|they|it|we|i|the latter|the former)$/i;
const TRAILING_NOISE = /(?:\s+|,)(?:also|then|later|earlier|now|previously|again|on\s+\p{L}+day|\p{L}+day|today|yesterday|last night|in a statement|in a tweet|in an interview|has|have|had|would|will|and|or|but)$/iu;
// ", and Karim said": the words after a comma keep their space, so the conjunction may follow one.
const LEADING_NOISE = /^\s*(?:and|but|while|whereas|as|with|so|then|also|that)\s+/i;
const SOURCE_LIKE = /\p{Lu}|\b(?:spokes|official|source|journalist|witness|minist|representative|commander|chief|president|police|authorit|agenc|media|televis|outlet|website|correspondent|reporter|government|office|department|army|military|resident|doctor|activist|organi[sz]|union|campaigner|group|report|critic|expert|analyst|observer|rescuer|survivor|volunteer|monitor|prosecut|judge|court|mayor|governor|lawyer|director|head|leader|chair|secretary|ambassador|envoy|general|colonel|commander|sheriff|coroner|statistic|bureau|service|committee|council|institute|authorit|charit|association|spokes|minister|administration|commission|regulator|embass|parliament|worker|compan|operator|teacher|nurse|farmer|trader|elder|imam|priest|pastor|cleric|driver|shopkeeper|neighbo|relative|father|mother|brother|sister|daughter|wife|husband|principal|scientist|seismolog|meteorolog|economist|researcher|professor|engineer|guard|coast ?guard|navy|brigade|ranger)/u;
const END_OF_OBJECT = /\s*(?:,|;|\.|:|“|"|\bthat\b|\bon\s+\p{L}+day\b|\bin\s+\p{Lu}|\bto\s+(?:report|say)\b|\bas\b|\bwho\b|$)/u;

function kindOf(words: string, entry: SourceEntry | undefined): AttributionKind {
  if (entry) return entry.kind;
  if (/\b(?:ministry|police|department|office|government|authorities|president|minister|spokes\w*|commander|official|army|military|prosecutor|mayor|governor)\b/i.test(words)) return 'official';
  if (/\b(?:news|agency|television|tv|outlet|website|newspaper|media|channel|radio|reports?)\b/i.test(words)) return 'media';
  if (/\b(?:group|organi[sz]ation|party|union|committee|council|watch|international)\b/i.test(words)) return 'organisation';
  if (/^(?:\p{Lu}[\p{L}'’-]+\s+){0,3}\p{Lu}[\p{L}'’-]+$/u.test(words.replace(/^(?:Mr|Mrs|Ms|Dr)\.?\s+/, ''))) return 'person';
  return 'other';
}

export interface AttributionContext {
  compiled: CompiledLexicon;
  sourcesById: ReadonlyMap<string, SourceEntry>;
  /** The document's mentions (document offsets), so links need not rescan their words. */
  mentions?: Pick<AllMentions, 'sources' | 'subjects'>;
}

/** Builds a link from the words that name a source; `start` is their offset in the document. */
function makeLink(ctx: AttributionContext, words: string, start: number): AttributionLink | null {
  let text = words.replace(LEADING_NOISE, '');
  let offset = start + (words.length - text.length);
  for (let prev = ''; prev !== text; ) {
    prev = text;
    text = text.replace(TRAILING_NOISE, '').trimEnd();
  }
  // Only the last words of a long clause name the source ("…, the Health Ministry said").
  if (splitCount(text) > 9) {
    const parts = text.split(/\s+/);
    const kept = parts.slice(-9).join(' ');
    offset += text.length - kept.length;
    text = kept;
  }
  const lead = /^\s+/.exec(text)?.[0].length ?? 0;
  text = text.trim();
  offset += lead;
  // "they have failed to stop the protests and Tokayev": a long run of words ends with the speaker after "and".
  const and = text.lastIndexOf(' and ');
  // A name that holds "and" ("Independent Electoral and Boundaries Commission") has capitals on both sides.
  if (and !== -1 && splitCount(text) > 4 && /^\p{Lu}/u.test(text.slice(and + 5)) && !/\p{Lu}[\p{L}'’.-]*$/u.test(text.slice(0, and))) {
    offset += and + 5;
    text = text.slice(and + 5);
  }
  if (text.length === 0) return null;
  // A clause that starts with a verb ("addressed protesters and urged") has its speaker elsewhere.
  const firstWord = /^[\p{L}’'-]+/u.exec(text)?.[0] ?? '';
  if (/^\p{Ll}[\p{L}’'-]*(?:ed|ing)$/u.test(firstWord) && !DETERMINERS.has(firstWord.toLowerCase()) && !SOURCE_LIKE.test(firstWord)) return null;
  // Common nouns that name people ("rescuers", "protesters") can speak too.
  const mentions = ctx.mentions ? mentionsIn(ctx.mentions.sources, offset, offset + text.length) : findMentions(ctx.compiled, 'sources', text);
  const people = ctx.mentions ? mentionsIn(ctx.mentions.subjects, offset, offset + text.length).map((m) => ({ ...m, start: m.start - offset, end: m.end - offset })) : findMentions(ctx.compiled, 'subjects', text);
  if (!SOURCE_LIKE.test(text) && people.length === 0) return null;
  // A speaker's words end on a name or a noun for people or bodies, not on "the square".
  // "police in the city": the head noun stands before a trailing place phrase.
  const head = text.replace(/\s+(?:in|of|at|from|on)\s+(?:the\s+)?[\p{L}’'-]+$/u, '');
  const lastWord = lastWordOf(head);
  const endsOnSource = /^\p{Lu}|^\d/u.test(lastWord) || SOURCE_LIKE.test(lastWord) || people.some((m) => m.end === head.length) || mentions.some((m) => m.end - (ctx.mentions ? offset : 0) === head.length);
  if (!endsOnSource) return leadingName(ctx, text, offset, mentions, people);
  const named = mentions.map((m) => ctx.sourcesById.get(m.id)).find((e) => e !== undefined && !e.generic);
  const generic = mentions.map((m) => ctx.sourcesById.get(m.id)).find((e) => e !== undefined);
  const entry = named ?? generic;
  const name = named ? named.name : text.replace(/^the\s+/i, '');
  return { name, kind: kindOf(text, entry), span: { start: offset, end: offset + text.length } };
}

const WORD_CHAR = /^[\p{L}\p{N}’'.)-]$/u;

/**
 * The run of letters, digits and ’'.)- that ends `text` (what /[\p{L}\p{N}’'.)-]+$/u matches), found from the end:
 * the regex tries every start position of a clause of up to nine words.
 */
function lastWordOf(text: string): string {
  let i = text.length;
  while (i > 0) {
    const c = text.charCodeAt(i - 1);
    if (c < 0x80) {
      if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 39 || c === 46 || c === 41 || c === 45) {
        i--;
        continue;
      }
      break;
    }
    // A surrogate pair is one character; a lone surrogate is in no class.
    const pair = c >= 0xdc00 && c <= 0xdfff && i >= 2 && text.charCodeAt(i - 2) >= 0xd800 && text.charCodeAt(i - 2) <= 0xdbff;
    const width = pair ? 2 : 1;
    if (c !== 0x2019 && !WORD_CHAR.test(text.slice(i - width, i))) break;
    i -= width;
  }
  return text.slice(i);
}

/**
 * "Russia's foreign ministry urged … and claimed …": when the words before a verb run past the speaker, the speaker is
 * the name or lexicon term the clause starts with.
 */
function leadingName(ctx: AttributionContext, text: string, offset: number, sources: readonly Mention[], people: readonly Mention[]): AttributionLink | null {
  const rel = (m: Mention) => (ctx.mentions ? m.start - offset : m.start);
  const relEnd = (m: Mention) => (ctx.mentions ? m.end - offset : m.end);
  const first = [...sources, ...people].filter((m) => rel(m) <= 12).sort((a, b) => rel(a) - rel(b))[0];
  let end = first ? relEnd(first) : -1;
  if (end === -1) {
    const name = /^(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?\p{Lu}[\p{L}’'.-]+(?:\s+\p{Lu}[\p{L}’'.-]+){0,3}/u.exec(text);
    // A capitalised determiner ("The city administration") opens a sentence; it names no one.
    if (!name || DETERMINERS.has(name[0].toLowerCase())) return null;
    end = name[0].length;
  }
  const words = text.slice(0, end).trim();
  if (splitCount(words) > 6 || !/\p{L}/u.test(words)) return null;
  const entry = first ? ctx.sourcesById.get(first.id) : undefined;
  const name = entry && !entry.generic ? entry.name : words.replace(/^the\s+/i, '');
  return { name, kind: kindOf(words, entry), span: { start: offset, end: offset + words.length } };
}

function objectAfter(text: string, from: number): { words: string; start: number } {
  const rest = text.slice(from);
  const end = END_OF_OBJECT.exec(rest.slice(1));
  const length = end ? end.index + 1 : rest.length;
  return { words: rest.slice(0, length), start: from };
}

function subjectBefore(text: string, verbAt: number): { words: string; start: number } {
  const before = text.slice(0, verbAt);
  // "The Insider, citing Khabar-24, said": the speaker stands before the parenthetical.
  const aside = /\b(?:citing|who|which)\b/.test(before) ? /([^,;:“”"]+),\s*(?:citing|who|which)\b[^;,]*,\s*$/.exec(before) : null;
  if (aside?.[1]) return { words: aside[1], start: aside.index };
  let cut = 0;
  // "while aid groups said" opens a new clause; " - " parts a live-blog timestamp from its entry.
  const boundary = /\b\d{1,2}[:.]\d{2}(?:\s*(?:GMT|UTC|BST|CET|EST|ET|local time))?(?![\d%])|[,;:“”"—–()]|\s-\s|\b(?:that|after|before|when|while|whereas|because|since|if|comes|came|then|as)\b/g;
  for (let m = boundary.exec(before); m !== null; m = boundary.exec(before)) {
    // Brackets inside a name ("Agence France-Presse (AFP)") do not end the subject.
    if (m[0] === '(' || m[0] === ')') continue;
    cut = m.index + m[0].length;
  }
  return { words: before.slice(cut), start: cut };
}

/** Quoted stretches of a sentence: speech verbs inside quotes belong to the quote, not to the attribution. */
function quotedRanges(text: string): Span[] {
  const out: Span[] = [];
  const re = /“[^”]*”?|"[^"]*"?/g;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) out.push({ start: m.index, end: m.index + m[0].length });
  return out;
}

function inQuote(quotes: readonly Span[], at: number): boolean {
  return quotes.some((q) => at > q.start && at < q.end);
}

function addFound(found: Found[], link: AttributionLink | null, rank: number, at: number, pronoun = false): void {
  if (link) found.push({ link, rank, at, pronoun });
}

// Every pattern that can yield a link, as one case-insensitive test: it matches wherever one of them does (SPEECH,
// the only case-sensitive one, matches a subset of what its case-insensitive form does).
const ANY_CUE = new RegExp([SPEECH, ACCORDING, CITING, VIA].map((re) => `(?:${re.source})`).join('|'), 'i');

/** The sources a piece of text names, outermost first (without the outlet). `base` is its document offset. */
export function findAttribution(ctx: AttributionContext, text: string, base: number): { links: AttributionLink[]; pronoun: boolean } {
  // Most sentences name no source: one scan for any of the four cues spares them the four scans below.
  if (!ANY_CUE.test(text)) return { links: [], pronoun: false };
  // Quotes matter only around a speech verb, which most sentences lack.
  let quotes: Span[] | null = null;
  const found: Found[] = [];
  const clauseEnd = Math.max(text.lastIndexOf(','), text.lastIndexOf('”'));
  let speakers = 0;
  const speakerAts: number[] = [];
  SPEECH.lastIndex = 0;
  for (let m = SPEECH.exec(text); m !== null; m = SPEECH.exec(text)) {
    quotes ??= quotedRanges(text);
    if (inQuote(quotes, m.index) || PASSIVE_BEFORE.test(text.slice(0, m.index)) || PASSIVE_AFTER.test(text.slice(m.index + m[0].length))) continue;
    if (m[0] === 'claimed' && CLAIMED_LIVES.test(text.slice(m.index + 7, m.index + 60))) continue;
    const subject = subjectBefore(text, m.index);
    const words = subject.words.trim();
    const pronoun = PRONOUN.test(words);
    if (pronoun) {
      addFound(found, { name: words, kind: 'other', span: null }, 3, m.index, true);
      speakers++;
      speakerAts.push(m.index);
    } else {
      const link = makeLink(ctx, subject.words, base + subject.start);
      if (!link) continue;
      speakers++;
      speakerAts.push(m.index);
      // A present-tense reporter closing the sentence ("…, Newsweek reports") relays everything before it.
      addFound(found, link, m.index > clauseEnd && /s$/.test(m[0]) ? 0 : 3, m.index);
    }
    if (/^(?:told|tells)$/i.test(m[0])) {
      const obj = objectAfter(text, m.index + m[0].length + 1);
      addFound(found, makeLink(ctx, obj.words, base + obj.start), 2, m.index);
    }
  }
  ACCORDING.lastIndex = 0;
  for (let m = ACCORDING.exec(text); m !== null; m = ACCORDING.exec(text)) {
    const obj = objectAfter(text, m.index + m[0].length);
    addFound(found, makeLink(ctx, obj.words, base + obj.start), speakers > 0 ? 1 : 3, m.index);
  }
  VIA.lastIndex = 0;
  for (let m = VIA.exec(text); m !== null; m = VIA.exec(text)) {
    const obj = objectAfter(text, m.index + m[0].length);
    addFound(found, makeLink(ctx, obj.words, base + obj.start), 1, m.index);
  }
  CITING.lastIndex = 0;
  for (let m = CITING.exec(text); m !== null; m = CITING.exec(text)) {
    const obj = objectAfter(text, m.index + m[0].length);
    const target = makeLink(ctx, obj.words, base + obj.start);
    const hasCiter = speakerAts.some((at) => at < m.index) || speakerAts.length > 0;
    if (!hasCiter) {
      // "with TASS news agency citing witnesses": the citer stands right before "citing".
      const subject = subjectBefore(text, m.index);
      addFound(found, makeLink(ctx, subject.words, base + subject.start), 3, m.index - 1);
    }
    addFound(found, target, 4, m.index);
  }
  found.sort((a, b) => a.rank - b.rank || a.at - b.at);
  const links: AttributionLink[] = [];
  for (const f of found) {
    const last = links.at(-1);
    if (last && sameSource(last.name, f.link.name)) continue;
    links.push(f.link);
  }
  return { links, pronoun: found.some((f) => f.pronoun) };
}

// Helpers of the hot attribution path live at module level, not as closures: the bench and tests run through
// esbuild's keepNames, which wraps every named closure in a defineProperty call each time it is created.
/** A source's name reduced to lower-case letters and digits: two names for one source compare equal. */
export function sourceKey(name: string): string {
  return name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

export function sameSource(a: string, b: string): boolean {
  return sourceKey(a) === sourceKey(b);
}

export type { Mention };
