import { describe, expect, it } from 'vitest';
import type { ExtractedClaim } from '../../src/claim';
import { type ComputedDispute, groupClaims } from '../../src/disputes';
import { extractClaims } from '../../src/extraction';
import { defaultLexicon } from '../../src/lexicon';
import { loadDemoCorpus } from '../extraction/demo-corpus';

// End to end: the demo articles through extraction, then dispute detection, as `claimdesk analyze` runs them.
const docs = [...loadDemoCorpus().values()];
const claims = docs.flatMap((d) => extractClaims(d, { lexicon: defaultLexicon }));
const disputes = groupClaims(claims, { lexicon: defaultLexicon, documents: docs });

function claimsOf(figure: string, metric: string): ExtractedClaim[] {
  return claims.filter((c) => c.figure?.text === figure && c.frame?.metric?.id === metric);
}

function disputeOf(figure: string, metric: string): ComputedDispute {
  const ids = new Set(claimsOf(figure, metric).map((c) => c.id));
  const found = disputes.find((d) => d.claimIds.some((id) => ids.has(id)));
  if (!found) throw new Error(`no dispute holds "${figure}" (${metric})`);
  return found;
}

function figuresOf(d: ComputedDispute): string[] {
  const ids = new Set(d.claimIds);
  return claims.filter((c) => ids.has(c.id)).map((c) => c.figure?.text ?? '');
}

const kinds = (d: ComputedDispute) => d.relations.map((r) => r.kind);
const reason = (d: ComputedDispute, kind: string) => d.relations.find((r) => r.kind === kind)?.reason ?? '';

describe('demo corpus, extracted end to end', () => {
  it('officers beheaded: two against one is a conflict', () => {
    const d = disputeOf('two', 'beheaded');
    expect(figuresOf(d)).toEqual(expect.arrayContaining(['two', 'a police officer']));
    expect(kinds(d)).toContain('conflict');
  });

  it('detained: "At least 2,000", "Some 2000" and 2298 agree; "hundreds" conflicts with them', () => {
    const d = disputeOf('2298', 'detained');
    expect(figuresOf(d)).toEqual(expect.arrayContaining(['At least 2,000', 'Some 2000', '2298', 'hundreds']));
    expect(kinds(d)).toEqual(expect.arrayContaining(['conflict', 'consistent']));
    expect(reason(d, 'conflict')).toContain('"hundreds"');
    expect(reason(d, 'consistent')).not.toContain('hundreds');
  });

  it('law-enforcement deaths: "At least 13", "more than a dozen" and 18 are consistent with a scope note', () => {
    const d = disputeOf('more than a dozen', 'deaths');
    expect(figuresOf(d)).toEqual(expect.arrayContaining(['At least 13', 'more than a dozen', '18']));
    expect(kinds(d)).toEqual(expect.arrayContaining(['scope', 'consistent']));
    expect(kinds(d)).not.toContain('conflict');
    expect(reason(d, 'scope')).toContain('Almaty');
  });

  it('protesters killed: attackers, "Tens" and 26 armed criminals are one subject named differently, flagged', () => {
    const d = disputeOf('26', 'deaths');
    expect(d.subject).toBe('protesters');
    expect(figuresOf(d)).toEqual(expect.arrayContaining(['Tens', '26', 'dozens']));
    expect(kinds(d)).toEqual(expect.arrayContaining(['scope', 'consistent']));
    expect(kinds(d)).not.toContain('conflict');
    expect(reason(d, 'scope')).toMatch(/named .*"attackers"/);
  });

  it('injured: the Health Ministry figures agree; 353 (Almaty) is a scope difference, not a conflict', () => {
    const d = disputeOf('More than 1,000', 'injured');
    expect(figuresOf(d)).toEqual(expect.arrayContaining(['More than 1,000', 'a thousand', '1000', '353']));
    expect(kinds(d)).toEqual(expect.arrayContaining(['scope', 'consistent']));
    expect(kinds(d)).not.toContain('conflict');
    expect(reason(d, 'scope')).toContain('353');
  });

  it('injured: the 748 wounded security officers ("748 people" in the relayed version) are their own dispute', () => {
    const d = disputeOf('748', 'injured');
    expect(d.subject).toBe('law_enforcement');
    expect(figuresOf(d)).toEqual(['748', '748']);
    expect(figuresOf(d)).not.toContain('1000');
  });

  it('"three decades" and "twenty-nine years" of rule are not a dispute', () => {
    const inDisputes = new Set(disputes.flatMap(figuresOf));
    expect(inDisputes.has('three decades')).toBe(false);
    expect(inDisputes.has('twenty-nine years')).toBe(false);
  });

  it('3,000 Russian soldiers, mentioned once, is single-source', () => {
    const d = disputeOf('3,000', 'troops_deployed');
    expect(kinds(d)).toEqual(['single_source']);
  });

  it('ranks the beheading and arrest conflicts above the consistent law-enforcement deaths', () => {
    const rank = (figure: string, metric: string) => disputes.indexOf(disputeOf(figure, metric));
    expect(rank('two', 'beheaded')).toBeLessThan(rank('more than a dozen', 'deaths'));
    expect(rank('2298', 'detained')).toBeLessThan(rank('more than a dozen', 'deaths'));
  });

  it('every claim joins at most one dispute', () => {
    const ids = disputes.flatMap((d) => d.claimIds);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
