import type { Span, TermMention } from '../claim';
import type { Lexicon } from '../lexicon/schema';
import { indexLexicon } from './lexicon-index';
import { type Mention, mentionsIn } from './term-matcher';
import { winnerBefore } from './winner';

export interface SentenceMentions {
  metrics: readonly Mention[];
  subjects: readonly Mention[];
  places: readonly Mention[];
}

export interface FrameInput {
  text: string;
  sentence: Span;
  figure: Span;
  /** The previous and next figures of the sentence, which bound the search windows. */
  previousEnd: number;
  nextStart: number;
  unit: string;
  kind: string;
  /** Subject of the previous figure, for "of these", "two of whom". */
  previousSubject: TermMention | null;
  /** Metric of the previous figure, for "among them 19 police" after a toll. */
  previousMetric?: TermMention | null;
  /** Spans naming sources: a place inside "Almaty Police Department" is not where the figure happened. */
  sourceSpans: readonly Span[];
  mainCountry: TermMention | null;
}

// Commas, semicolons, colons, dashes and relative pronouns end the clause a figure's words belong to.
const CLAUSE_BREAK = /[,;:—–(]|\s(?:who|which|while|whereas|but|as)\s/g;
// ", including seven children", "up from 16": the figure counts what the figure before it counts.
const INCLUDING = /\b(?:including|among them|among whom|up from|down from)\s+$/i;
const ANAPHORA = /\b(?:of these|of them|of whom|among them|of which)\b/i;
const RECOUNT = /\b(?:the|its|their|an|a) (?:(?:earlier|previous|initial|first|new|overall|official|latest|final|national|total|provisional|preliminary|revised|lower|higher) )?(?:number|toll|figure|count|tally|estimate)\b/i;
const NATIONWIDE = /\b(?:nationwide|across the country|throughout the country|in different regions|across the nation|countrywide)\b/i;
const ECONOMIC = new Set(['price', 'income', 'damage']);
// A reading on a scale ("a magnitude 7.1 quake", "40 degrees", "winds of 120 mph") measures the event; it is no tally
// of the dead or the displaced the sentence also names.
export const SCALE_READINGS: ReadonlySet<string> = new Set(['magnitude', '°', '°C', '°F', 'mph']);
// "The cyclone claimed 23 lives", "cost 40 more lives": a toll, though "lives" alone is no metric word ("saved lives").
const LIVES_TAKEN = /\b(?:claimed|claiming|cost|costing|took|taken|taking)\s+(?:the\s+)?$/i;
const LIVES_AFTER = /^\s+(?:more\s+|other\s+|innocent\s+|civilian\s+)?lives\b/i;
const GROUP_OF = /\b(?:group|groups|crowd|crowds|gathering|rally|column)s? of\s*$/i;
// "212 of the 400 seats", "30 of the 45 passengers were killed": the part counts what the words after the whole name.
const OF_WHOLE = /^\s+of\s+(?:the\s+|its\s+|their\s+)?$/i;
// "By evening it had risen to 19": a pronoun or a bare tally noun with a change verb is the tally named before.
const TALLY_ANAPHORA = /\b(?:it|this|that|the (?:\w+ )?(?:figure|number|tally|total|count))\s+(?:\w+\s+){0,2}(?:risen|rose|climbed|increased|jumped|grown|grew|reached|fallen|fell|dropped|declined|stood|stands|revised|soared|surged)\s+(?:to|at)\s*$/i;
// ... and the figure stands alone: "it had risen to 4,000 customers" counts something else.
const BARE_END = /^(?:\s*(?:[.,;:)]|$)|\s+(?:on|by|in|at|after|as|from|over|overnight|since|and|a|the|late|early|last)\b)/;
// "Seats" is a tally won only in a sentence about a vote; a hall's or a plane's seats are not.
const ELECTORAL = /\b(?:won|wins?|winning|secured?|securing|took|taking|gain(?:ed|ing|s)?|captur(?:ed|ing|es)|lost|losing|retain(?:ed|s)?|holds?|held|kept|elections?|electoral|vot(?:e|ed|es|ing)|polls?|parliament\w*|assembly|senate|legislature|congress|majority|party|parties|coalition|alliance|bloc|opposition|ruling|governing)\b/i;
// A metric whose figure belongs to whoever won it: the party or candidate is its subject.
const WON_BY = new Set(['seats_won', 'votes_won']);
// "lost 12 seats", "gained 30 seats": a change in seats, not the seats a party holds.
const SEAT_CHANGE = /\b(?:lost|loses|losing|gained|gains|gaining|picked up|dropped|shed)\s+(?:\p{L}+\s+){0,2}$/iu;

