import { reportSchema, type Report } from './report-schema';

/**
 * The report as versioned JSON (README.md in this folder): compact, keys in schema order, final newline. Compact
 * because a large case's report is tens of MB, and indentation would double it.
 */
export function renderJson(report: Report): string {
  return `${JSON.stringify(report)}\n`;
}

export type ParsedReport = { ok: true; report: Report } | { ok: false; errors: string[] };

/** Reads a report back, checking it against the schema of its version. */
export function parseReportJson(json: string): ParsedReport {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (error) {
    return { ok: false, errors: [`Not JSON: ${error instanceof Error ? error.message : String(error)}`] };
  }
  const parsed = reportSchema.safeParse(value);
  if (parsed.success) return { ok: true, report: parsed.data };
  return {
    ok: false,
    errors: parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`),
  };
}
