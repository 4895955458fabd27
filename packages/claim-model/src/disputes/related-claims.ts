import type { ExtractedClaim } from '../claim';
import type { RelatedClaimLink } from './dispute';

/** Tuning for `relateClaims`. */
export interface RelateOptions {
  /** Minimum cosine similarity of TF-IDF vectors to link two claims. Default 0.2. */
  threshold?: number;
  /** Terms in more than this share of claims (and more than 50) carry no signal and are skipped. Default 0.05. */
  maxDocumentFrequency?: number;
  /** At most this many links per claim, the most similar first. Default 10. */
  maxLinksPerClaim?: number;
}

const STOPWORDS = new Set(
  (
    'a an and are as at be been by for from had has have he her his in into is it its of on or that the their ' +
    'them they this those to was were which who will with would said says also after before over than then during ' +
    'there these while about could should can may might not but our we you your she him all any some such'
  ).split(' '),
);

/** Normalised tokens: lower case, no stopwords, a light suffix strip so "stormed" meets "storming". */
export function tokensOf(text: string): string[] {
  const tokens: string[] = [];
  for (const raw of text.toLowerCase().split(/[^\p{L}\p{N}]+/u)) {
    if (raw.length < 3 || STOPWORDS.has(raw)) continue;
    const singular = raw.replace(/(?<!s)s$/, '');
    const stem = singular.replace(/(?:ing|ed)$/, '');
    tokens.push(stem.length >= 3 ? stem : singular);
  }
  return tokens;
}

/** Links event and statement claims of different documents that tell the same thing in other words (TF-IDF cosine). */
export function relateClaims(
  claims: readonly ExtractedClaim[],
  options: RelateOptions = {},
): RelatedClaimLink[] {
  const threshold = options.threshold ?? 0.2;
  const maxLinks = options.maxLinksPerClaim ?? 10;
  const candidates = claims.filter((c) => c.kind === 'event' || c.kind === 'statement');
  const termCounts = candidates.map((c) => {
    const counts = new Map<string, number>();
    for (const token of tokensOf(c.text)) counts.set(token, (counts.get(token) ?? 0) + 1);
    return counts;
  });
  const postings = new Map<string, number[]>();
  termCounts.forEach((counts, index) => {
    for (const term of counts.keys()) {
      const list = postings.get(term);
      if (list) list.push(index);
      else postings.set(term, [index]);
    }
  });
  const n = candidates.length;
  // Small collections keep every term; large ones skip the commonest, which carry no signal and cost the most.
  const maxDf = Math.max(50, Math.floor(n * (options.maxDocumentFrequency ?? 0.05)));
  // Unit-length TF-IDF vectors, so a dot product is the cosine.
  const vectors = termCounts.map((counts) => {
    const weights = new Map<string, number>();
    let norm = 0;
    for (const [term, tf] of counts) {
      const df = postings.get(term)?.length ?? 1;
      const weight = (1 + Math.log(tf)) * Math.log(1 + n / df);
      weights.set(term, weight);
      norm += weight * weight;
    }
    const length = Math.sqrt(norm) || 1;
    for (const [term, weight] of weights) weights.set(term, weight / length);
    return weights;
  });
  const links: RelatedClaimLink[] = [];
  vectors.forEach((vector, i) => {
    const claim = candidates[i];
    if (!claim) return;
    const dots = new Map<number, number>();
    for (const [term, weight] of vector) {
      const list = postings.get(term);
      if (!list || list.length > maxDf) continue;
      for (const j of list) {
        if (j <= i) continue;
        dots.set(j, (dots.get(j) ?? 0) + weight * (vectors[j]?.get(term) ?? 0));
      }
    }
    const best: Array<[number, number]> = [];
    for (const [j, similarity] of dots) {
      if (similarity >= threshold && candidates[j]?.documentId !== claim.documentId)
        best.push([j, similarity]);
    }
    best.sort((a, b) => b[1] - a[1]);
    for (const [j, similarity] of best.slice(0, maxLinks)) {
      const other = candidates[j];
      if (!other) continue;
      const pair: [string, string] = claim.id < other.id ? [claim.id, other.id] : [other.id, claim.id];
      links.push({ claimIds: pair, similarity: Math.round(Math.min(1, similarity) * 1000) / 1000 });
    }
  });
  return links.sort((a, b) => b.similarity - a.similarity || a.claimIds[0].localeCompare(b.claimIds[0]));
}
