import type { RelationKind } from '../vocabulary';
import { RELATION_KINDS } from '../vocabulary';
import type { DisputeRelation } from './dispute';
import { capped, formatDate, formatFigure, formatList, formatWho } from './format';
import type { Member } from './member';
import { isCumulative } from './metric-class';
import { consensusOf, scopedValuesOf, type ScopedValue, widened as wide } from './scoped-value';
import type { Taxonomy } from './taxonomy';

const MAX_CITED = 4;

/** The relations of one dispute's members, each with a one-sentence reason citing values and sources. */
export function computeRelations(
  members: readonly Member[],
  taxonomy: Taxonomy,
  independentSourceCount: number,
): DisputeRelation[] {
  const first = members[0];
  if (!first) return [];
  const cumulative = isCumulative(first.metric, first.category);
  const values = scopedValuesOf(members);
  const conflicts: string[] = [];
  const scoped = new Set<ScopedValue>();
  const revisions: string[] = [];
  for (let i = 0; i < values.length; i++) {
    const a = values[i];
    for (let j = i + 1; j < values.length; j++) {
      const b = values[j];
      if (!a || !b) continue;
      const [early, late] = (a.day ?? 0) <= (b.day ?? 0) ? [a, b] : [b, a];
      comparePair(early, late, taxonomy, cumulative, conflicts, scoped);
    }
  }
  compareRevisions(members, cumulative, revisions, conflicts);
  // Each value whose scope differs is cited once, those outside the consensus first, after any naming difference.
  const consensus = consensusOf(values);
  const inConsensus = new Set(consensus);
  const differing = values.filter((v) => scoped.has(v));
  differing.sort((a, b) => Number(inConsensus.has(a)) - Number(inConsensus.has(b)));
  const scopes = [
    ...namedDifferently(members, taxonomy),
    ...differing.map((v) => `${cite(v)} counts ${scopeOf(v)}`),
  ];

  const found = new Map<RelationKind, string>();
  if (conflicts.length > 0) {
    found.set('conflict', `${capitalise(formatList(capped(conflicts, MAX_CITED)))}.`);
  }
  if (revisions.length > 0) found.set('revision', `${capitalise(formatList(capped(revisions, MAX_CITED)))}.`);
  if (scopes.length > 0) {
    found.set(
      'scope',
      `Scopes differ, confirm them before comparing: ${capped(scopes, MAX_CITED).join('; ')}.`,
    );
  }
  if (consensus.length > 1 || (consensus[0]?.members.length ?? 0) > 1) {
    const cited = capped(consensus.map(cite), MAX_CITED + 1);
    found.set('consistent', `${capitalise(formatList(cited))} agree.`);
  }
  if (independentSourceCount === 1) found.set('single_source', singleSourceReason(members));
  return RELATION_KINDS.flatMap((kind) => {
    const reason = found.get(kind);
    return reason === undefined ? [] : [{ kind, reason }];
  });
}

function comparePair(
  early: ScopedValue,
  late: ScopedValue,
  taxonomy: Taxonomy,
  cumulative: boolean,
  conflicts: string[],
  scoped: Set<ScopedValue>,
): void {
  const subject = taxonomy.relateSubjects(early.subject, late.subject);
  const place = taxonomy.relatePlaces(early.place, late.place);
  const overlap = early.wideLow <= late.wideHigh && late.wideLow <= early.wideHigh;
  const sameDay = early.day === null || late.day === null || early.day === late.day;
  if (subject !== 'same' || place !== 'same') {
    const narrower = narrowerSide(subject, place);
    if (narrower !== null && sameDay && !overlap) {
      const [small, whole] = narrower === 'a' ? [early, late] : [late, early];
      if (small.wideLow > whole.wideHigh) {
        conflicts.push(`${cite(small)} for ${scopeOf(small)} exceeds ${cite(whole)} for ${scopeOf(whole)}`);
        return;
      }
    }
    scoped.add(early).add(late);
    return;
  }
  if (overlap) return;
  if (sameDay) {
    conflicts.push(`${cite(early)} cannot hold with ${cite(late)} for ${scopeOf(late)}`);
    return;
  }
  // One source's own figures over time are revisions, handled per source.
  if (early.sourceKeys.size === 1 && late.sourceKeys.size === 1 && sameSources(early, late)) return;
  if (cumulative && late.wideHigh < early.wideLow) {
    conflicts.push(
      `${cite(late)} on ${formatDate(late.date)} is below ${cite(early)} on ${formatDate(early.date)}, but a cumulative count cannot fall`,
    );
    return;
  }
  scoped.add(early).add(late);
}

