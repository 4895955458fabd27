import type { RelationKind } from '../vocabulary';
import { RELATION_KINDS } from '../vocabulary';
import type { DisputeRelation } from './dispute';
import { capped, formatDate, formatFigure, formatList, formatWho } from './format';
import type { Member } from './member';
import { isCumulative } from './metric-class';
import { compareValues } from './compare-values';
import { Findings } from './findings';
import { consensusOf, scopedValuesOf, type ScopedValue, whoOf, widened as wide } from './scoped-value';
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
  const conflicts = new Findings(MAX_CITED);
  const revisions = new Findings(MAX_CITED);
  const scoped = new Set<ScopedValue>();
  compareValues(values, taxonomy, cumulative, conflicts, scoped, { cite, scopeOf });
  compareRevisions(members, cumulative, revisions, conflicts);
  // Each value whose scope differs is cited once, those outside the consensus first, after any naming difference.
  const consensus = consensusOf(values);
  const inConsensus = new Set(consensus);
  const differing = values.filter((v) => scoped.has(v));
  differing.sort((a, b) => Number(inConsensus.has(a)) - Number(inConsensus.has(b)));
  const scopes = [
    ...namedDifferently(members, taxonomy),
    ...differing.slice(0, MAX_CITED + 1).map((v) => `${cite(v)} counts ${scopeOf(v)}`),
  ];

  const found = new Map<RelationKind, string>();
  if (conflicts.count > 0) found.set('conflict', `${capitalise(formatList(conflicts.phrases()))}.`);
  if (revisions.count > 0) found.set('revision', `${capitalise(formatList(revisions.phrases()))}.`);
  if (scopes.length > 0) {
    found.set(
      'scope',
      `Scopes differ, confirm them before comparing: ${capped(scopes, MAX_CITED).join('; ')}.`,
    );
  }
  if (consensus.length > 1 || (consensus[0]?.members.length ?? 0) > 1) {
    const cited = [...consensus.slice(0, MAX_CITED + 1).map(cite)];
    if (consensus.length > MAX_CITED + 1) cited.push(`${consensus.length - MAX_CITED - 1} more`);
    found.set('consistent', `${capitalise(formatList(cited))} agree.`);
  }
  if (independentSourceCount === 1) found.set('single_source', singleSourceReason(members));
  const relations: DisputeRelation[] = [];
  for (const kind of RELATION_KINDS) {
    const reason = found.get(kind);
    if (reason !== undefined) relations.push({ kind, reason });
  }
  return relations;
}

// A source's figures in date order, and a report's earlier figure ("had earlier put the toll at 31") before its
// current one: rising is an update, falling (for a cumulative count) needs review.
function compareRevisions(
  members: readonly Member[],
  cumulative: boolean,
  revisions: Findings,
  conflicts: Findings,
): void {
  // Per source and (for documents quoting an earlier figure) per document, in first-seen order of either; keyed by
  // the interned source key and the document id, so no key string is built per member.
  const lists: Array<{ inDocument: boolean; members: Member[] }> = [];
  const bySource = new Map<string, Member[]>();
  let byDocument: Map<string, Member[]> | undefined;
  let withEarlier: Set<string> | undefined;
  for (const m of members) if (m.earlier) (withEarlier ??= new Set()).add(m.documentId);
  for (const m of members) {
    if (m.day === null) continue;
    const list = bySource.get(m.sourceKey);
    if (list) list.push(m);
    else {
      const created = [m];
      bySource.set(m.sourceKey, created);
      lists.push({ inDocument: false, members: created });
    }
    if (withEarlier?.has(m.documentId)) {
      byDocument ??= new Map();
      const inDocument = byDocument.get(m.documentId);
      if (inDocument) inDocument.push(m);
      else {
        const created = [m];
        byDocument.set(m.documentId, created);
        lists.push({ inDocument: true, members: created });
      }
    }
  }
  const cited = new Set<string>();
  for (const { inDocument, members: list } of lists) {
    if (list.length < 2) continue;
    list.sort(byRevisionOrder);
    let previous = list[0];
    for (let i = 1; i < list.length; i++) {
      const m = list[i];
      if (!previous || !m) break;
      const changed = inDocument ? previous.earlier && !m.earlier : m.day !== previous.day;
      // A pair can come up twice only in a source's list and a document's list; without those, no key is needed.
      const pair = changed && byDocument ? `${previous.id}>${m.id}` : '';
      if (changed && !cited.has(pair) && !sameFigure(previous, m)) {
        if (byDocument) cited.add(pair);
        const who = m.sourceName;
        const [before, after] = [previous, m];
        const from = () =>
          `${formatFigure(before.text)} ${before.earlier ? 'earlier, before' : 'on'} ${formatDate(before.earlier ? after.date : before.date)}`;
        const to = () => `${formatFigure(after.text)} on ${formatDate(after.date)}`;
        if (cumulative && wide(m)[1] < wide(previous)[0]) {
          revisions.add(() => `${who} lowered its figure from ${from()} to ${to()}`);
          conflicts.add(
            () => `${who} lowered a cumulative count from ${from()} to ${to()}, which needs review`,
          );
        } else {
          revisions.add(() => `${who} updated its figure from ${from()} to ${to()}`);
        }
      }
      previous = m;
    }
  }
}

function byRevisionOrder(a: Member, b: Member): number {
  return (a.day ?? 0) - (b.day ?? 0) || Number(b.earlier) - Number(a.earlier);
}

// The same subject named in different words ("attackers", "armed criminals") may or may not be the same people.
function namedDifferently(members: readonly Member[], taxonomy: Taxonomy): string[] {
  // Per subject its one wording, or the set of them once a second appears: most subjects have one.
  const words = new Map<string, string | Set<string>>();
  for (const m of members) {
    if (m.subject === null || m.subjectWords === null || taxonomy.isGeneralSubject(m.subject)) continue;
    const stem = stemOf(m.subjectWords);
    const seen = words.get(m.subject);
    if (seen === undefined) words.set(m.subject, stem);
    else if (typeof seen !== 'string') seen.add(stem);
    else if (seen !== stem) words.set(m.subject, new Set([seen, stem]));
  }
  const phrases: string[] = [];
  for (const m of members) {
    const set = m.subject === null ? undefined : words.get(m.subject);
    if (set === undefined || typeof set === 'string' || m.subject === null) continue;
    const named = [
      ...new Set(members.filter((o) => o.subject === m.subject).map((o) => `"${o.subjectWords ?? ''}"`)),
    ];
    phrases.push(`the same group (${m.subject.replace(/_/g, ' ')}) is named ${formatList(named)}`);
    words.delete(m.subject);
  }
  return phrases;
}

// Wordings repeat across a case's claims: each is stemmed once.
const stems = new Map<string, string>();

function stemOf(words: string): string {
  let stem = stems.get(words);
  if (stem === undefined) {
    stem = words.replace(/s\b/g, '');
    if (stems.size < 100_000) stems.set(words, stem);
  }
  return stem;
}

function singleSourceReason(members: readonly Member[]): string {
  const first = members[0];
  if (!first) return '';
  if (members.length === 1) {
    return `Only ${formatWho(first.sourceName, first.relays)} gives this figure (${formatFigure(first.text)}).`;
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

function cite(value: ScopedValue): string {
  return `${formatFigure(value.text)} (${whoOf(value)})`;
}

function scopeOf(value: ScopedValue): string {
  const who = value.subjectWords ?? value.subject ?? 'people';
  return `${who} in ${value.placeName ?? 'the whole area'} as of ${formatDate(value.date)}`;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
