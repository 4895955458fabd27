import { formatDate } from './format';
import type { Findings } from './findings';
import type { ScopedValue } from './scoped-value';
import type { ScopeRelation, Taxonomy } from './taxonomy';

/** How a reason cites a value and its scope. */
export interface Citer {
  cite(value: ScopedValue): string;
  scopeOf(value: ScopedValue): string;
}

interface DayExtremes {
  /** The value with the lowest upper bound that day, and the one with the highest lower bound. */
  minHigh: ScopedValue;
  maxLow: ScopedValue;
}

interface ScopeClass {
  subject: string | null;
  place: string | null;
  values: ScopedValue[];
  byDay: Map<number, DayExtremes>;
  minHigh: ScopedValue;
  maxLow: ScopedValue;
  /** The value that best shows the class's scope: the one cited by the most reports (the first on a tie). */
  representative: ScopedValue;
}

/**
 * Finds conflicts and scope differences among a dispute's values in O(n log n): values are grouped by scope
 * (subject, place), compared per day through each day's extremes, and scopes are compared once per pair of classes.
 */
export function compareValues(
  values: readonly ScopedValue[],
  taxonomy: Taxonomy,
  cumulative: boolean,
  conflicts: Findings,
  scoped: Set<ScopedValue>,
  citer: Citer,
): void {
  const classes = classesOf(values, taxonomy);
  for (const cls of classes) compareWithinScope(cls, cumulative, conflicts, scoped, citer);
  for (let i = 0; i < classes.length; i++) {
    for (let j = i + 1; j < classes.length; j++) {
      const a = classes[i];
      const b = classes[j];
      if (a && b) compareScopes(a, b, taxonomy, conflicts, scoped, citer);
    }
  }
}

function compareWithinScope(
  cls: ScopeClass,
  cumulative: boolean,
  conflicts: Findings,
  scoped: Set<ScopedValue>,
  { cite, scopeOf }: Citer,
): void {
  if (cls.minHigh.wideHigh >= cls.maxLow.wideLow) return; // every value overlaps every other
  const days = [...cls.byDay.keys()].filter((d) => !Number.isNaN(d)).sort((x, y) => x - y);
  if (cls.byDay.has(Number.NaN)) days.push(Number.NaN);
  let explained = false;
  for (const day of days) {
    const e = cls.byDay.get(day);
    if (!e || e.minHigh.wideHigh >= e.maxLow.wideLow) continue;
    explained = true;
    const low = e.minHigh;
    const high = e.maxLow;
    conflicts.add(() => `${cite(high)} cannot hold with ${cite(low)} for ${scopeOf(low)}`);
  }
  // A later figure below an earlier one from another source: cumulative counts cannot fall.
  let earlierMax: ScopedValue | null = null;
  for (const day of days) {
    const e = cls.byDay.get(day);
    if (!e) continue;
    const late = e.minHigh;
    const early = earlierMax;
    if (cumulative && early && early.wideLow > late.wideHigh && !sameSingleSource(early, late)) {
      explained = true;
      conflicts.add(
        () =>
          `${cite(late)} on ${formatDate(late.date)} is below ${cite(early)} on ${formatDate(early.date)}, but a cumulative count cannot fall`,
      );
    }
    if (!earlierMax || e.maxLow.wideLow > earlierMax.wideLow) earlierMax = e.maxLow;
  }
  // Otherwise the values differ only by date: a scope difference to confirm, unless one source revised itself.
  if (!explained && !sameSingleSource(cls.minHigh, cls.maxLow)) scoped.add(cls.minHigh).add(cls.maxLow);
}

function compareScopes(
  a: ScopeClass,
  b: ScopeClass,
  taxonomy: Taxonomy,
  conflicts: Findings,
  scoped: Set<ScopedValue>,
  { cite, scopeOf }: Citer,
): void {
  const narrower = narrowerSide(
    taxonomy.relateSubjects(a.subject, b.subject),
    taxonomy.relatePlaces(a.place, b.place),
  );
  if (narrower !== null) {
    const small = narrower === 'a' ? a : b;
    const whole = narrower === 'a' ? b : a;
    // A part cannot exceed the whole on the same day.
    let exceeded = false;
    if (small.maxLow.wideLow > whole.minHigh.wideHigh) {
      for (const [day, e] of small.byDay) {
        const w = whole.byDay.get(day);
        if (!w || e.maxLow.wideLow <= w.minHigh.wideHigh) continue;
        const part = e.maxLow;
        const all = w.minHigh;
        conflicts.add(() => `${cite(part)} for ${scopeOf(part)} exceeds ${cite(all)} for ${scopeOf(all)}`);
        exceeded = true;
      }
    }
    if (exceeded) return;
  }
  scoped.add(a.representative).add(b.representative);
}

// Scopes that mean the same thing ("people" or no subject; no place or the country) share a class.
function classesOf(values: readonly ScopedValue[], taxonomy: Taxonomy): ScopeClass[] {
  // By subject, then place (a map per subject, usually one or two): no key string built per value.
  const bySubject = new Map<string | null, Map<string | null, ScopeClass>>();
  const classes: ScopeClass[] = [];
  for (const v of values) {
    const subject = taxonomy.isGeneralSubject(v.subject) ? null : v.subject;
    const place = taxonomy.isWholeArea(v.place) ? null : v.place;
    let byPlace = bySubject.get(subject);
    if (!byPlace) bySubject.set(subject, (byPlace = new Map()));
    let cls = byPlace.get(place);
    if (!cls) {
      cls = { subject, place, values: [], byDay: new Map(), minHigh: v, maxLow: v, representative: v };
      byPlace.set(place, cls);
      classes.push(cls);
    }
    cls.values.push(v);
    if (v.members.length > cls.representative.members.length) cls.representative = v;
    if (v.wideHigh < cls.minHigh.wideHigh) cls.minHigh = v;
    if (v.wideLow > cls.maxLow.wideLow) cls.maxLow = v;
    const day = v.day ?? Number.NaN;
    const e = cls.byDay.get(day);
    if (!e) cls.byDay.set(day, { minHigh: v, maxLow: v });
    else {
      if (v.wideHigh < e.minHigh.wideHigh) e.minHigh = v;
      if (v.wideLow > e.maxLow.wideLow) e.maxLow = v;
    }
  }
  return classes;
}

// The side narrower in every facet that differs (one facet, or both the same way); compared once per pair of
// classes, so no set is built for it.
function narrowerSide(subject: ScopeRelation, place: ScopeRelation): 'a' | 'b' | null {
  const side = subject === 'same' ? place : place === 'same' || place === subject ? subject : null;
  return side === 'a-narrower' ? 'a' : side === 'b-narrower' ? 'b' : null;
}

function sameSingleSource(a: ScopedValue, b: ScopedValue): boolean {
  return a.sourceKeys.length === 1 && b.sourceKeys.length === 1 && a.sourceKeys[0] === b.sourceKeys[0];
}
