import type { Interval } from '../claim';
import type { ComputedDispute, DisputeValue, IndependentSource, ValueSummary } from './dispute';
import { formatFigure } from './format';
import type { Member } from './member';
import { computeRelations } from './relations';
import { severityOf } from './severity';
import type { ScopeRelation, Taxonomy } from './taxonomy';

/** Builds one dispute from the members of one proposition. */
export function buildDispute(key: string, members: Member[], taxonomy: Taxonomy): ComputedDispute {
  const first = members[0];
  if (!first) throw new Error('a dispute needs at least one claim');
  const independentSources = independenceOf(members);
  const relations = computeRelations(members, taxonomy, independentSources.length);
  let from: string | null = null;
  let to: string | null = null;
  for (const m of members) {
    if (m.date === null) continue;
    if (from === null || m.date < from) from = m.date;
    if (to === null || m.date > to) to = m.date;
  }
  return {
    key,
    bucket: first.bucket,
    metric: first.metric,
    unit: first.unit,
    subject: broadest(members, subjectOf, (a, b) => taxonomy.relateSubjects(a, b)),
    place: broadest(members, placeOf, (a, b) => taxonomy.relatePlaces(a, b)),
    asOfRange: { from, to },
    relations,
    severity: severityOf(first.metric, first.category, relations, independentSources.length, members),
    claimIds: members.map((m) => m.id),
    independentSources,
    valueSummary: summarise(members),
  };
}

/** One entry per original source: ten outlets relaying one ministry's figure are one source. */
export function independenceOf(members: readonly Member[]): IndependentSource[] {
  // A source has a handful of relays, so arrays with `includes` beat a Set per source (and the copy a Set needs).
  // Arrays start as literals of their first items: most hold one, and an array grown from empty by `push` reserves
  // seventeen slots, which every dispute kept in memory would carry.
  const bySource = new Map<string, IndependentSource>();
  const sources: IndependentSource[] = [];
  for (const m of members) {
    let source = bySource.get(m.sourceKey);
    if (!source) {
      source = { source: m.sourceName, kind: m.sourceKind, claimIds: [m.id], relayedBy: [] };
      bySource.set(m.sourceKey, source);
      sources.push(source);
    } else source.claimIds.push(m.id);
    for (const relay of m.relays) {
      if (relay === m.sourceName || source.relayedBy.includes(relay)) continue;
      if (source.relayedBy.length === 0) source.relayedBy = [relay];
      else source.relayedBy.push(relay);
    }
  }
  return sources;
}

function summarise(members: readonly Member[]): ValueSummary {
  // Texts and sources per value are one or two: arrays with `includes` keep first-seen order without a Set each.
  // Values are keyed by their low bound, and by both bounds only when two share a low bound.
  const byLow = new Map<number, DisputeValue>();
  let byInterval: Map<string, DisputeValue> | undefined;
  const values: DisputeValue[] = [];
  let low = Number.POSITIVE_INFINITY;
  let high = Number.NEGATIVE_INFINITY;
  for (const m of members) {
    if (m.low < low) low = m.low;
    if (m.high > high) high = m.high;
    let value = byLow.get(m.low);
    let key: string | undefined;
    if (value !== undefined && (value.interval.high ?? Number.POSITIVE_INFINITY) !== m.high) {
      key = `${m.low}|${m.high}`;
      value = byInterval?.get(key);
    }
    if (!value) {
      // Literals of the first items, as in `independenceOf`.
      value = { interval: toInterval(m.low, m.high), texts: [m.text], sources: [m.sourceName], claimIds: [m.id] };
      if (key === undefined) byLow.set(m.low, value);
      else (byInterval ??= new Map()).set(key, value);
      values.push(value);
      continue;
    }
    if (!value.texts.includes(m.text)) value.texts.push(m.text);
    if (!value.sources.includes(m.sourceName)) value.sources.push(m.sourceName);
    value.claimIds.push(m.id);
  }
  values.sort((a, b) => (a.interval.low ?? -Infinity) - (b.interval.low ?? -Infinity));
  const text = values
    .slice(0, 6)
    .map(
      (v) =>
        `${formatFigure(v.texts[0] ?? '')} (${v.sources.slice(0, 2).join(', ')}${v.sources.length > 2 ? ' …' : ''})`,
    )
    .join(' · ');
  return { text: values.length > 6 ? `${text} · …` : text, envelope: toInterval(low, high), values };
}

function toInterval(low: number, high: number): Interval {
  return { low: Number.isFinite(low) ? low : null, high: Number.isFinite(high) ? high : null };
}

const subjectOf = (m: Member) => m.subject;
const placeOf = (m: Member) => m.place;

// The distinct ids in first-seen order, each compared with the broadest so far; none named anywhere wins.
function broadest(
  members: readonly Member[],
  idOf: (m: Member) => string | null,
  relate: (a: string | null, b: string | null) => ScopeRelation,
): string | null {
  const first = members[0] === undefined ? null : idOf(members[0]);
  let distinct: Array<string | null> | undefined;
  for (const m of members) {
    const id = idOf(m);
    if (id === null) return null;
    if (id !== first && !distinct?.includes(id)) (distinct ??= []).push(id);
  }
  let best = first;
  for (const id of distinct ?? []) if (relate(best, id) === 'a-narrower') best = id;
  return best;
}
