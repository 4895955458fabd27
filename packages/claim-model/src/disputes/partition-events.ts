import type { EventSignature } from './event-signature';
import type { Member } from './member';

/** The members of one event in a bucket, and the event's main country (for figures that name no place). */
export interface EventPart {
  key: string;
  country: string | null;
  members: Member[];
}

interface Cluster {
  documents: Set<string>;
  kinds: Map<string, number>;
  countries: Map<string, number>;
  size: number;
}

const UNKNOWN: EventSignature = { kinds: [], country: null };

/**
 * Splits a bucket's members by the event their documents tell, whatever case they were imported into. Documents
 * that name the same kind of event in the same country are one event; a document that names only one of the two
 * joins the largest event it is compatible with, and one that names neither joins the largest event of the bucket.
 * Documents missing a facet never link two events, so an article naming no place cannot chain a quake to a bombing.
 */
export function partitionByEvent(
  members: readonly Member[],
  signatureOf: (documentId: string) => EventSignature | undefined,
): EventPart[] {
  const byDocument = new Map<string, Member[]>();
  for (const m of members) {
    const list = byDocument.get(m.claim.documentId);
    if (list) list.push(m);
    else byDocument.set(m.claim.documentId, [m]);
  }
  if (byDocument.size === 1) return [{ key: '*', country: null, members: [...members] }];
  const signature = (id: string) => signatureOf(id) ?? UNKNOWN;
  const documents = [...byDocument.keys()].sort();
  const full = documents.filter((id) => signature(id).kinds.length > 0 && signature(id).country !== null);
  const clusters = clustersOf(full, signature);
  const add = (cluster: Cluster, id: string) => {
    cluster.documents.add(id);
    const s = signature(id);
    for (const k of s.kinds) cluster.kinds.set(k, (cluster.kinds.get(k) ?? 0) + 1);
    if (s.country !== null) cluster.countries.set(s.country, (cluster.countries.get(s.country) ?? 0) + 1);
    cluster.size += byDocument.get(id)?.length ?? 0;
  };
  const largest = (fits: (c: Cluster) => boolean): Cluster | undefined => {
    let best: Cluster | undefined;
    for (const c of clusters) if (fits(c) && (!best || c.size > best.size)) best = c;
    return best;
  };
  for (const id of full) {
    const c = clusters.find((x) => x.documents.has(id));
    if (c) c.size += byDocument.get(id)?.length ?? 0;
  }
  // Half-known documents: those naming a kind first (the kind is the stronger signal), then those naming a country.
  const known = new Set(full);
  const partial = documents.filter((id) => !known.has(id));
  const named = (id: string) => (signature(id).kinds.length > 0 ? 0 : signature(id).country !== null ? 1 : 2);
  partial.sort((a, b) => named(a) - named(b) || a.localeCompare(b));
  for (const id of partial) {
    const s = signature(id);
    const fits = (c: Cluster) =>
      (s.kinds.length === 0 || s.kinds.some((k) => c.kinds.has(k))) &&
      (s.country === null || c.countries.size === 0 || c.countries.has(s.country));
    const target = largest(fits);
    if (target) add(target, id);
    else {
      const cluster: Cluster = { documents: new Set(), kinds: new Map(), countries: new Map(), size: 0 };
      clusters.push(cluster);
      add(cluster, id);
    }
  }
  const used = new Set<string>();
  return clusters.map((c) => {
    const kind = top(c.kinds) ?? '*';
    const country = top(c.countries);
    let key = `${kind}@${country ?? '*'}`;
    for (let n = 2; used.has(key); n++) key = `${kind}@${country ?? '*'}#${n}`;
    used.add(key);
    const inCluster = members.filter((m) => c.documents.has(m.claim.documentId));
    return { key, country, members: inCluster };
  });
}

// Fully known documents sharing a kind and the country are one event (union-find over shared kind@country pairs).
function clustersOf(documents: readonly string[], signature: (id: string) => EventSignature): Cluster[] {
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let root = x;
    while (parent.get(root) !== root) root = parent.get(root) ?? root;
    parent.set(x, root);
    return root;
  };
  const owner = new Map<string, string>();
  for (const id of documents) {
    parent.set(id, id);
    const s = signature(id);
    for (const kind of s.kinds) {
      const pair = `${kind}@${s.country}`;
      const other = owner.get(pair);
      if (other === undefined) owner.set(pair, id);
      else parent.set(find(id), find(other));
    }
  }
  const byRoot = new Map<string, Cluster>();
  for (const id of documents) {
    const root = find(id);
    let c = byRoot.get(root);
    if (!c) byRoot.set(root, (c = { documents: new Set(), kinds: new Map(), countries: new Map(), size: 0 }));
    c.documents.add(id);
    const s = signature(id);
    for (const k of s.kinds) c.kinds.set(k, (c.kinds.get(k) ?? 0) + 1);
    if (s.country !== null) c.countries.set(s.country, (c.countries.get(s.country) ?? 0) + 1);
  }
  return [...byRoot.values()];
}

function top(counts: ReadonlyMap<string, number>): string | null {
  let best: string | null = null;
  let n = 0;
  for (const [k, c] of [...counts].sort(([a], [b]) => a.localeCompare(b))) if (c > n) [best, n] = [k, c];
  return best;
}