// A source's figures in date order: rising is an update, falling (for a cumulative count) needs review.
function compareRevisions(
  members: readonly Member[],
  cumulative: boolean,
  revisions: string[],
  conflicts: string[],
): void {
  const bySource = new Map<string, Member[]>();
  for (const m of members) {
    if (m.day === null) continue;
    const list = bySource.get(m.sourceKey);
    if (list) list.push(m);
    else bySource.set(m.sourceKey, [m]);
  }
  for (const list of bySource.values()) {
    if (list.length < 2) continue;
    list.sort((a, b) => (a.day ?? 0) - (b.day ?? 0));
    let previous = list[0];
    for (const m of list.slice(1)) {
      if (!previous) break;
      if (m.day !== previous.day && !sameFigure(previous, m)) {
        const who = m.sourceName;
        const from = `${formatFigure(previous.claim.figure?.text ?? '')} on ${formatDate(previous.date)}`;
        const to = `${formatFigure(m.claim.figure?.text ?? '')} on ${formatDate(m.date)}`;
        if (cumulative && wide(m)[1] < wide(previous)[0]) {
          revisions.push(`${who} lowered its figure from ${from} to ${to}`);
          conflicts.push(`${who} lowered a cumulative count from ${from} to ${to}, which needs review`);
        } else {
          revisions.push(`${who} updated its figure from ${from} to ${to}`);
        }
      }
      previous = m;
    }
  }
}

// The same subject named in different words ("attackers", "armed criminals") may or may not be the same people.
function namedDifferently(members: readonly Member[], taxonomy: Taxonomy): string[] {
  const words = new Map<string, Set<string>>();
  for (const m of members) {
    if (m.subject === null || m.subjectWords === null || taxonomy.isGeneralSubject(m.subject)) continue;
    const set = words.get(m.subject) ?? new Set<string>();
    set.add(m.subjectWords.replace(/s\b/g, ''));
    words.set(m.subject, set);
  }
  const phrases: string[] = [];
  for (const m of members) {
    const set = m.subject === null ? undefined : words.get(m.subject);
    if (!set || set.size < 2 || m.subject === null) continue;
    const named = [
      ...new Set(members.filter((o) => o.subject === m.subject).map((o) => `"${o.subjectWords ?? ''}"`)),
    ];
    phrases.push(`the same group (${m.subject.replace(/_/g, ' ')}) is named ${formatList(named)}`);
    words.delete(m.subject);
  }
  return phrases;
}

function singleSourceReason(members: readonly Member[]): string {
  const first = members[0];
  if (!first) return '';
  if (members.length === 1) {
    return `Only ${formatWho(first.sourceName, first.relays)} gives this figure (${formatFigure(first.claim.figure?.text ?? '')}).`;
  }
  const relays = [...new Set(members.flatMap((m) => m.relays).filter((r) => r !== first.sourceName))];
  const relayed = relays.length > 0 ? `, relayed by ${formatList(capped(relays, 4))}` : '';
  return `All ${members.length} reports trace back to one source, ${first.sourceName}${relayed}.`;
}

// Restating a vague figure ("more than 1,000", then "1000") is not a revision; only separable figures are.
function sameFigure(a: Member, b: Member): boolean {
  if (!a.vague && !b.vague) return a.low === b.low;
  const [aLow, aHigh] = wide(a);
  const [bLow, bHigh] = wide(b);
  return aLow <= bHigh && bLow <= aHigh;
}

function narrowerSide(subject: string, place: string): 'a' | 'b' | null {
  const sides = new Set([subject, place].filter((r) => r !== 'same'));
  if (sides.size !== 1) return null;
  if (sides.has('a-narrower')) return 'a';
  if (sides.has('b-narrower')) return 'b';
  return null;
}

function sameSources(a: ScopedValue, b: ScopedValue): boolean {
  for (const key of a.sourceKeys) if (!b.sourceKeys.has(key)) return false;
  return true;
}

function cite(value: ScopedValue): string {
  return `${formatFigure(value.text)} (${value.who})`;
}

function scopeOf(value: ScopedValue): string {
  const who = value.subjectWords ?? value.subject ?? 'people';
  return `${who} in ${value.placeName ?? 'the whole area'} as of ${formatDate(value.date)}`;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
