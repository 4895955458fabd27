import { isLead } from '../roles';
import type { Role } from '../vocabulary';

export const REPORT_FORMATS = ['md', 'html', 'pdf', 'csv', 'json', 'claimreview'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** Formats a reviewer may read on screen; everything leaves the desk only through a lead. */
export const PREVIEW_FORMATS = ['html', 'md'] as const satisfies readonly ReportFormat[];

export type ReportAccess = { ok: true } | { ok: false; reason: string };

/** Leads export every format; reviewers may preview the report as HTML or Markdown, not download it. */
export function mayAccessReport(
  role: Role,
  format: ReportFormat,
  purpose: 'preview' | 'export',
): ReportAccess {
  if (isLead(role)) return { ok: true };
  if (purpose === 'preview' && (PREVIEW_FORMATS as readonly ReportFormat[]).includes(format))
    return { ok: true };
  return {
    ok: false,
    reason:
      purpose === 'export'
        ? 'Only leads can export the report; reviewers can preview it.'
        : 'Reviewers can preview the report as HTML or Markdown only.',
  };
}
