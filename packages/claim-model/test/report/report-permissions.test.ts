import { describe, expect, it } from 'vitest';
import { mayAccessReport, type ReportFormat } from '../../src/report';
import type { Role } from '../../src';

describe('who may see the report', () => {
  it.each<[Role, ReportFormat, 'preview' | 'export', boolean, string]>([
    ['lead', 'pdf', 'export', true, 'a lead exports a PDF'],
    ['admin', 'claimreview', 'export', true, 'an admin exports ClaimReview'],
    ['reviewer', 'html', 'preview', true, 'a reviewer previews HTML'],
    ['reviewer', 'md', 'preview', true, 'a reviewer previews Markdown'],
    ['reviewer', 'html', 'export', false, 'a reviewer cannot download even HTML'],
    ['reviewer', 'csv', 'preview', false, 'a reviewer cannot preview CSV'],
  ])('%s %s %s → %s (%s)', (role, format, purpose, ok) => {
    expect(mayAccessReport(role, format, purpose).ok).toBe(ok);
  });
});
