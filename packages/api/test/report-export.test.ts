import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PDFParse } from 'pdf-parse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TRPCError } from '@trpc/server';
import { parseReportJson } from '@claimdesk/claim-model/report';
import { disputes, eq, findWorkspaceRoot } from '@claimdesk/db';
import { createTestDatabase } from '@claimdesk/db/testing';
import { importManifest, metadataFromManifest } from '../src';
import { base64, callerFor, seedCase, seedUser } from './support/seed';
import { seedDispute } from './support/review-seed';

const { db, dispose } = createTestDatabase();
afterAll(dispose);

const lead = seedUser(db, 'lead', 'Aigerim Sadykova');
const ana = seedUser(db, 'reviewer', 'Daniel Okafor');
const theCase = seedCase(db, [lead, ana], 'Kazakhstan unrest, January 2022');
const demoDir = join(findWorkspaceRoot(), 'demo', 'kazakhstan-2022');
const manifest = importManifest.parse(JSON.parse(readFileSync(join(demoDir, 'manifest.json'), 'utf8')));

/** Resolves a dispute the way the desk does: triage, assign, review, propose, approve by a lead. */
async function resolve(
  disputeId: string,
  verdict: { rating: 'confirmed' | 'conflicting'; low: number; high: number; rationale: string },
) {
  let d = await callerFor(db, ana).dispute.triage({ disputeId, expectedVersion: 1 });
  d = await callerFor(db, lead).dispute.assign({ disputeId, expectedVersion: d.version, assigneeId: ana.id });
  d = await callerFor(db, ana).dispute.startReview({ disputeId, expectedVersion: d.version });
  const proposed = await callerFor(db, ana).verdict.propose({
    itemType: 'dispute',
    itemId: disputeId,
    expectedVersion: d.version,
    asOf: '2022-01-07',
    ...verdict,
  });
  await callerFor(db, lead).verdict.approve({
    verdictId: proposed.verdictId,
    expectedVersion: proposed.verdictVersion,
  });
}

const mostSevere = (metric: string) =>
  db
    .select()
    .from(disputes)
    .where(eq(disputes.metric, metric))
    .all()
    .sort((a, b) => b.severity - a.severity)[0];

let beforeApproval = '';
let beheadedId = '';
let detainedId = '';

beforeAll(async () => {
  await callerFor(db, lead).document.import({
    caseId: theCase.id,
    items: manifest.documents.map((entry) => ({
      name: entry.file,
      contentBase64: base64(readFileSync(join(demoDir, entry.file))),
      metadata: metadataFromManifest(entry),
    })),
  });
  beforeApproval = new Date().toISOString();
  // Everything after this point must be stamped later than beforeApproval: wait until the clock has moved on.
  const stamped = Date.parse(beforeApproval);
  while (Date.now() <= stamped) await new Promise((resolve) => setImmediate(resolve));
  const beheaded = mostSevere('beheaded');
  const detained = mostSevere('detained');
  if (!beheaded || !detained) throw new Error('The demo corpus must give beheaded and detained disputes.');
  beheadedId = beheaded.id;
  detainedId = detained.id;
  await resolve(beheadedId, {
    rating: 'conflicting',
    low: 1,
    high: 2,
    rationale: 'AFP and Khabar 24 report two officers beheaded; AP reports one.',
  });
  await resolve(detainedId, {
    rating: 'confirmed',
    low: 2298,
    high: 2298,
    rationale: 'The Interior Ministry count of 2,298 is consistent with “at least 2,000”.',
  });
});

const exportAs = (
  format: 'md' | 'html' | 'pdf' | 'csv' | 'json' | 'claimreview',
  extra: { asOf?: string } = {},
) =>
  callerFor(db, lead).report.export({
    caseId: theCase.id,
    format,
    reportUrl: 'https://desk.example.org/kz/report',
    ...extra,
  });

