import type { EventSignature } from './event-signature';
import type { Member } from './member';

/** The members of one event in a bucket, and the event's main country (for figures that name no place). */
export interface EventPart {
  key: string;
  country: string | null;
  members: Member[];
}

/** Members sharing a document signature and a period of `window` days: the unit events are built from. */
interface Unit {
  key: string;
  signature: EventSignature;
  period: number;
  size: number;
  cluster: number;
}

interface Cluster {
  /** Members naming each kind, and each country. */
  kinds: Map<string, number>;
  countries: Map<string, number>;
  size: number;
  firstPeriod: number;
  lastPeriod: number;
}

/**
 * Splits a bucket's members by the event their documents tell, whatever case they were imported into. Documents
 * that name the same kind of event in the same country are one event; a document that names only one of the two
 * joins the largest event it fits (a kind most of its figures' documents name, its country, a date within a period
 * of its weeks), and one that names neither joins the largest event near its dates. Documents missing a facet never
 * link two events, so an article naming no place cannot chain a quake to a bombing.
 *
 * Work is per distinct (signature, period), not per document: a bucket of thousands of documents has a few dozen.
 */
export function partitionByEvent(members: readonly Member[], window = Number.POSITIVE_INFINITY): EventPart[] {
  const span = Number.isFinite(window) && window > 0 ? window : Number.POSITIVE_INFINITY;
  // Keyed by the signature object and the period number: no string is built per member.
  const bySignature = new Map<EventSignature, Map<number, Unit>>();
  const units: Unit[] = [];
  const unitOf: Unit[] = [];
  for (const m of members) {
    const period = m.day === null || !Number.isFinite(span) ? 0 : Math.floor(m.day / span);
    let periods = bySignature.get(m.event);
    if (!periods) bySignature.set(m.event, (periods = new Map()));
    let unit = periods.get(period);
    if (!unit) {
      unit = { key: `${m.event.key}|${period}`, signature: m.event, period, size: 0, cluster: -1 };
      periods.set(period, unit);
      units.push(unit);
    }
    unit.size += 1;
    unitOf.push(unit);
  }
  if (units.length === 1)
    return [
      {
        key: eventKeyOf(members[0]?.event),
        country: members[0]?.event.country ?? null,
        members: [...members],
      },
    ];
  const ordered = units.sort(byKey);
  const clusters: Cluster[] = [];
  const add = (index: number, u: Unit) => {
    const cluster = clusters[index];
    if (!cluster) return;
    u.cluster = index;
    const n = u.size;
    for (const k of u.signature.kinds) cluster.kinds.set(k, (cluster.kinds.get(k) ?? 0) + n);
    const country = u.signature.country;
    if (country !== null) cluster.countries.set(country, (cluster.countries.get(country) ?? 0) + n);
    cluster.size += n;
    if (u.period < cluster.firstPeriod) cluster.firstPeriod = u.period;
    if (u.period > cluster.lastPeriod) cluster.lastPeriod = u.period;
  };
  const open = (group: readonly Unit[]) => {
    clusters.push({
      kinds: new Map(),
      countries: new Map(),
      size: 0,
      firstPeriod: Infinity,
      lastPeriod: -Infinity,
    });
    for (const u of group) add(clusters.length - 1, u);
  };
  const full = ordered.filter((u) => u.signature.kinds.length > 0 && u.signature.country !== null);
  for (const group of groupsOf(full)) open(group);
  // Half-known units: those naming a kind first (the kind is the stronger signal), then those naming a country.
  const rank = (u: Unit) => (u.signature.kinds.length > 0 ? 0 : u.signature.country !== null ? 1 : 2);
  const partial = ordered.filter((u) => u.cluster === -1).sort((a, b) => rank(a) - rank(b) || byKey(a, b));
  for (const u of partial) {
    const { kinds, country } = u.signature;
    let target = -1;
    for (let i = 0; i < clusters.length; i++) {
      const c = clusters[i];
      if (!c || (target !== -1 && c.size <= (clusters[target]?.size ?? 0))) continue;
      if (kinds.length > 0 && !kinds.some((k) => (c.kinds.get(k) ?? 0) * 2 >= c.size)) continue;
      if (country !== null && c.countries.size > 0 && !c.countries.has(country)) continue;
      if (u.period < c.firstPeriod - 1 || u.period > c.lastPeriod + 1) continue;
      target = i;
    }
    if (target !== -1) add(target, u);
    else open([u]);
  }
  // In the bucket's order (by day), so no part needs sorting again.
  const parts: Member[][] = clusters.map(() => []);
  members.forEach((m, i) => parts[unitOf[i]?.cluster ?? 0]?.push(m));
  const used = new Set<string>();
  return clusters.map((c, i) => {
    const kind = top(c.kinds) ?? '*';
    const country = top(c.countries);
    let key = `${kind}@${country ?? '*'}`;
    for (let n = 2; used.has(key); n++) key = `${kind}@${country ?? '*'}#${n}`;
    used.add(key);
    return { key, country, members: parts[i] ?? [] };
  });
}

function eventKeyOf(signature: EventSignature | undefined): string {
  if (!signature) return '*@*';
  return `${signature.kinds[0] ?? '*'}@${signature.country ?? '*'}`;
}

// Plain code-unit order: localeCompare costs microseconds a call, and the order only has to be deterministic.
function byKey(a: { key: string }, b: { key: string }): number {
  return a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
}

// Fully known units sharing a kind and the country are one event (union-find over shared kind@country pairs).
function groupsOf(units: readonly Unit[]): Unit[][] {
  const parent = units.map((_, i) => i);
  const find = (x: number): number => {
    let root = x;
    while (parent[root] !== root) root = parent[root] ?? root;
    for (let node = x; parent[node] !== root;) {
      const next = parent[node] ?? root;
      parent[node] = root;
      node = next;
    }
    return root;
  };
  const owner = new Map<string, number>();
  units.forEach((u, i) => {
    for (const kind of u.signature.kinds) {
      const pair = `${kind}@${u.signature.country}`;
      const other = owner.get(pair);
      if (other === undefined) owner.set(pair, i);
      else parent[find(i)] = find(other);
    }
  });
  const byRoot = new Map<number, Unit[]>();
  units.forEach((u, i) => {
    const root = find(i);
    const group = byRoot.get(root);
    if (group) group.push(u);
    else byRoot.set(root, [u]);
  });
  return [...byRoot.values()];
}

function top(counts: ReadonlyMap<string, number>): string | null {
  let best: string | null = null;
  let n = 0;
  for (const [k, c] of [...counts].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
    if (c > n) [best, n] = [k, c];
  return best;
}
