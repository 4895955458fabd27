import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import {
  CSV_COLUMNS,
  buildReport,
  parseReportJson,
  renderClaimReview,
  renderCsv,
  renderHtml,
  renderHtmlParts,
  renderJson,
  renderMarkdown,
} from '../../src/report';
import { GOLDEN_AS_OF, demoSnapshot } from './demo-snapshot';

const report = () => buildReport(demoSnapshot(), { asOf: GOLDEN_AS_OF, includeOpen: true });
const reviewOptions = {
  reportUrl: 'https://desk.example.org/cases/case-kz/report',
  publisher: 'Example Verification Desk',
};

describe('golden files of the demo case', () => {
  it.each([
    ['report.md', () => renderMarkdown(report())],
    ['report.csv', () => renderCsv(report())],
    ['report.json', () => renderJson(report())],
    ['claim-review.jsonld', () => renderClaimReview(report(), reviewOptions)],
  ])('%s matches its golden file', async (file, render) => {
    await expect(render()).toMatchFileSnapshot(`./golden/${file}`);
  });

  it.each([
    ['Markdown', renderMarkdown],
    ['CSV', renderCsv],
    ['JSON', renderJson],
    ['HTML', (r: ReturnType<typeof report>) => renderHtml(r)],
  ])('%s is byte-identical across two builds of the same snapshot', (_name, render) => {
    expect(render(report())).toBe(render(report()));
  });
});

describe('CSV', () => {
  const rows = parse(renderCsv(report()), { columns: true, skip_empty_lines: true, bom: false }) as Record<
    string,
    string
  >[];

  it('reads back with a CSV parser: one row per source claim, quotes and commas intact', () => {
    expect(Object.keys(rows[0] ?? {})).toEqual([...CSV_COLUMNS]);
    const cited =
      report().keyFigures.reduce((n, k) => n + k.sources.length, 0) +
      report().stillDisputed.reduce((n, d) => n + d.sources.length, 0);
    expect(rows).toHaveLength(cited);
    const ministry = rows.find((r) => r.claim_id === 'c-au-detained-ministry');
    expect(ministry).toMatchObject({
      section: 'key_figure',
      verdict_rating: 'confirmed',
      verdict_low: '2298',
      attribution_chain: 'news.com.au < Newsweek < The Insider < Interior Ministry',
    });
    expect(ministry?.quote).toContain('18 security officials have been killed, 748 people');
    expect(rows.find((r) => r.claim_id === 'c-cnn-protesters')?.quote).toContain(
      '“dozens of attackers were killed”',
    );
  });

  it('leaves an open bound empty and neutralises text a spreadsheet would run as a formula', () => {
    expect(rows.find((r) => r.claim_id === 'c-beast-arrest')).toMatchObject({
      claim_low: '2000',
      claim_high: '',
    });
    const snapshot = demoSnapshot();
    const first = snapshot.claims[0];
    if (first) first.text = '=HYPERLINK("http://evil.example","click")';
    const csv = renderCsv(buildReport(snapshot, { asOf: GOLDEN_AS_OF, includeOpen: true }));
    const parsed = parse(csv, { columns: true }) as Record<string, string>[];
    expect(parsed.find((r) => r.claim_id === first?.id)?.quote).toBe(
      `'=HYPERLINK("http://evil.example","click")`,
    );
  });
});

describe('JSON', () => {
  it('reads back through the versioned schema to the same report', () => {
    const parsed = parseReportJson(renderJson(report()));
    expect(parsed).toEqual({ ok: true, report: report() });
  });

  it('says which field is wrong in a report of another shape', () => {
    const parsed = parseReportJson(JSON.stringify({ ...report(), schemaVersion: 99 }));
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.errors.join('\n')).toMatch(/schemaVersion/);
  });
});

