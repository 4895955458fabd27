import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { finished } from 'node:stream/promises';
import PDFDocument from 'pdfkit';
import { formatDate, type Report } from '@claimdesk/claim-model/report';
import { paragraph, sectionHeading } from './pdf/blocks';
import { colophon, methodologySection, reviewersSection, timelineSection, unverifiedSection } from './pdf/appendix';
import { fontFiles } from './pdf/fonts';
import { keyFigure } from './pdf/key-figures';
import { masthead } from './pdf/masthead';
import { PageFrame } from './pdf/page-frame';
import { openDispute } from './pdf/still-disputed';
import { PAGE, STYLES } from './pdf/theme';

/** pdfkit writes each PDF object as several tiny chunks; they go to the destination in blocks of this size. */
const BLOCK = 2 ** 14;

/**
 * Writes the report as an A4 PDF to `out` (a file, an HTTP response), page by page as they are drawn: no page is
 * kept once the next begins, and drawing pauses while the destination is behind. Resolves once `out` has the whole
 * file, with the number of pages. The same report gives the same bytes: the file's dates are the report's as-of moment.
 */
export async function writeReportPdf(report: Report, out: Writable): Promise<{ pages: number }> {
  const fonts = fontFiles();
  const asOf = new Date(Date.parse(report.asOf));
  const doc = new PDFDocument({
    autoFirstPage: false,
    size: [PAGE.width, PAGE.height],
    margin: 0,
    font: fonts.serif,
    pdfVersion: '1.7',
    lang: 'en',
    displayTitle: true,
    // Words are shaped once and cached by the frame (pdf/glyphs.ts): pdfkit's own cache would keep fontkit's full
    // glyph runs of every word of the report.
    fontLayoutCache: false,
    info: {
      Title: `Verified summary report: ${report.case.name}`,
      Subject: `As of ${formatDate(report.asOf)}`,
      Creator: 'Claimdesk',
      Producer: 'Claimdesk',
      CreationDate: asOf,
      ModDate: asOf,
    },
  });
  const written = finished(out);
  const blocks = new BlockWriter(out);
  doc.on('data', (chunk: Uint8Array) => blocks.push(chunk));
  doc.on('end', () => blocks.end());
  const drain = () => blocks.drained();
  let frame: PageFrame;
  try {
    frame = new PageFrame(doc, {
      headerLeft: report.case.name,
      footerLeft: `${report.case.name} · verified summary as of ${formatDate(report.asOf)}`,
    });
    frame.newPage();
    masthead(frame, report);

    sectionHeading(frame, 'Key figures', 120);
    if (report.keyFigures.length === 0) {
      paragraph(frame, 'No dispute had an approved verdict at this moment.', STYLES.bodyMuted);
    }
    for (const [i, k] of report.keyFigures.entries()) {
      keyFigure(frame, k, i === 0);
      await drain();
    }
    if (report.options.includeOpen) {
      sectionHeading(frame, 'Still disputed', 120);
      if (report.stillDisputed.length === 0) paragraph(frame, 'No open disputes.', STYLES.bodyMuted);
      for (const [i, d] of report.stillDisputed.entries()) {
        openDispute(frame, d, i === 0);
        await drain();
      }
    }
    await unverifiedSection(frame, report, drain);
    timelineSection(frame, report);
    methodologySection(frame, report);
    await reviewersSection(frame, report, drain);
    colophon(frame, report);
    frame.finish();
  } catch (error) {
    doc.removeAllListeners('data');
    out.destroy(error instanceof Error ? error : new Error(String(error)));
    throw error;
  }
  doc.end();
  await written;
  return { pages: frame.pageNumber };
}

/**
 * Joins pdfkit's chunks into blocks for the destination (a file write or an HTTP chunk per PDF object would cost
 * more than drawing it), and lets drawing wait while the destination is behind, so memory stays flat.
 */
class BlockWriter {
  private parts: Uint8Array[] = [];
  private size = 0;

  constructor(private readonly out: Writable) {}

  push(chunk: Uint8Array): void {
    this.parts.push(chunk);
    this.size += chunk.length;
    if (this.size >= BLOCK) this.flush();
  }

  end(): void {
    this.flush();
    this.out.end();
  }

  async drained(): Promise<void> {
    if (this.out.destroyed) throw new Error('The PDF destination was closed before the report was written.');
    if (!this.out.writableNeedDrain) return;
    const stop = new AbortController();
    try {
      await Promise.race([
        once(this.out, 'drain', { signal: stop.signal }),
        once(this.out, 'close', { signal: stop.signal }),
      ]);
    } finally {
      stop.abort();
    }
    if (this.out.destroyed) throw new Error('The PDF destination was closed before the report was written.');
  }

  private flush(): void {
    if (this.size === 0) return;
    this.out.write(Buffer.concat(this.parts, this.size));
    this.parts = [];
    this.size = 0;
  }
}
