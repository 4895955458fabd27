import type { Writable } from 'node:stream';
import type { Db } from '@claimdesk/db';
import type { Actor } from '../actor';
import { writeReportPdf } from '../report/render-pdf';
import { prepareReport, type ExportReportInput } from './export-report';

export interface PdfReportExport {
  filename: string;
  mimeType: 'application/pdf';
  /** Writes the PDF to `out` page by page; resolves when `out` has it all. */
  writeTo(out: Writable): Promise<{ pages: number }>;
}

/**
 * The report as a PDF written straight to a file or an HTTP response, so a case of thousands of disputes never
 * sits in memory as one file. Access is checked and the report built before this returns: a refusal or bad input
 * throws here, before any byte is written.
 */
export function streamReportPdf(
  ctx: { db: Db; actor: Actor },
  input: Omit<ExportReportInput, 'format'>,
  now: () => Date = () => new Date(),
): PdfReportExport {
  const { report, filename } = prepareReport(ctx, { ...input, format: 'pdf' }, 'export', now);
  return { filename, mimeType: 'application/pdf', writeTo: (out) => writeReportPdf(report, out) };
}
