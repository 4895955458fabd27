import { Writable } from 'node:stream';
import { PDFParse } from 'pdf-parse';
import { describe, expect, it } from 'vitest';
import { buildReport, type ReportSnapshot } from '@claimdesk/claim-model/report';
import { writeReportPdf } from '../src';
import { collect } from '../src/report/collect';

const SOURCES = 200;
const words = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];

/** One resolved dispute cited by 200 source claims, with sentences of different lengths so rows differ in height. */
function longCase(): ReportSnapshot {
  const claims = Array.from({ length: SOURCES }, (_, i) => ({
    id: `claim-${i}`,
    documentId: `doc-${i % 20}`,
    text: `Row${i}start ${'the ministry said that the figure had been revised upwards after the night '.repeat(1 + (i % 4))}Row${i}end.`,
    figureText: `${100 + i}`,
    interval: { low: 100 + i, high: 100 + i },
    unit: 'count',
    metric: 'detained',
    subject: 'people',
    place: 'almaty',
    asOf: '2022-01-07',
    chain: [
      { name: `Outlet ${words[i % words.length] ?? ''}`, kind: 'outlet' as const },
      { name: `Source${i}`, kind: 'official' as const },
    ],
    hedges: [],
    score: 0.9,
  }));
  return {
    case: { id: 'long', name: 'Қаңтар оқиғалары — Алматы, “long” case' },
    documents: Array.from({ length: 20 }, (_, i) => ({
      id: `doc-${i}`,
      title: `Document ${i}`,
      outlet: `Outlet ${words[i % words.length] ?? ''}`,
      url: `https://news.example.org/2022/01/${i}`,
      publishedDate: '2022-01-07',
      importedAt: '2022-01-08T00:00:00.000Z',
    })),
    claims,
    disputes: [
      {
        id: 'dispute-long',
        metric: 'detained',
        subject: 'people',
        place: 'almaty',
        status: 'resolved',
        statusHistory: [{ status: 'resolved', at: '2022-01-09T00:00:00.000Z' }],
        relations: [{ kind: 'conflict', reason: '100 (Source0) cannot hold with 299 (Source199).' }],
        severity: 90,
        claimIds: claims.map((c) => c.id),
        independentSourceCount: SOURCES,
        createdAt: '2022-01-08T00:00:00.000Z',
      },
    ],
    verdicts: [
      {
        id: 'verdict-long',
        disputeId: 'dispute-long',
        rating: 'conflicting',
        low: 100,
        high: 299,
        asOf: '2022-01-07',
        rationale: 'Sources disagree; Ерлан Қожахметов’s count – the highest – is not corroborated.',
        proposedBy: 'Daniel Okafor',
        proposedAt: '2022-01-08T12:00:00.000Z',
        approvedBy: 'Aigerim Sadykova',
        approvedAt: '2022-01-09T00:00:00.000Z',
        votes: [],
      },
    ],
    reviewers: [
      { id: 'u1', name: 'Aigerim Sadykova', role: 'lead' },
      { id: 'u2', name: 'Daniel Okafor', role: 'reviewer' },
    ],
  };
}

async function pdfOf(snapshot: ReportSnapshot, asOf: string): Promise<Buffer> {
  return collect((out) => writeReportPdf(buildReport(snapshot, { asOf, includeOpen: true }), out));
}

describe('the PDF of a key figure with 200 source claims', () => {
  it('spans pages, repeats the table header on each, and never splits a row', async () => {
    const bytes = await pdfOf(longCase(), '2022-01-10T00:00:00Z');
    const parser = new PDFParse({ data: new Uint8Array(bytes) });
    const { pages } = await parser.getText();
    await parser.destroy();
    const pageOf = (marker: string) => pages.findIndex((p) => p.text.includes(marker));
    const tablePages = new Set<number>();
    for (let i = 0; i < SOURCES; i++) {
      // A row's first cell (its original source) and the end of its quoted sentence are on the same page.
      const start = pageOf(`Source${i}\n`) >= 0 ? pageOf(`Source${i}\n`) : pageOf(`Source${i} `);
      expect(start, `row ${i}`).toBeGreaterThanOrEqual(0);
      expect(pageOf(`Row${i}end.`), `row ${i}`).toBe(start);
      expect(pageOf(`Row${i}start`), `row ${i}`).toBe(start);
      tablePages.add(start);
    }
    expect(tablePages.size).toBeGreaterThan(3);
    for (const page of tablePages) {
      expect(pages[page]?.text).toMatch(/ORIGINAL SOURCE\s+FIGURE\s+OUTLET\s+SENTENCE QUOTED/);
    }
  });

  it('prints Cyrillic names, curly quotes and dashes, numbers every page, and dates the file at the as-of moment', async () => {
    const bytes = await pdfOf(longCase(), '2022-01-10T00:00:00Z');
    const parser = new PDFParse({ data: new Uint8Array(bytes) });
    const { text, total } = await parser.getText();
    const info = await parser.getInfo();
    await parser.destroy();
    expect(text).toContain('Қаңтар оқиғалары — Алматы, “long” case');
    expect(text).toContain('Ерлан Қожахметов’s count – the highest');
    expect(text).toContain(`Page ${total} of ${total}`);
    expect(info.info).toMatchObject({ CreationDate: 'D:20220110000000Z', ModDate: 'D:20220110000000Z' });
  });

  it('stops with an error when the destination goes away half way (a download cancelled)', async () => {
    const report = buildReport(longCase(), { asOf: '2022-01-10T00:00:00Z', includeOpen: true });
    let received = 0;
    const gone = new Writable({
      write(chunk: Buffer, _encoding, done) {
        received += chunk.length;
        if (received > 20_000) gone.destroy(new Error('client went away'));
        done();
      },
    });
    await expect(writeReportPdf(report, gone)).rejects.toThrow();
  });

  it('is the same file for the same report', async () => {
    const first = await pdfOf(longCase(), '2022-01-10T00:00:00Z');
    expect((await pdfOf(longCase(), '2022-01-10T00:00:00Z')).equals(first)).toBe(true);
  });
});