// ", including six children," is an aside: its commas do not end the clause around it.
const APPOSITION = /,\s*(?:including|among them|among whom)\s[^,;]*,/g;

function clauseBounds(text: string, sentence: Span, at: number): Span {
  let start = sentence.start;
  let end = sentence.end;
  const slice = text.slice(sentence.start, sentence.end);
  const asides: Span[] = [];
  APPOSITION.lastIndex = 0;
  for (let m = APPOSITION.exec(slice); m !== null; m = APPOSITION.exec(slice)) asides.push({ start: m.index, end: m.index + m[0].length });
  CLAUSE_BREAK.lastIndex = 0;
  for (let m = CLAUSE_BREAK.exec(slice); m !== null; m = CLAUSE_BREAK.exec(slice)) {
    if (asides.some((a) => m.index === a.start || m.index === a.end - 1)) continue;
    const pos = sentence.start + m.index;
    if (pos < at) start = pos + m[0].length;
    else {
      end = pos;
      break;
    }
  }
  return { start, end };
}

const toTerm = (m: Mention | undefined): TermMention | null => (m ? { id: m.id, words: m.words } : null);

// Helpers of frameFigure at module level, not closures: esbuild's keepNames (bench, tests, CLI under tsx) wraps every
// named closure in a defineProperty call each time it is created, once per figure.

/** A count of people is not a price: economic metrics only frame money and percentages. Nor is a sum of money a
 * tally of the dead ("$4,100 to the family of each worker killed"): money takes only economic metrics. */
function fits(m: Mention, kind: string): boolean {
  return kind === 'money' ? ECONOMIC.has(m.id) : kind !== 'count' || !ECONOMIC.has(m.id);
}

/** The first fitting metric mention inside [start, end). */
function firstFitting(mentions: readonly Mention[], start: number, end: number, kind: string): Mention | undefined {
  for (const m of mentionsIn(mentions, start, end)) if (fits(m, kind)) return m;
  return undefined;
}

/** The last fitting metric mention inside [start, end). */
function lastFitting(mentions: readonly Mention[], start: number, end: number, kind: string): Mention | undefined {
  const inside = mentionsIn(mentions, start, end);
  for (let k = inside.length - 1; k >= 0; k--) {
    const m = inside[k];
    if (m && fits(m, kind)) return m;
  }
  return undefined;
}

/** The first mention inside [start, end) that is not a shorter part of the metric's words. */
function firstOutside(mentions: readonly Mention[], start: number, end: number, metricAt: Mention | undefined): Mention | undefined {
  for (const m of mentionsIn(mentions, start, end)) {
    const inside = metricAt !== undefined && m.start >= metricAt.start && m.end <= metricAt.end && m.end - m.start < metricAt.end - metricAt.start;
    if (!inside) return m;
  }
  return undefined;
}

