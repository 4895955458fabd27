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
  const byKey = new Map<string, ScopedValue>();
  for (const m of members) {
    const key = m.valueKey;
    const existing = byKey.get(key);
    if (existing) {
      existing.members.push(m);
      if (!existing.sourceKeys.includes(m.sourceKey)) existing.sourceKeys.push(m.sourceKey);
      continue;
    }
    byKey.set(key, {
      text: m.claim.figure?.text ?? '',
      low: m.low,
      high: m.high,
      wideLow: m.vague && Number.isFinite(m.low) ? m.low * (1 - VAGUE_TOLERANCE) : m.low,
      wideHigh: m.vague && Number.isFinite(m.high) ? m.high * (1 + VAGUE_TOLERANCE) : m.high,
      subject: m.subject,
      subjectWords: m.subjectWords,
      place: m.place,
      placeName: m.claim.frame?.place?.words ?? m.place,
      day: m.day,
      date: m.date,
      sourceKeys: [m.sourceKey],
      members: [m],
    });
  }
  return [...byKey.values()];
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
  const events: Array<[number, number]> = [];
  for (const v of values) events.push([v.wideLow, 1], [v.wideHigh, -1]);
  // Starts before ends at the same point: touching intervals overlap.
  events.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  let depth = 0;
  let best = 0;
  let point = Number.NaN;
  for (const [at, delta] of events) {
    depth += delta;
    if (depth > best) {
      best = depth;
      point = at;
    }
  }
  return values.filter((v) => v.wideLow <= point && point <= v.wideHigh);
}
