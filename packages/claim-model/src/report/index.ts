export { buildReport, type ReportOptions } from './build-report';
export { parseMoment } from './as-of-view';
export * from './report-schema';
export type * from './snapshot';
export { renderMarkdown } from './render-markdown';
export { renderHtml, renderHtmlParts, type HtmlOptions } from './render-html';
export { renderCsv, CSV_COLUMNS } from './render-csv';
export { renderJson, parseReportJson, type ParsedReport } from './render-json';
export { renderClaimReview, type ClaimReviewOptions } from './render-claim-review';
export { renderTimelineSvg, SERIES_COLOURS, niceCeiling, ticks as chartTicks } from './svg-chart';
export { formatInterval, formatDate, formatNumber } from './format';
export { RELATION_LABELS, STATUS_LABELS, UNVERIFIED_LABELS, chainText, plural } from './text-labels';
export {
  REPORT_FORMATS,
  PREVIEW_FORMATS,
  mayAccessReport,
  type ReportFormat,
  type ReportAccess,
} from './report-permissions';