// A dateline ("KABUL, March 9 (Reuters) -", "Nairobi, 6 May 2025 —") says where the story was filed, not where a figure happened.
const DATELINE_AFTER = /^(?:,[^\n—–(]{0,40})?\s*(?:\(|—|–|-\s|\.\s*\/)/;

function isDateline(text: string, m: Mention): boolean {
  const lineStart = text.lastIndexOf('\n', m.start - 1) + 1;
  return text.slice(lineStart, m.start).trim() === '' && DATELINE_AFTER.test(text.slice(m.end, m.end + 60));
}

// "16 police, National Guard and army servicemen had been killed": a list of groups after the figure belongs to its clause.
function endOfSubjectList(text: string, sentence: Span, end: number, subjects: readonly Mention[]): number {
  let at = end;
  while (at < sentence.end && text[at] === ',') {
    const next = text.slice(at + 1, at + 8).search(/\S/);
    const start = at + 1 + Math.max(0, next);
    if (!subjects.some((m) => m.start === start)) break;
    const following = clauseBounds(text, sentence, start + 1).end;
    if (following <= at) break;
    at = following;
  }
  return at;
}

export interface FrameResult {
  metric: TermMention | null;
  subject: TermMention | null;
  place: TermMention | null;
}

/** Finds what a figure counts (metric), of whom (subject) and where (place), from the words around it. */
export function frameFigure(lexicon: Lexicon, input: FrameInput, mentions: SentenceMentions): FrameResult {
  const { text, sentence, figure } = input;
  const clause = clauseBounds(text, sentence, figure.start);
  const clauseAfter = clauseBounds(text, sentence, figure.end);
  const partOf = input.nextStart < sentence.end && OF_WHOLE.test(text.slice(figure.end, input.nextStart));
  const forwardEnd = partOf ? Math.min(clauseBounds(text, sentence, input.nextStart).end, sentence.end) : Math.min(input.nextStart, clauseAfter.end, sentence.end);
  const backwardStart = Math.max(input.previousEnd, clause.start);
  let metric: TermMention | null = null;
  let metricAt: Mention | undefined;
  let subject: TermMention | null = null;
  let fromSentence = false;
  if (input.unit === 'km' || input.unit === 'mi' || input.unit === 'm') metric = { id: 'distance', words: input.unit };
  const kind = input.kind;
  // "killed 3 villagers and wounded 10": a verb right before the figure is what it counts.
  const adjacent = lastFitting(mentions.metrics, Math.max(backwardStart, figure.start - 30), figure.start, kind);
  // ", including seven children,": a part of the figure before counts what that figure counts.
  if (input.previousMetric && INCLUDING.test(text.slice(Math.max(backwardStart - 1, figure.start - 24), figure.start))) metric = input.previousMetric;
  // The first of these that exists names the metric (unless "including" already did).
  if (!metric && adjacent && /^[\s“"‘]*$/.test(text.slice(adjacent.end, figure.start))) metricAt = adjacent;
  if (!metric && !metricAt) metricAt = firstFitting(mentions.metrics, figure.end, forwardEnd, kind);
  const noMetricYet = !metric && !metricAt;
  if (!metric && !metricAt) metricAt = lastFitting(mentions.metrics, backwardStart, figure.start, kind);
  const fromBefore = noMetricYet && metricAt != null;
  if (!metric && !metricAt && forwardEnd === clauseAfter.end && input.nextStart >= clauseAfter.end) {
    const listEnd = Math.min(input.nextStart, endOfSubjectList(text, sentence, clauseAfter.end, mentions.subjects));
    metricAt = firstFitting(mentions.metrics, figure.end, listEnd, kind);
  }
  if (metricAt) metric = toTerm(metricAt);
  // "Three police officers and a civilian were killed": coordinated figures share the verb after the last one.
  if (!metric && /\band\b/.test(text.slice(figure.end, input.nextStart))) metric = toTerm(firstFitting(mentions.metrics, figure.end, Math.min(clauseAfter.end, sentence.end), kind));
  if (!metric && RECOUNT.test(text.slice(clause.start, clauseAfter.end))) {
    metric = toTerm(lastFitting(mentions.metrics, sentence.start, figure.start, kind));
    fromSentence = metric !== null;
  }
  // The counted noun follows the figure closely ("dozens of attackers", "3,000 Russian soldiers"), but "homes" in
  // "forced 131,000 from their homes" is part of the metric's words, not who was counted.
  subject = kind === 'count' ? toTerm(firstOutside(mentions.subjects, figure.start, Math.min(forwardEnd, figure.end + 40), metricAt)) : null;
  const anaphora = input.kind === 'count' && ANAPHORA.test(text.slice(Math.max(sentence.start, figure.start - 40), figure.end + 12));
  if (!subject && anaphora) subject = input.previousSubject;
  // "The toll stands at 227, among them 19 police": a part of the previous figure counts the same thing.
  if (!metric && anaphora && input.previousMetric) metric = input.previousMetric;
  if (!subject && fromSentence) subject = toTerm(mentionsIn(mentions.subjects, sentence.start, figure.start).at(-1));
  if (!metric && input.kind === 'count') {
    const before = text.slice(Math.max(sentence.start, figure.start - 24), figure.start);
    if (subject?.id === 'protesters' || GROUP_OF.test(before)) metric = { id: 'participants', words: subject?.words ?? before.trim() };
    else if (subject && isDeployable(lexicon, subject.id) && mentionsIn(mentions.metrics, sentence.start, sentence.end).some((m) => m.id === 'troops_deployed')) {
      // Soldiers counted in a sentence about deployment ("the troops engaged: 3,000 Russian soldiers") were deployed.
      metric = { id: 'troops_deployed', words: subject.words };
    }
  }
  if (!metric && input.kind === 'count' && LIVES_AFTER.test(text.slice(figure.end, figure.end + 24)) && LIVES_TAKEN.test(text.slice(backwardStart, figure.start))) metric = { id: 'deaths', words: 'lives' };
  if (!metric && input.kind === 'count' && TALLY_ANAPHORA.test(text.slice(backwardStart, figure.start)) && BARE_END.test(text.slice(figure.end, figure.end + 12))) {
    metric = input.previousMetric ?? null;
    subject ??= input.previousSubject;
  }
  // "30 of the 45 passengers were killed": the whole is not what the verb after it tells of the part; only a noun
  // right after it says what it counts ("of the 1,200 detainees", "of the 400 seats").
  if (metricAt && input.previousEnd > sentence.start && OF_WHOLE.test(text.slice(input.previousEnd, figure.start)) && !/^\s+(?:[\p{L}-]+\s+)?$/u.test(text.slice(figure.end, metricAt.start))) metric = null;
  // "Rescuers pulled 11 survivors from a collapsed hotel", "5,000 head of cattle were swept away", "burned 12,000
  // hectares and destroyed 300 buildings": people, animals and areas are not the buildings that collapsed.
  if (metric?.id === 'buildings_damaged' && (input.kind === 'measure' || (subject && !isWithin(lexicon, subject.id, BUILT)))) metric = null;
  // "cholera cases have been reported in three counties": a count of places takes no tally named before it.
  if (fromBefore && subject && isWithin(lexicon, subject.id, AREAS)) metric = null;
  if (metric?.id === 'seats_won') {
    const whole = input.previousEnd > sentence.start && OF_WHOLE.test(text.slice(input.previousEnd, figure.start));
    if (!ELECTORAL.test(text.slice(sentence.start, sentence.end)) || SEAT_CHANGE.test(text.slice(clause.start, figure.start))) metric = null;
    else if (whole) metric = { id: 'seats_total', words: metric.words };
    else subject ??= winnerBefore(text, sentence, clause.start, figure.start);
  } else if (metric && WON_BY.has(metric.id)) subject ??= winnerBefore(text, sentence, clause.start, figure.start);
  const inSource = (m: Mention) => input.sourceSpans.some((s) => m.start >= s.start && m.end <= s.end);
  const places = mentionsIn(mentions.places, sentence.start, sentence.end).filter((m) => !inSource(m) && !isDateline(text, m));
  let place: TermMention | null = null;
  let best = Number.POSITIVE_INFINITY;
  for (const m of places) {
    // A world region named in passing ("the most stable state in Central Asia") yields to a country or city.
    const weight = indexLexicon(lexicon).placeKind.get(m.id) === 'region' ? 4 : 1;
    const distance = (m.start >= figure.end ? m.start - figure.end : (figure.start - m.end) * 1.5) * weight;
    if (distance < best) {
      best = distance;
      place = toTerm(m);
    }
  }
  if (!place && NATIONWIDE.test(text.slice(sentence.start, sentence.end))) place = input.mainCountry;
  return { metric: SCALE_READINGS.has(input.unit) ? null : metric, subject, place };
}

const BUILT: ReadonlySet<string> = new Set(['buildings', 'settlements', 'households']);
const AREAS: ReadonlySet<string> = new Set(['settlements']);

function isWithin(lexicon: Lexicon, subjectId: string, ids: ReadonlySet<string>): boolean {
  const broader = indexLexicon(lexicon).subjectBroader;
  const queue = [subjectId];
  for (let k = 0; k < queue.length && k < 16; k++) {
    const id = queue[k] ?? '';
    if (ids.has(id)) return true;
    queue.push(...(broader.get(id) ?? []));
  }
  return false;
}

function isDeployable(lexicon: Lexicon, subjectId: string): boolean {
  const deployable = new Set(['military', 'equipment']);
  return deployable.has(subjectId) || (indexLexicon(lexicon).subjectBroader.get(subjectId) ?? []).some((b) => deployable.has(b));
}