describe('exporting the demo case after resolving two disputes', () => {
  it('Markdown shows both verdicts with their citations and the disputes still open', async () => {
    const file = await exportAs('md');
    expect(file).toMatchObject({ mimeType: 'text/markdown; charset=utf-8', encoding: 'utf8' });
    expect(file.filename).toMatch(/^kazakhstan-unrest-january-2022-report-.*\.md$/);
    expect(file.content).toContain('**Verdict: Conflicting — 1–2**');
    expect(file.content).toContain('**Verdict: Confirmed — 2,298**');
    expect(file.content).toContain('Attribution: news.com.au');
    expect(file.content).toMatch(/## Still disputed\n\n### 1\./);
    expect(file.content).toContain('approved by Aigerim Sadykova');
  });

  it('JSON reads back through the schema; a report as of before the approvals has no key figures', async () => {
    const now = parseReportJson((await exportAs('json')).content);
    expect(now.ok && now.report.keyFigures.map((k) => k.disputeId).sort()).toEqual(
      [beheadedId, detainedId].sort(),
    );
    const earlier = parseReportJson((await exportAs('json', { asOf: beforeApproval })).content);
    expect(earlier.ok && earlier.report.keyFigures).toEqual([]);
    expect(earlier.ok && earlier.report.stillDisputed.some((d) => d.disputeId === beheadedId)).toBe(true);
  });

  it('Markdown, CSV and JSON are byte-identical for the same as-of moment', async () => {
    const asOf = new Date().toISOString();
    for (const format of ['md', 'csv', 'json'] as const) {
      expect((await exportAs(format, { asOf })).content).toBe((await exportAs(format, { asOf })).content);
    }
  });

  it('CSV has one row per cited source claim, with the verdict on key-figure rows', async () => {
    const csv = (await exportAs('csv')).content;
    const json = parseReportJson((await exportAs('json')).content);
    if (!json.ok) throw new Error(json.errors.join('\n'));
    const keyRows = csv.split('\r\n').filter((line) => line.startsWith('key_figure,'));
    expect(keyRows).toHaveLength(json.report.keyFigures.reduce((n, k) => n + k.sources.length, 0));
    expect(keyRows.some((line) => line.includes(',confirmed,"2,298",2298,2298,'))).toBe(true);
  });

  it('ClaimReview links each review to the dispute anchor of the report', async () => {
    const reviews = JSON.parse((await exportAs('claimreview')).content) as {
      url: string;
      reviewRating: { alternateName: string };
    }[];
    expect(reviews.length).toBeGreaterThan(1);
    expect(reviews.every((r) => r.url.startsWith('https://desk.example.org/kz/report#dispute-'))).toBe(true);
    expect(new Set(reviews.map((r) => r.reviewRating.alternateName))).toEqual(
      new Set(['Conflicting', 'Confirmed']),
    );
  });

  it('the PDF opens in a PDF parser and its text carries the verdicts and citations', async () => {
    const file = await exportAs('pdf');
    expect(file).toMatchObject({ mimeType: 'application/pdf', encoding: 'base64' });
    const bytes = Buffer.from(file.content, 'base64');
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const parser = new PDFParse({ data: new Uint8Array(bytes) });
    const { text, total } = await parser.getText();
    await parser.destroy();
    expect(total).toBeGreaterThan(1);
    const flat = text.replace(/\s+/g, ' ');
    expect(flat).toContain('Kazakhstan unrest, January 2022');
    expect(flat).toContain('2,298');
    expect(flat).toMatch(/CONFLICTING/i);
    expect(flat).toContain('Interior Ministry');
    expect(flat).toContain('news.com.au');
    expect(flat).toMatch(/Page 1 of \d+/);
  }, 60_000);
});

describe('who may see the report', () => {
  it('a reviewer previews HTML but cannot export', async () => {
    const preview = await callerFor(db, ana).report.preview({ caseId: theCase.id, format: 'html' });
    expect(preview.content).toMatch(/^<!doctype html>/);
    const error = await callerFor(db, ana)
      .report.export({ caseId: theCase.id, format: 'md' })
      .then(
        () => null,
        (e: unknown) => e,
      );
    expect(error).toBeInstanceOf(TRPCError);
    expect((error as TRPCError).code).toBe('FORBIDDEN');
  });

  it('someone outside the case gets not found, and a bad as-of gets a clear message', async () => {
    const outsider = seedUser(db, 'lead');
    const hidden = await callerFor(db, outsider)
      .report.export({ caseId: theCase.id, format: 'md' })
      .then(
        () => null,
        (e: unknown) => e,
      );
    expect((hidden as TRPCError).code).toBe('NOT_FOUND');
    const bad = await callerFor(db, lead)
      .report.export({ caseId: theCase.id, format: 'md', asOf: 'yesterday' })
      .then(
        () => null,
        (e: unknown) => e,
      );
    expect((bad as TRPCError).code).toBe('BAD_REQUEST');
    expect((bad as TRPCError).message).toMatch(/ISO date or timestamp/);
  });
});

describe('a four-eyes case', () => {
  it('shows the second reviewer’s agreement with the verdict it approved', async () => {
    const ben = seedUser(db, 'reviewer', 'Ben Second');
    const fourEyes = seedCase(db, [lead, ana, ben], 'Four-eyes case', true);
    const { disputeId } = seedDispute(db, fourEyes.id);
    const d = await callerFor(db, lead).dispute.assign({ disputeId, expectedVersion: 1, assigneeId: ana.id });
    const p = await callerFor(db, ana).verdict.propose({
      itemType: 'dispute',
      itemId: disputeId,
      expectedVersion: d.version,
      rating: 'false',
      low: 1,
      high: 1,
      rationale: 'Only one officer was beheaded per AP.',
    });
    await callerFor(db, ben).verdict.vote({ verdictId: p.verdictId, expectedVersion: 1, agree: true });
    await callerFor(db, lead).verdict.approve({ verdictId: p.verdictId, expectedVersion: 2 });

    const json = parseReportJson(
      (await callerFor(db, lead).report.export({ caseId: fourEyes.id, format: 'json' })).content,
    );
    if (!json.ok) throw new Error(json.errors.join('\n'));
    expect(json.report.keyFigures[0]).toMatchObject({
      rating: 'false',
      proposedBy: 'Daniel Okafor',
      approvedBy: 'Aigerim Sadykova',
    });
    expect(json.report.keyFigures[0]?.votes).toMatchObject([{ reviewer: 'Ben Second', agrees: true }]);
    const md = (await callerFor(db, lead).report.export({ caseId: fourEyes.id, format: 'md' })).content;
    expect(md).toContain('Second reviewers: Ben Second (agrees).');
  });
});
