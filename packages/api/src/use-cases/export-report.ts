import { z } from 'zod';
import {
  REPORT_FORMATS,
  buildReport,
  mayAccessReport,
  parseMoment,
  renderClaimReview,
  renderCsv,
  renderHtml,
  renderJson,
  renderMarkdown,
  type Report,
  type ReportFormat,
} from '@claimdesk/claim-model/report';
import type { Db } from '@claimdesk/db';
import type { Actor } from '../actor';
import { requireCaseAccess } from '../case-access';
import { DomainError, forbidden } from '../errors';
import { asOfInput } from '../report/as-of-input';
import { idInput } from '../id-input';
import { loadReportSnapshot } from '../report/load-report-snapshot';
import { writeReportPdf } from '../report/render-pdf';
import { collect } from '../report/collect';

export const exportReportInput = z.object({
  caseId: idInput,
  format: z.enum(REPORT_FORMATS),
  asOf: asOfInput.optional(),
  includeOpen: z.boolean().default(true),
  metrics: z.array(z.string().min(1).max(60)).max(50).optional(),
  /** Public address of the report, for ClaimReview `url` and anchors. */
  reportUrl: z
    .url({ protocol: /^https?$/, error: 'The report address must be an http(s) URL' })
    .max(500)
    .optional(),
  publisher: z.string().trim().min(1).max(120).optional(),
});
export type ExportReportInput = z.input<typeof exportReportInput>;

export interface ExportedReport {
  filename: string;
  mimeType: string;
  /** UTF-8 text, or base64 for binary formats (`encoding` says which). */
  content: string;
  encoding: 'utf8' | 'base64';
}

const MIME: Record<ReportFormat, string> = {
  md: 'text/markdown; charset=utf-8',
  html: 'text/html; charset=utf-8',
  pdf: 'application/pdf',
  csv: 'text/csv; charset=utf-8',
  json: 'application/json',
  claimreview: 'application/ld+json',
};
const EXTENSION: Record<ReportFormat, string> = {
  md: 'md',
  html: 'html',
  pdf: 'pdf',
  csv: 'csv',
  json: 'json',
  claimreview: 'claimreview.jsonld',
};

export const DEFAULT_PUBLISHER = 'Claimdesk verification desk';

/**
 * Builds the verified summary report of a case as of a moment and renders one format. Leads export; reviewers may
 * preview HTML and Markdown (`purpose: 'preview'`). Without `asOf`, the report is as of now. A large PDF is better
 * streamed with `streamReportPdf`; here it is collected, for callers that need the whole file at once.
 */
export async function exportReport(
  { db, actor }: { db: Db; actor: Actor },
  input: ExportReportInput,
  purpose: 'preview' | 'export' = 'export',
  now: () => Date = () => new Date(),
): Promise<ExportedReport> {
  const { parsed, report, filename } = prepareReport({ db, actor }, input, purpose, now);
  const claimReview = {
    reportUrl: parsed.reportUrl ?? `https://claimdesk.invalid/cases/${encodeURIComponent(report.case.id)}/report`,
    publisher: parsed.publisher ?? DEFAULT_PUBLISHER,
  };
  const text = (content: string): ExportedReport => ({
    filename,
    mimeType: MIME[parsed.format],
    content,
    encoding: 'utf8',
  });
  switch (parsed.format) {
    case 'md':
      return text(renderMarkdown(report));
    case 'html':
      return text(renderHtml(report, { claimReview: parsed.reportUrl ? claimReview : undefined }));
    case 'csv':
      return text(renderCsv(report));
    case 'json':
      return text(renderJson(report));
    case 'claimreview':
      return text(renderClaimReview(report, claimReview));
    case 'pdf': {
      const pdf = await collect((out) => writeReportPdf(report, out));
      return {
        filename,
        mimeType: MIME.pdf,
        content: pdf.toString('base64'),
        encoding: 'base64',
      };
    }
  }
}

/**
 * Checks that the actor may have this format of the report and builds it: the part every export shares, done before
 * any byte is sent so a refusal is a clear error, never a broken file.
 */
export function prepareReport(
  { db, actor }: { db: Db; actor: Actor },
  input: ExportReportInput,
  purpose: 'preview' | 'export',
  now: () => Date,
): { parsed: z.output<typeof exportReportInput>; report: Report; filename: string } {
  const parsed = exportReportInput.parse(input);
  const access = mayAccessReport(actor.role, parsed.format, purpose);
  if (!access.ok) throw forbidden(access.reason);
  const theCase = requireCaseAccess(db, actor, parsed.caseId);
  const asOf = parsed.asOf ?? now().toISOString();
  try {
    parseMoment(asOf);
  } catch (error) {
    throw new DomainError('INVALID_INPUT', error instanceof Error ? error.message : String(error));
  }
  const snapshot = loadReportSnapshot(db, theCase);
  const report = buildReport(snapshot, { asOf, includeOpen: parsed.includeOpen, metrics: parsed.metrics });
  const filename = `${slug(theCase.name)}-report-${asOf.slice(0, 16).replace(/:/g, '')}.${EXTENSION[parsed.format]}`;
  return { parsed, report, filename };
}

function slug(name: string): string {
  return (
    name
      .normalize('NFKD')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'case'
  );
}
