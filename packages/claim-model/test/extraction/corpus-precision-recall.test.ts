import { describe, expect, it } from 'vitest';
import type { ExtractedClaim } from '../../src/claim';
import { originalSource } from '../../src/claim';
import { extractClaims } from '../../src/extraction';
import { loadDemoCorpus, locate } from './demo-corpus';
import { BOILERPLATE, GOLD_FIGURES, NOT_COUNTS } from './kazakhstan-gold';

const corpus = loadDemoCorpus();
const claimsByDoc = new Map([...corpus].map(([stem, doc]) => [stem, extractClaims(doc)] as const));
const docText = (stem: string) => corpus.get(stem)?.text ?? '';
const claimsOf = (stem: string): ExtractedClaim[] => claimsByDoc.get(stem) ?? [];

interface Match {
  gold: (typeof GOLD_FIGURES)[number];
  claim: ExtractedClaim | undefined;
}

const matches: Match[] = GOLD_FIGURES.map((gold) => {
  const start = locate(docText(gold.doc), gold.text, gold.context);
  if (start === -1) throw new Error(`gold figure not found in ${gold.doc}: ${gold.text}`);
  const claim = claimsOf(gold.doc).find((c) => c.figure?.span.start === start && c.figure.span.end === start + gold.text.length);
  return { gold, claim };
});

const sourceRight = (m: Match): boolean => {
  if (!m.claim) return false;
  if (m.gold.source === null) return m.claim.attribution.unattributed;
  const name = originalSource(m.claim)?.name.toLowerCase() ?? '';
  return m.gold.source.some((s) => name.includes(s.toLowerCase()));
};

const frameRight = (m: Match): boolean =>
  m.claim !== undefined &&
  m.claim.figure?.interval.low === m.gold.low &&
  m.claim.figure.interval.high === m.gold.high &&
  m.claim.figure.qualifier === m.gold.qualifier &&
  m.claim.figure.unit === m.gold.unit &&
  (m.claim.frame?.metric?.id ?? null) === m.gold.metric &&
  (m.claim.frame?.subject?.id ?? null) === m.gold.subject;

describe('extraction on the demo corpus against our annotation', () => {
  const quantity = [...claimsByDoc.values()].flat().filter((c) => c.kind === 'quantity');
  const found = matches.filter((m) => m.claim);
  const recall = found.length / matches.length;
  const precision = quantity.filter((c) => matches.some((m) => m.claim === c)).length / quantity.length;
  const attributed = matches.filter((m) => m.gold.source !== null);
  const sourceAccuracy = attributed.filter(sourceRight).length / attributed.length;
  const frameAccuracy = found.filter(frameRight).length / found.length;

  it('reports precision, recall, frame and source accuracy', () => {
    const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
    console.log(
      `demo corpus: ${quantity.length} quantity claims, ${matches.length} annotated figures; precision ${pct(precision)}, recall ${pct(recall)}, ` +
        `frame (interval+qualifier+unit+metric+subject) ${pct(frameAccuracy)}, original source ${pct(sourceAccuracy)} of ${attributed.length} attributed`,
    );
    const misses = matches.filter((m) => !frameRight(m) || !sourceRight(m));
    for (const m of misses) console.log(`  miss ${m.gold.doc} "${m.gold.text}": got ${m.claim ? `${JSON.stringify(m.claim.figure?.interval)} ${m.claim.frame?.metric?.id}/${m.claim.frame?.subject?.id} ← ${originalSource(m.claim)?.name}` : 'nothing'}`);
    for (const c of quantity.filter((q) => !matches.some((m) => m.claim === q))) console.log(`  extra ${c.documentId} "${c.figure?.text}"`);
    expect(recall).toBeGreaterThanOrEqual(0.95);
    expect(precision).toBeGreaterThanOrEqual(0.9);
    expect(sourceAccuracy).toBeGreaterThanOrEqual(0.9);
  });

  it.each(matches.filter((m) => m.gold.key).map((m) => [`${m.gold.doc}: ${m.gold.text}${m.gold.context ? ` (${m.gold.context})` : ''}`, m] as const))(
    'key figure %s has the right interval, qualifier, unit and metric',
    (_name, m) => {
      expect(m.claim?.figure).toMatchObject({ interval: { low: m.gold.low, high: m.gold.high }, qualifier: m.gold.qualifier, unit: m.gold.unit });
      expect(m.claim?.frame?.metric?.id ?? null).toBe(m.gold.metric);
    },
  );

  it('anchors every claim and figure to its exact span', () => {
    for (const [stem, claims] of claimsByDoc) {
      const text = docText(stem);
      for (const c of claims) {
        expect(text.slice(c.span.start, c.span.end)).toBe(c.text);
        if (c.figure) expect(text.slice(c.figure.span.start, c.figure.span.end)).toBe(c.figure.text);
        for (const h of c.hedges) {
          const quoted = text.slice(h.span.start, h.span.end);
          if (h.cue === 'scare quotes') expect([c.figure?.text, c.frame?.metric?.words]).toContain(quoted);
          else expect(quoted).toBe(h.cue);
        }
        for (const link of c.attribution.chain) if (link.span) expect(text.slice(link.span.start, link.span.end).length).toBeGreaterThan(0);
      }
    }
  });

  it('gives the same ids every run, and no two claims share one', () => {
    for (const [stem, doc] of corpus) {
      const again = extractClaims(doc).map((c) => c.id);
      expect(again).toEqual(claimsOf(stem).map((c) => c.id));
      expect(new Set(again).size).toBe(again.length);
    }
  });

  it.each(BOILERPLATE.map(([doc, line]) => [doc, line] as const))('%s: no claim from the boilerplate "%s"', (doc, snippet) => {
    const text = docText(doc);
    const at = text.indexOf(snippet);
    expect(at).toBeGreaterThanOrEqual(0);
    const lineStart = text.lastIndexOf('\n', at) + 1;
    const lineEnd = text.indexOf('\n', at) === -1 ? text.length : text.indexOf('\n', at);
    expect(claimsOf(doc).filter((c) => c.span.start < lineEnd && c.span.end > lineStart)).toEqual([]);
  });

  it.each(NOT_COUNTS.map(([doc, words, context]) => [doc, words, context] as const))('%s: "%s" is never a counted figure', (doc, words, context) => {
    const start = locate(docText(doc), words, context);
    expect(start).toBeGreaterThanOrEqual(0);
    const overlapping = claimsOf(doc).filter((c) => c.figure && c.figure.span.start < start + words.length && c.figure.span.end > start);
    expect(overlapping).toEqual([]);
  });

  it('never dates a claim after its document was published', () => {
    for (const [stem, claims] of claimsByDoc) {
      const published = corpus.get(stem)?.publishedDate ?? '';
      for (const c of claims) if (c.frame?.asOf) expect(c.frame.asOf.date <= published).toBe(true);
    }
  });
});
