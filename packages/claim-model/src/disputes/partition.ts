import type { Member } from './member';
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
): Part[] {
  const parts: Part[] = [];
  for (const bySubject of partitionBySubject(refineScopes(members, taxonomy))) {
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
    return named
      ? { ...m, subject: named.subject, subjectWords: named.subjectWords, family: named.family }
      : m;
  });
}

// When most reports give the total, narrower groups are scope notes on it; otherwise each named group is its own proposition.
function partitionBySubject(members: Member[]): Part[] {
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

// Sorted by as-of day, a gap longer than the window starts a new proposition; undated claims join the latest one.
function segmentByTime(members: Member[], window: number): Member[][] {
  const dated = members.filter((m) => m.day !== null);
  const undated = members.filter((m) => m.day === null);
  if (dated.length === 0) return [members];
  dated.sort((a, b) => (a.day ?? 0) - (b.day ?? 0));
  const segments: Member[][] = [];
  let current: Member[] = [];
  let lastDay = Number.NEGATIVE_INFINITY;
  for (const m of dated) {
    const day = m.day ?? 0;
    if (current.length > 0 && day - lastDay > window) {
      segments.push(current);
      current = [];
    }
    current.push(m);
    lastDay = day;
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
