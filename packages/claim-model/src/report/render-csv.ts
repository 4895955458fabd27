import type { Interval } from '../claim';
import type { Report, SourceClaim } from './report-schema';

/** Column order of the CSV; README.md documents each column. */
export const CSV_COLUMNS = [
  'section',
  'dispute_id',
  'dispute_title',
  'metric',
  'subject',
  'place',
  'dispute_status',
  'relations',
  'independent_sources',
  'verdict_rating',
  'verdict_value',
  'verdict_low',
  'verdict_high',
  'verdict_as_of',
  'verdict_approved_by',
  'verdict_approved_at',
  'claim_id',
  'original_source',
  'attribution_chain',
  'outlet',
  'published_date',
  'url',
  'figure_text',
  'claim_low',
  'claim_high',
  'claim_as_of',
  'hedges',
  'unverified_reasons',
  'quote',
] as const;

type Row = Record<(typeof CSV_COLUMNS)[number], string>;

/**
 * One row per source claim with its dispute and verdict, RFC 4180: CRLF line ends, fields quoted when they hold a
 * comma, quote or line break. Text that a spreadsheet would run as a formula (=, +, -, @) gets a leading apostrophe.
 */
export function renderCsv(report: Report): string {
  const lines = [CSV_COLUMNS.join(',')];
  const push = (row: Row) => lines.push(CSV_COLUMNS.map((c) => quoteField(row[c])).join(','));
  for (const k of report.keyFigures) {
    const dispute = {
      dispute_id: k.disputeId,
      dispute_title: text(k.title),
      metric: k.metric,
      subject: k.subject ?? '',
      place: k.place ?? '',
      dispute_status: 'resolved',
      relations: k.relations.map((r) => r.kind).join(';'),
      independent_sources: String(k.independentSourceCount),
      verdict_rating: k.rating,
      verdict_value: text(k.valueText),
      verdict_low: bound(k.value.low),
      verdict_high: bound(k.value.high),
      verdict_as_of: k.valueAsOf ?? '',
      verdict_approved_by: text(k.approvedBy),
      verdict_approved_at: k.approvedAt,
    };
    for (const s of k.sources)
      push({ section: 'key_figure', ...dispute, ...claimCells(s), unverified_reasons: '' });
  }
  for (const d of report.stillDisputed) {
    const dispute = {
      dispute_id: d.disputeId,
      dispute_title: text(d.title),
      metric: d.metric,
      subject: d.subject ?? '',
      place: d.place ?? '',
      dispute_status: d.status,
      relations: d.relations.map((r) => r.kind).join(';'),
      independent_sources: String(d.independentSourceCount),
      ...NO_VERDICT,
    };
    for (const s of d.sources)
      push({ section: 'still_disputed', ...dispute, ...claimCells(s), unverified_reasons: '' });
  }
  // Claims of open disputes already have their row above.
  const listed = new Set(report.stillDisputed.map((d) => d.disputeId));
  for (const u of report.unverified) {
    if (u.disputeId !== null && listed.has(u.disputeId)) continue;
    push({
      section: 'unverified',
      dispute_id: u.disputeId ?? '',
      dispute_title: '',
      metric: u.metric ?? '',
      subject: '',
      place: '',
      dispute_status: '',
      relations: '',
      independent_sources: '1',
      ...NO_VERDICT,
      ...claimCells(u.source),
      unverified_reasons: u.reasons.join(';'),
    });
  }
  return `${lines.join('\r\n')}\r\n`;
}

const NO_VERDICT = {
  verdict_rating: '',
  verdict_value: '',
  verdict_low: '',
  verdict_high: '',
  verdict_as_of: '',
  verdict_approved_by: '',
  verdict_approved_at: '',
};

function claimCells(s: SourceClaim) {
  const interval: Interval = s.interval ?? { low: null, high: null };
  return {
    claim_id: s.claimId,
    original_source: text(s.originalSource),
    attribution_chain: text(s.chain.map((l) => l.name).join(' < ')),
    outlet: text(s.outlet),
    published_date: s.publishedDate ?? '',
    url: s.url ?? '',
    figure_text: text(s.figureText ?? ''),
    claim_low: bound(interval.low),
    claim_high: bound(interval.high),
    claim_as_of: s.asOf ?? '',
    hedges: text(s.hedges.join(';')),
    quote: text(s.quote),
  };
}

// An empty cell is an open bound, as in the JSON's null.
function bound(value: number | null): string {
  return value === null ? '' : String(value);
}

/** Neutralises spreadsheet formulas in free text (OWASP CSV injection). */
function text(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

export function quoteField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}
