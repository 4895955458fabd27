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
import type { PdfDocument } from './pdf/text';
import { openDispute } from './pdf/still-disputed';
import { PAGE, STYLES } from './pdf/theme';

/** Bytes written but not yet taken by the destination, past which drawing waits for it. */
const BEHIND = 2 ** 20;

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
  // Awaited at the end; a destination that fails earlier (a client gone) must not be an unhandled rejection.
  written.catch(() => undefined);
  const pump = new Pump(doc, out);
  const drain = () => pump.drain();
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
    out.destroy(error instanceof Error ? error : new Error(String(error)));
    throw error;
  }
  const ended = pump.finish();
  doc.end();
  await ended;
  await written;
  return { pages: frame.pageNumber };
}

/**
 * Moves what pdfkit has made to the destination, in one write per call rather than one per PDF object (pdfkit
 * writes each object as several tiny chunks), and lets drawing wait while the destination is behind, so memory
 * stays flat. The document is read in paused mode: nothing is buffered twice.
 */
class Pump {
  constructor(
    private readonly doc: PdfDocument,
    private readonly out: Writable,
  ) {
    doc.on('readable', () => this.flush());
  }

  async drain(): Promise<void> {
    this.flush();
    if (this.out.destroyed) throw new Error('The PDF destination was closed before the report was written.');
    // Waiting on every 'drain' would stall drawing on each write's round trip; a megabyte in flight is flat enough.
    if (this.out.writableLength < BEHIND) return;
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

  /** Resolves once the document has ended and all of it is written; call before ending the document. */
  async finish(): Promise<void> {
    await once(this.doc, 'end');
    this.out.end();
  }

  private flush(): void {
    const chunk: unknown = this.doc.read();
    if (chunk instanceof Uint8Array) this.out.write(chunk);
  }
}
