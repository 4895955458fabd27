import { describe, expect, it } from 'vitest';
import { type ComputedDispute, groupClaims } from '../../src/disputes';
import { lexicon } from './claim-builder';
import { demoClaims, demoDocuments } from './demo-fixtures';

const disputes = groupClaims(demoClaims, { lexicon, documents: demoDocuments });

function disputeOf(claimId: string): ComputedDispute {
  const found = disputes.find((d) => d.claimIds.includes(claimId));
  if (!found) throw new Error(`no dispute holds ${claimId}`);
  return found;
}

function kinds(d: ComputedDispute): string[] {
  return d.relations.map((r) => r.kind);
}

function reason(d: ComputedDispute, kind: string): string {
  return d.relations.find((r) => r.kind === kind)?.reason ?? '';
}

describe('demo corpus (hand-shaped claims)', () => {
  it.each([
    [
      'officers beheaded',
      'nc-one-ap',
      ['cnn-two-beheaded', 'db-two-beheaded', 'nc-one-insider', 'nc-two-afp'],
    ],
    ['detained', 'nc-hundreds-detained', ['db-2000-arrested', 'nc-2298-detained', 'nc-some-2000']],
    [
      'law-enforcement deaths',
      'nc-18-le',
      ['cnn-13-le', 'db-dozen-le', 'nc-eighteen-le', 'lm-eighteen-police'],
    ],
    [
      'protesters killed',
      'lm-26-criminals',
      [
        'cnn-dozens-attackers',
        'db-dozens-attackers',
        'db-dozens-demonstrators',
        'nc-dozens-protesters',
        'lm-tens',
      ],
    ],
    ['injured', 'nc-1000-health', ['cnn-353-almaty', 'cnn-1000-regions', 'lm-thousand']],
    ['security officers injured', 'nc-748-officers', ['nc-748-people']],
  ])('%s: the reports form one dispute', (_name, anchor, together) => {
    expect(disputeOf(anchor).claimIds).toEqual(expect.arrayContaining(together));
  });

  it('every claim joins at most one dispute', () => {
    const ids = disputes.flatMap((d) => d.claimIds);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('officers beheaded: two against one is a conflict citing both values and their sources', () => {
    const d = disputeOf('nc-one-ap');
    expect(kinds(d)).toContain('conflict');
    expect(reason(d, 'conflict')).toMatch(
      /"a" \(Associated Press via news\.com\.au\)|"two" \(Agence France-Presse/,
    );
    expect(reason(d, 'conflict')).toMatch(/"two"/);
  });

  it('detained: "at least 2,000", "some 2000" and 2298 agree, and "hundreds" conflicts with them', () => {
    const d = disputeOf('nc-hundreds-detained');
    expect(kinds(d)).toEqual(expect.arrayContaining(['conflict', 'consistent']));
    expect(reason(d, 'conflict')).toContain('"hundreds"');
    const agree = reason(d, 'consistent');
    for (const figure of ['"At least 2,000"', '"Some 2000"', '2298']) expect(agree).toContain(figure);
    expect(agree).not.toContain('hundreds');
  });

  it('law-enforcement deaths are consistent with a scope note (Almaty vs nationwide), not a conflict', () => {
    const d = disputeOf('nc-18-le');
    expect(kinds(d)).toEqual(expect.arrayContaining(['scope', 'consistent']));
    expect(kinds(d)).not.toContain('conflict');
    expect(reason(d, 'scope')).toContain('almaty');
    expect(d.subject).toBe('law_enforcement');
  });

  it('protesters killed: attackers, demonstrators and armed criminals are one subject named differently, flagged', () => {
    const d = disputeOf('lm-26-criminals');
    expect(d.subject).toBe('protesters');
    expect(kinds(d)).toEqual(expect.arrayContaining(['scope', 'consistent']));
    expect(kinds(d)).not.toContain('conflict');
    expect(reason(d, 'scope')).toMatch(/named .*"attackers".*"armed criminals"/);
    expect(disputeOf('nc-18-le').claimIds).not.toContain('lm-26-criminals');
  });

  it('injured: the ministry figures agree; 353 (Almaty) is a scope difference, not a conflict', () => {
    const d = disputeOf('nc-1000-health');
    expect(kinds(d)).toEqual(expect.arrayContaining(['scope', 'consistent']));
    expect(kinds(d)).not.toContain('conflict');
    expect(reason(d, 'scope')).toContain('353');
    expect(reason(d, 'consistent')).toContain('"More than 1,000"');
  });

  it('the 748 wounded security officers are not the total of people injured', () => {
    expect(disputeOf('nc-748-officers').subject).not.toBeNull();
    expect(disputeOf('nc-748-officers').claimIds).not.toContain('nc-1000-health');
  });

  it('durations of rule never form or join a dispute', () => {
    const ids = disputes.flatMap((d) => d.claimIds);
    expect(ids).not.toContain('db-three-decades');
    expect(ids).not.toContain('lm-twenty-nine-years');
  });

  it('a figure mentioned once (3,000 Russian soldiers) is single-source', () => {
    const d = disputeOf('lm-3000-soldiers');
    expect(d.claimIds).toEqual(['lm-3000-soldiers']);
    expect(kinds(d)).toEqual(['single_source']);
    expect(reason(d, 'single_source')).toContain('Le Monde');
  });

  it('ranks the conflicts on beheadings and arrests above the consistent law-enforcement deaths', () => {
    const rank = (id: string) => disputes.indexOf(disputeOf(id));
    expect(rank('nc-one-ap')).toBeLessThan(rank('nc-18-le'));
    expect(rank('nc-hundreds-detained')).toBeLessThan(rank('nc-18-le'));
    expect(rank('nc-18-le')).toBeLessThan(rank('lm-3000-soldiers'));
  });

  it('counts one independent source behind the Interior Ministry figures however many outlets relay them', () => {
    const d = disputeOf('nc-2298-detained');
    const ministry = d.independentSources.find((s) => s.source === 'Kazakh Ministry of Internal Affairs');
    expect(ministry?.relayedBy).toEqual(['news.com.au', 'Newsweek', 'The Insider']);
    expect(d.independentSources).toHaveLength(4);
  });
});
