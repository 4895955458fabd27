import { byDay, type Member, valueKeyOf } from './member';
import type { Taxonomy } from './taxonomy';

const GENERAL = '*';

/** One proposition's members and its deterministic key. */
export interface Part {
  key: string;
  members: Member[];
}

/** Splits one `metric|unit` bucket into propositions: subject family, then country, then time segment. */
export function partitionBucket(
  bucket: string,
  members: Member[],
  taxonomy: Taxonomy,
  window: number,
  sorted = false,
): Part[] {
  const parts: Part[] = [];
  // Sorted once here, so every part below stays in day order without sorting again.
  const ordered = sorted || isSorted(members) ? members : [...members].sort(byDay);
  for (const bySubject of partitionBySubject(refineScopes(ordered, taxonomy))) {
    for (const byPlace of partitionByPlace(bySubject.members)) {
      for (const segment of segmentByTime(byPlace.members, window)) {
        parts.push({
          key: `${bucket}|${bySubject.key}|${byPlace.key}|${segment[0]?.date ?? GENERAL}`,
          members: segment,
        });
      }
    }
  }
  return parts;
}

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
    if (m.vague || !taxonomy.isGeneralSubject(m.subject)) return m;
    const named = specific.get(m.low);
    if (!named) return m;
    const cached = refinedCache.get(m);
    if (cached && cached.subject === named.subject && cached.subjectWords === named.subjectWords)
      return cached;
    const refined = { ...m, subject: named.subject, subjectWords: named.subjectWords, family: named.family };
    const result = { ...refined, valueKey: valueKeyOf(refined) };
    refinedCache.set(m, result);
    return result;
  });
}

// When most reports give the total, narrower groups are scope notes on it; otherwise each named group is its own proposition.
function partitionBySubject(members: Member[]): Part[] {
  const first = members[0]?.family ?? null;
  if (members.every((m) => m.family === first)) return [{ key: first ?? GENERAL, members }];
  const byFamily = groupBy(members, (m) => m.family ?? GENERAL);
  const general = byFamily.get(GENERAL) ?? [];
  if (byFamily.size === 1 || general.length * 2 >= members.length) return [{ key: GENERAL, members }];
  return [...byFamily].map(([key, part]) => ({ key, members: part }));
}

// Places nest (Almaty within Kazakhstan); a figure with no place belongs to the story's only country when there is one.
function partitionByPlace(members: Member[]): Part[] {
  const byRoot = groupBy(members, (m) => m.placeRoot ?? GENERAL);
  const roots = [...byRoot.keys()].filter((k) => k !== GENERAL);
  if (roots.length <= 1) return [{ key: roots[0] ?? GENERAL, members }];
  return [...byRoot].map(([key, part]) => ({ key, members: part }));
}

// In as-of day order, a figure more than the window after the proposition's first one starts a new proposition
// (a toll in March is not the January toll); undated claims join the latest one.
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

function isSorted(members: readonly Member[]): boolean {
  for (let i = 1; i < members.length; i++) {
    const a = members[i - 1];
    const b = members[i];
    if (a && b && byDay(a, b) > 0) return false;
  }
  return true;
}
