import type { Lexicon } from './schema';

function closure(parents: ReadonlyMap<string, readonly string[]>, id: string): string[] {
  const out: string[] = [];
  const queue = [...(parents.get(id) ?? [])];
  while (queue.length > 0) {
    const next = queue.shift();
    if (next === undefined || out.includes(next)) continue;
    out.push(next);
    queue.push(...(parents.get(next) ?? []));
  }
  return out;
}

/** Every broader subject of `id`, nearest first (police → law_enforcement, security_forces, people). */
export function subjectAncestors(lexicon: Lexicon, id: string): string[] {
  return closure(new Map(lexicon.subjects.map((s) => [s.id, s.broader])), id);
}

/** Every place containing `id`, nearest first (almaty → kazakhstan, central_asia, asia, world). */
export function placeAncestors(lexicon: Lexicon, id: string): string[] {
  return closure(new Map(lexicon.places.map((p) => [p.id, p.within])), id);
}

/** True when `narrow` is `broad` or lies under it in the subject taxonomy. */
export function isSubjectWithin(lexicon: Lexicon, narrow: string, broad: string): boolean {
  return narrow === broad || subjectAncestors(lexicon, narrow).includes(broad);
}

/** True when `inner` is `outer` or lies within it in the gazetteer. */
export function isPlaceWithin(lexicon: Lexicon, inner: string, outer: string): boolean {
  return inner === outer || placeAncestors(lexicon, inner).includes(outer);
}
