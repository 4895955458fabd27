/** Severity runs 0–100. Bands for triage summaries: a conflict on a central casualty figure lands in `high`. */
export const SEVERITY_BANDS = { high: 70, medium: 40 } as const;

export type SeverityBand = 'high' | 'medium' | 'low';

export function severityBand(severity: number): SeverityBand {
  if (severity >= SEVERITY_BANDS.high) return 'high';
  if (severity >= SEVERITY_BANDS.medium) return 'medium';
  return 'low';
}
