import { formatWho } from './format';
import type { Member } from './member';

/** Vague figures ("dozens", "some 2000") are compared with this much rounding on each side. */
export const VAGUE_TOLERANCE = 0.15;

/** One value for one scope (subject, place, day), with every source that gave it. */
export interface ScopedValue {
  text: string;
  low: number;
  high: number;
  /** The interval widened by the rounding tolerance when the figure is vague. */
  wideLow: number;
  wideHigh: number;
  subject: string | null;
  subjectWords: string | null;
  place: string | null;
  placeName: string | null;
  day: number | null;
  date: string | null;
  /** Distinct source keys; usually one or two, so an array beats a set. */
  sourceKeys: string[];
  members: Member[];
}

/** A member's interval widened by the rounding tolerance when its figure is vague. */
export function widened(m: Pick<Member, 'low' | 'high' | 'vague'>): [number, number] {
  if (!m.vague) return [m.low, m.high];
  return [
    Number.isFinite(m.low) ? m.low * (1 - VAGUE_TOLERANCE) : m.low,
    Number.isFinite(m.high) ? m.high * (1 + VAGUE_TOLERANCE) : m.high,
  ];
}

/** The dispute's members collapsed to distinct values per scope, so comparisons scale with values, not reports. */
export function scopedValuesOf(members: readonly Member[]): ScopedValue[] {
  // Keyed by the low bound: a key string of the whole value is built only when two values share a low bound.
  const byLow = new Map<number, ScopedValue>();
  let byScope: Map<string, ScopedValue> | undefined;
  const values: ScopedValue[] = [];
  for (const m of members) {
    const first = byLow.get(m.low);
    let scopeKey: string | undefined;
    let existing = first;
    if (
      first !== undefined &&
      !(first.high === m.high && first.subject === m.subject && first.place === m.place && first.day === m.day)
    ) {
      scopeKey = `${m.low}|${m.high}|${m.subject}|${m.place}|${m.day}`;
      existing = byScope?.get(scopeKey);
    }
    if (existing) {
      existing.members.push(m);
      if (!existing.sourceKeys.includes(m.sourceKey)) existing.sourceKeys.push(m.sourceKey);
      continue;
    }
    const value: ScopedValue = {
      text: m.text,
      low: m.low,
      high: m.high,
      wideLow: m.vague && Number.isFinite(m.low) ? m.low * (1 - VAGUE_TOLERANCE) : m.low,
      wideHigh: m.vague && Number.isFinite(m.high) ? m.high * (1 + VAGUE_TOLERANCE) : m.high,
      subject: m.subject,
      subjectWords: m.subjectWords,
      place: m.place,
      placeName: m.placeName,
      day: m.day,
      date: m.date,
      sourceKeys: [m.sourceKey],
      members: [m],
    };
    if (scopeKey === undefined) byLow.set(m.low, value);
    else (byScope ??= new Map()).set(scopeKey, value);
    values.push(value);
  }
  return values;
}

/** Who gave a value, for a reason: the first report's chain, and how many other sources agree on it. */
export function whoOf(value: ScopedValue): string {
  const first = value.members[0];
  const who = first ? formatWho(first.sourceName, first.relays) : 'unknown source';
  const others = value.sourceKeys.length - 1;
  return others > 0 ? `${who} and ${others} other source${others > 1 ? 's' : ''}` : who;
}

/** The largest set of values that can all hold at once (the point covered by most widened intervals). */
export function consensusOf(values: readonly ScopedValue[]): ScopedValue[] {
  // A sweep over the sorted starts and ends (typed arrays: no pair allocated per value, a numeric sort).
  const n = values.length;
  const starts = new Float64Array(n);
  const ends = new Float64Array(n);
  for (let k = 0; k < n; k++) {
    const v = values[k];
    starts[k] = v?.wideLow ?? Number.NaN;
    ends[k] = v?.wideHigh ?? Number.NaN;
  }
  starts.sort();
  ends.sort();
  let depth = 0;
  let best = 0;
  let point = Number.NaN;
  // Starts before ends at the same point: touching intervals overlap. Past the last start depth only falls.
  for (let i = 0, j = 0; i < n; ) {
    const start = starts[i] ?? Number.NaN;
    if (start <= (ends[j] ?? Number.NaN)) {
      depth++;
      if (depth > best) {
        best = depth;
        point = start;
      }
      i++;
    } else {
      depth--;
      j++;
    }
  }
  return values.filter((v) => v.wideLow <= point && point <= v.wideHigh);
}
