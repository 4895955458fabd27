import { describe, expect, it } from 'vitest';
import { ANALYSIS_SCHEMA_VERSION, analysisDocumentSchema, buildAnalysis } from '../../src/analysis';
import { loadDemoCorpus } from './demo-corpus';

describe('the analysis document', () => {
  const docs = [...loadDemoCorpus().values()];
  const analysis = buildAnalysis(docs);

  it('validates against its schema after a JSON round trip', () => {
    const parsed = analysisDocumentSchema.parse(JSON.parse(JSON.stringify(analysis)));
    expect(parsed.version).toBe(ANALYSIS_SCHEMA_VERSION);
    expect(parsed.summary.documents).toBe(4);
  });

  it('writes unbounded interval ends as null', () => {
    const atLeast = analysis.claims.find((c) => c.figure?.text === 'At least 13');
    expect(JSON.parse(JSON.stringify(atLeast?.figure?.interval))).toEqual({ low: 13, high: null });
  });

  it('counts claims per document and kind consistently', () => {
    expect(analysis.documents.reduce((n, d) => n + d.claimCount, 0)).toBe(analysis.claims.length);
    const { quantity, event, statement } = analysis.summary.byKind;
    expect(quantity + event + statement).toBe(analysis.claims.length);
  });

  it('adds the disputes and related claims by default, and omits both with disputes: false', () => {
    expect(analysis.disputes?.length).toBeGreaterThan(0);
    expect(analysis.relatedClaims).toBeDefined();
    const without = buildAnalysis(docs.slice(0, 1), { disputes: false });
    expect('disputes' in without || 'relatedClaims' in without).toBe(false);
  });

  it('is the same document on every run', () => {
    expect(JSON.stringify(buildAnalysis(docs))).toBe(JSON.stringify(analysis));
  });
});
