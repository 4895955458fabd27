import { describe, expect, it } from 'vitest';
import { buildReport, reportSchema } from '../../src/report';
import { GOLDEN_AS_OF, demoSnapshot } from './demo-snapshot';

const build = (asOf: string, extra: { includeOpen?: boolean; metrics?: string[] } = {}) =>
  buildReport(demoSnapshot(), { asOf, includeOpen: extra.includeOpen ?? true, metrics: extra.metrics });

describe('buildReport', () => {
  it('produces a report that satisfies its own versioned schema', () => {
    expect(reportSchema.safeParse(build(GOLDEN_AS_OF)).success).toBe(true);
  });

  it.each([
    {
      asOf: '2022-01-07T12:00:00Z',
      keyFigures: [],
      documents: 3,
      why: 'before any approval nothing is a key figure, and Le Monde is not yet imported',
    },
    {
      asOf: '2022-01-08T16:00:00Z',
      keyFigures: ['d-beheaded'],
      documents: 4,
      why: 'an approval at the exact moment counts',
    },
    {
      asOf: GOLDEN_AS_OF,
      keyFigures: ['d-beheaded', 'd-detained'],
      documents: 4,
      why: 'a verdict approved after the moment does not count',
    },
    {
      asOf: '2022-01-11',
      keyFigures: ['d-beheaded', 'd-detained', 'd-le-deaths'],
      documents: 4,
      why: 'later, all three approvals count',
    },
  ])('as of $asOf: $why', ({ asOf, keyFigures, documents }) => {
    const report = build(asOf);
    expect(report.keyFigures.map((k) => k.disputeId)).toEqual(keyFigures);
    expect(report.header.counts.documents).toBe(documents);
  });

  it('keeps a dispute whose verdict is approved later among the still disputed, at its status of the moment', () => {
    const open = build(GOLDEN_AS_OF).stillDisputed.find((d) => d.disputeId === 'd-le-deaths');
    expect(open?.status).toBe('verdict_proposed');
  });

  it('cites every source claim of a key figure with outlet, chain to the original source, quote, date and link', () => {
    const detained = build(GOLDEN_AS_OF).keyFigures.find((k) => k.disputeId === 'd-detained');
    expect(detained?.valueText).toBe('2,298');
    expect(detained?.sources).toHaveLength(4);
    const ministry = detained?.sources.find((s) => s.claimId === 'c-au-detained-ministry');
    expect(ministry).toMatchObject({
      outlet: 'news.com.au',
      originalSource: 'Interior Ministry',
      publishedDate: '2022-01-07',
      url: 'https://www.news.com.au/world/europe/cops-beheaded-as-kazakhstan-verges-on-collapse',
    });
    expect(ministry?.chain.map((l) => l.name)).toEqual([
      'news.com.au',
      'Newsweek',
      'The Insider',
      'Interior Ministry',
    ]);
  });

  it('lists the competing values of an open dispute with who gives each', () => {
    const report = build(GOLDEN_AS_OF);
    const protesters = report.stillDisputed.find((d) => d.disputeId === 'd-protesters');
    expect(protesters?.values.map((v) => [v.valueText, v.givenBy.map((g) => g.originalSource)])).toEqual([
      ['24–99', ['Saltanat Azirbek']],
      ['26', ['Interior Ministry']],
    ]);
    expect(protesters?.values[0]?.givenBy[0]?.via).toEqual(['CNN', 'Khabar 24']);
  });

  it('marks single-source and hedged figures as unverified, but not claims of resolved disputes', () => {
    const unverified = build(GOLDEN_AS_OF).unverified;
    expect(unverified.map((u) => [u.source.claimId, u.reasons])).toEqual([
      ['c-cnn-hospital', ['single_source']],
    ]);
    const before = build('2022-01-07T12:00:00Z').unverified.map((u) => u.source.claimId);
    expect(before).toContain('c-beast-arrest');
  });

  it('never turns a non-http link into a citation link', () => {
    const sources = build('2022-01-11').keyFigures.flatMap((k) => k.sources);
    const lemonde = sources.find((s) => s.documentId === 'doc-lemonde');
    expect(lemonde?.url).toBeNull();
  });

  it('leaves open disputes out when asked, and keeps only the chosen metrics', () => {
    expect(build(GOLDEN_AS_OF, { includeOpen: false }).stillDisputed).toEqual([]);
    const onlyDetained = build(GOLDEN_AS_OF, { metrics: ['detained'] });
    expect(onlyDetained.keyFigures.map((k) => k.metric)).toEqual(['detained']);
    expect(onlyDetained.stillDisputed).toEqual([]);
    expect(onlyDetained.timeline.map((t) => t.metric)).toEqual(['detained']);
  });

  it('charts each key metric by as-of date with the verdict as its own point', () => {
    const detained = build(GOLDEN_AS_OF).timeline.find((t) => t.metric === 'detained');
    const points = detained?.series[0]?.points.map((p) => `${p.date} ${p.valueText} ${p.kind}`);
    expect(points).toEqual([
      '2022-01-06 1,800–2,200 claim',
      '2022-01-06 2,000 or more claim',
      '2022-01-07 200–999 claim',
      '2022-01-07 2,298 claim',
      '2022-01-07 2,298 verdict',
    ]);
  });

  it('counts approvals and reviewers as of the moment', () => {
    const report = build(GOLDEN_AS_OF);
    expect(report.header.approvers).toEqual(['Aigerim Sadykova']);
    expect(report.reviewers.find((r) => r.name === 'Daniel Okafor')).toMatchObject({
      proposed: 2,
      approved: 0,
      votes: 0,
    });
    expect(report.approvals.map((a) => a.disputeId)).toEqual(['d-beheaded', 'd-detained']);
  });

  it('refuses an as-of that is not an ISO moment with a message saying what is expected', () => {
    expect(() => build('last tuesday')).toThrow(/not an ISO date or timestamp/);
  });
});