describe('ClaimReview JSON-LD', () => {
  const reviews = JSON.parse(renderClaimReview(report(), reviewOptions)) as Record<string, unknown>[];

  it('has the properties Google requires and recommends on every review', () => {
    expect(reviews.length).toBeGreaterThan(0);
    for (const review of reviews) {
      expect(review['@context']).toBe('https://schema.org');
      expect(review['@type']).toBe('ClaimReview');
      // Required: claimReviewed, reviewRating with alternateName, url.
      expect(typeof review.claimReviewed).toBe('string');
      expect((review.claimReviewed as string).length).toBeLessThanOrEqual(75);
      expect(review.url).toMatch(/^https:\/\/desk\.example\.org\/cases\/case-kz\/report#dispute-/);
      expect(review.reviewRating).toMatchObject({
        '@type': 'Rating',
        bestRating: 5,
        worstRating: 1,
        alternateName: expect.any(String),
      });
      expect(typeof (review.reviewRating as { ratingValue: unknown }).ratingValue).toBe('number');
      // Recommended: author, datePublished, itemReviewed (Claim with appearance, author, datePublished).
      expect(review.author).toEqual({ '@type': 'Organization', name: 'Example Verification Desk' });
      expect(review.datePublished).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      const item = review.itemReviewed as Record<string, unknown>;
      expect(item['@type']).toBe('Claim');
      expect(item.author).toMatchObject({ name: expect.any(String) });
      expect(item.datePublished).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(Array.isArray(item.appearance)).toBe(true);
    }
  });

  it('is one claim per original source and figure, appearing in every outlet that repeats it', () => {
    const beheaded = reviews.filter((r) => String(r.url).endsWith('#dispute-d-beheaded'));
    const authors = beheaded.map((r) => (r.itemReviewed as { author: { name: string } }).author.name).sort();
    expect(authors).toEqual(['AFP', 'Almaty commander’s office', 'Associated Press', 'State TV']);
    expect(beheaded[0]?.reviewRating).toMatchObject({ alternateName: 'Conflicting', ratingValue: 3 });
  });

  it('only reviews resolved disputes', () => {
    expect(reviews.some((r) => String(r.url).includes('d-protesters'))).toBe(false);
  });
});

describe('HTML', () => {
  const html = renderHtml(report(), { claimReview: reviewOptions });

  it('is self-contained: inline styles and SVG, no external resources, no runnable script', () => {
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain('<svg xmlns="http://www.w3.org/2000/svg"');
    expect(html).not.toMatch(/<link |<img |src=/);
    expect(html.match(/<script[^>]*>/g)).toEqual(['<script type="application/ld+json">']);
  });

  it('escapes source text and drops non-http links', () => {
    const snapshot = demoSnapshot();
    const first = snapshot.claims[0];
    if (first) first.text = '<img src=x onerror=alert(1)> “quoted”';
    const page = renderHtml(buildReport(snapshot, { asOf: '2022-01-11', includeOpen: true }));
    expect(page).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(page).not.toContain('javascript:');
  });

  it('cuts into complete documents that together hold every item once, headings where sections start', () => {
    const parts = renderHtmlParts(report(), { maxRowsPerPart: 6 });
    expect(parts.length).toBeGreaterThan(2);
    for (const part of parts) expect(part).toMatch(/^<!doctype html>[\s\S]*<\/html>\n$/);
    const all = parts.join('');
    for (const id of ['d-beheaded', 'd-detained', 'd-le-deaths', 'd-protesters', 'd-hospital']) {
      expect(all.split(`id="dispute-${id}"`)).toHaveLength(2);
    }
    expect(all.split('<h2>Key figures</h2>')).toHaveLength(2);
    expect(renderHtmlParts(report(), { maxRowsPerPart: Number.POSITIVE_INFINITY })).toEqual([
      renderHtml(report()),
    ]);
  });

  it('anchors every key figure and open dispute for the ClaimReview links', () => {
    for (const id of ['d-beheaded', 'd-detained', 'd-protesters'])
      expect(html).toContain(`id="dispute-${id}"`);
  });
});
