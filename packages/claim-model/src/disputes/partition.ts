import { byDay, type Member } from './member';
import { type EventPart, partitionByEvent } from './partition-events';
import type { Taxonomy } from './taxonomy';

const GENERAL = '*';

/** One proposition's members and its deterministic key. */
export interface Part {
  key: string;
  members: Member[];
}

/**
 * What an earlier split of the same bucket found per event: an event whose members are the very same (in the same
 * order, with the same country) splits the same way, so the incremental path reuses its parts instead of splitting
 * it again. Filled and replaced by `partitionBucket`; one per bucket.
 */
export type EventMemo = Map<string, { country: string | null; members: readonly Member[]; parts: Part[] }>;

/** Splits one `metric|unit` bucket into propositions: event, then subject family, then country, then time segment. */
export function partitionBucket(
  bucket: string,
  members: Member[],
  taxonomy: Taxonomy,
  window: number,
  sorted = false,
  memo?: EventMemo,
): Part[] {
  const parts: Part[] = [];
  // Sorted once here, so every part below stays in day order without sorting again.
  const ordered = sorted || isSorted(members) ? members : sortedByDay(members);
  const previous = memo ? new Map(memo) : undefined;
  memo?.clear();
  for (const event of partitionByEvent(ordered, window)) {
    const before = previous?.get(event.key);
    const eventParts =
      before && before.country === event.country && sameMembers(before.members, event.members)
        ? before.parts
        : splitEvent(bucket, event, taxonomy, window);
    memo?.set(event.key, { country: event.country, members: event.members, parts: eventParts });
    for (const part of eventParts) parts.push(part);
  }
  return parts;
}

function splitEvent(bucket: string, event: EventPart, taxonomy: Taxonomy, window: number): Part[] {
  const parts: Part[] = [];
  for (const bySubject of partitionBySubject(refineScopes(event.members, taxonomy))) {
    for (const byPlace of partitionByPlace(bySubject.members, event.country)) {
      for (const segment of segmentByTime(byPlace.members, window)) {
        parts.push({
          key: `${bucket}|${event.key}|${bySubject.key}|${byPlace.key}|${segment[0]?.date ?? GENERAL}`,
          members: segment,
        });
      }
    }
  }
  return parts;
}

function sameMembers(a: readonly Member[], b: readonly Member[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

// Exact figures from this size up rarely coincide for two different groups of one event.
const COINCIDENCE = 100;

// Regrouping a bucket again (the incremental path) reuses the refined copies instead of reallocating them.
const refinedCache = new WeakMap<Member, Member>();

// The same exact figure named for a narrower group elsewhere ("18 security officers") tells whom a bare "18" counts.
function refineScopes(members: Member[], taxonomy: Taxonomy): Member[] {
  const specific = new Map<number, Member | null>();
  for (const m of members) {
    if (m.vague || m.family === null || !Number.isFinite(m.low)) continue;
    const seen = specific.get(m.low);
    if (seen === undefined) specific.set(m.low, m);
    else if (seen !== null && seen.family !== m.family) specific.set(m.low, null);
  }
  if (specific.size === 0) return members;
  return members.map((m) => {
    // A figure naming no one, or "people" with a figure too large to match another group's by chance (748, not
    // seven): "seven people" is about people, whatever "seven children" elsewhere counts.
    if (m.vague || (m.subject !== null && !(taxonomy.isGeneralSubject(m.subject) && m.low >= COINCIDENCE)))
      return m;
    const named = specific.get(m.low);
    if (!named) return m;
    const cached = refinedCache.get(m);
    if (cached && cached.subject === named.subject && cached.subjectWords === named.subjectWords)
      return cached;
    const result = { ...m, subject: named.subject, subjectWords: named.subjectWords, family: named.family };
    refinedCache.set(m, result);
    return result;
  });
}

// Each subject family is its own proposition (police, law enforcement and security forces are one family; civilians
// and children another); figures about people in general, or no one named, are the total: police dead are not
// "people" dead, however many reports give the total.
function partitionBySubject(members: Member[]): Part[] {
  const first = members[0]?.family ?? null;
  if (members.every((m) => m.family === first)) return [{ key: first ?? GENERAL, members }];
  return [...groupBy(members, (m) => m.family ?? GENERAL)].map(([key, part]) => ({ key, members: part }));
}

// Places nest (Almaty within Kazakhstan): one country is one proposition, its cities scope notes inside it. A figure
// with no place, "nationwide" or a region above countries belongs to the event's main country.
function partitionByPlace(members: Member[], eventCountry: string | null): Part[] {
  const byRoot = groupBy(members, (m) => m.placeRoot ?? GENERAL);
  const roots = [...byRoot.keys()].filter((k) => k !== GENERAL);
  if (roots.length <= 1) return [{ key: roots[0] ?? GENERAL, members }];
  const general = byRoot.get(GENERAL);
  const home = eventCountry === null ? undefined : byRoot.get(eventCountry);
  if (general && home) {
    byRoot.delete(GENERAL);
    byRoot.set(eventCountry ?? GENERAL, mergeByDay(home, general));
  }
  return [...byRoot].map(([key, part]) => ({ key, members: part }));
}

// In as-of day order, a figure more than the window after the proposition's first one starts a new proposition
// (a toll in March is not the January toll); undated claims join the latest one. Counting from the first figure
// rather than from the previous one keeps a long story's disputes bounded, and so the cost of rebuilding one.
function segmentByTime(members: Member[], window: number): Member[][] {
  // Members arrive in day order, undated last.
  const firstUndated = members.findIndex((m) => m.day === null);
  const dated = firstUndated === -1 ? members : members.slice(0, firstUndated);
  const undated = firstUndated === -1 ? [] : members.slice(firstUndated);
  if (dated.length === 0) return [members];
  const segments: Member[][] = [];
  let current: Member[] = [];
  let startDay = Number.NEGATIVE_INFINITY;
  for (const m of dated) {
    const day = m.day ?? 0;
    if (current.length > 0 && day - startDay > window) {
      segments.push(current);
      current = [];
    }
    if (current.length === 0) startDay = day;
    current.push(m);
  }
  current.push(...undated);
  segments.push(current);
  return segments;
}

/** Merges two lists in day order (the first's members first on a tie) instead of sorting again. */
export function mergeByDay(a: readonly Member[], b: readonly Member[]): Member[] {
  const out: Member[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const x = a[i];
    const y = b[j];
    if (y === undefined || (x !== undefined && byDay(x, y) <= 0)) {
      if (x !== undefined) out.push(x);
      i++;
    } else {
      out.push(y);
      j++;
    }
  }
  return out;
}

function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}

/** A stable sort by `byDay` as a bucket sort: a case spans a few hundred days across its thousands of figures. */
export function sortedByDay(members: readonly Member[]): Member[] {
  const byKey = new Map<number, Member[]>();
  for (const m of members) {
    const key = m.day ?? Number.MAX_SAFE_INTEGER;
    const list = byKey.get(key);
    if (list) list.push(m);
    else byKey.set(key, [m]);
  }
  const out: Member[] = [];
  for (const key of [...byKey.keys()].sort((a, b) => a - b)) for (const m of byKey.get(key) ?? []) out.push(m);
  return out;
}

function isSorted(members: readonly Member[]): boolean {
  for (let i = 1; i < members.length; i++) {
    const a = members[i - 1];
    const b = members[i];
    if (a && b && byDay(a, b) > 0) return false;
  }
  return true;
}
