import { escapeHtml as e } from './escape-html';
import { formatDate, formatNumber } from './format';
import { REPORT_CSS } from './html-styles';
import { renderClaimReview, type ClaimReviewOptions } from './render-claim-review';
import type { KeyFigure, OpenDispute, Report, SourceClaim } from './report-schema';
import { SERIES_COLOURS, renderTimelineSvg } from './svg-chart';
import { RELATION_LABELS, STATUS_LABELS, UNVERIFIED_LABELS, chainText, plural } from './text-labels';

export interface HtmlOptions {
  /** Embeds the ClaimReview JSON-LD in the page head when the report has a public address. */
  claimReview?: ClaimReviewOptions;
}

/** A self-contained, print-ready HTML document: inline CSS and SVG, no scripts to run, no external requests. */
export function renderHtml(report: Report, options: HtmlOptions = {}): string {
  return renderHtmlParts(report, { ...options, maxRowsPerPart: Number.POSITIVE_INFINITY })[0] ?? '';
}

/**
 * The same document cut into consecutive parts of at most about `maxRowsPerPart` table rows, each a complete HTML
 * page. Chromium lays out a document of tens of thousands of rows in time and memory that grow faster than its
 * length; printing parts and joining the PDFs keeps both proportional.
 */
export function renderHtmlParts(report: Report, options: HtmlOptions & { maxRowsPerPart: number }): string[] {
  const blocks = blocksOf(report);
  const parts: Block[][] = [];
  let current: Block[] = [];
  let rows = 0;
  for (const block of blocks) {
    if (current.length > 0 && rows + block.rows > options.maxRowsPerPart) {
      parts.push(current);
      current = [];
      rows = 0;
    }
    current.push(block);
    rows += block.rows;
  }
  if (current.length > 0) parts.push(current);
  const head = documentHead(report, options);
  return parts.map((part) => `${head}${sectionsOf(part)}\n</main></body></html>\n`);
}

/** One unit of the document: an item of a section, never split across parts. */
interface Block {
  section: string;
  /** The section's heading, given on its first block only. */
  heading: string | null;
  html: string;
  rows: number;
}

function documentHead(report: Report, options: HtmlOptions): string {
  const title = `Verified summary report: ${report.case.name}`;
  const jsonLd = options.claimReview
    ? `<script type="application/ld+json">${renderClaimReview(report, options.claimReview).trim().replace(/</g, '\\u003c')}</script>`
    : '';
  return [
    '<!doctype html>',
    '<html lang="en"><head><meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${e(title)}</title>`,
    `<style>${REPORT_CSS}</style>${jsonLd}</head><body><main>`,
    '',
  ].join('\n');
}

// Consecutive blocks of one section share a <section>; its heading appears where the section starts.
function sectionsOf(blocks: readonly Block[]): string {
  const out: string[] = [];
  let open: string | null = null;
  for (const block of blocks) {
    if (block.section !== open) {
      if (open !== null) out.push('</section>');
      out.push(`<section id="${block.section}">`);
      open = block.section;
    }
    if (block.heading !== null) out.push(`<h2>${e(block.heading)}</h2>`);
    out.push(block.html);
  }
  if (open !== null) out.push('</section>');
  return out.join('\n');
}

function blocksOf(report: Report): Block[] {
  const blocks: Block[] = [{ section: 'summary', heading: null, html: masthead(report), rows: 1 }];
  const items = (section: string, heading: string, list: { html: string; rows: number }[], empty: string) => {
    if (list.length === 0)
      blocks.push({ section, heading, html: `<p class="empty">${e(empty)}</p>`, rows: 1 });
    list.forEach((item, i) => blocks.push({ section, heading: i === 0 ? heading : null, ...item }));
  };
  items(
    'key-figures',
    'Key figures',
    report.keyFigures.map((k) => ({ html: keyFigure(k), rows: k.sources.length + 2 })),
    'No dispute had an approved verdict at this moment.',
  );
  if (report.options.includeOpen) {
    items(
      'still-disputed',
      'Still disputed',
      report.stillDisputed.map((d) => ({
        html: openDispute(d),
        rows: d.sources.length + d.values.length + 2,
      })),
      'No open disputes.',
    );
  }
  blocks.push({
    section: 'unverified',
    heading: 'Unverified',
    html: unverified(report),
    rows: report.unverified.length + 1,
  });
  blocks.push({
    section: 'timeline',
    heading: 'Figures over time',
    html: timeline(report),
    rows: 10 * report.timeline.length + 1,
  });
  blocks.push({ section: 'methodology', heading: 'Methodology', html: methodology(report), rows: 30 });
  blocks.push({
    section: 'reviewers',
    heading: 'Reviewers and approvals',
    html: reviewers(report),
    rows: report.reviewers.length + report.approvals.length + 2,
  });
  blocks.push({
    section: 'colophon',
    heading: null,
    html: `<footer class="colophon footnote">Claimdesk verified summary report · ${e(report.case.name)} · as of ${e(formatDate(report.asOf))} · schema version ${report.schemaVersion}</footer>`,
    rows: 1,
  });
  return blocks;
}

function masthead(report: Report): string {
  const c = report.header.counts;
  const approvers =
    report.header.approvers.length > 0 ? report.header.approvers.join(', ') : 'no approvals yet';
  const counts: [string, number][] = [
    ['Documents', c.documents],
    ['Claims', c.claims],
    ['Disputes', c.disputes],
    ['Key figures', c.keyFigures],
    ['Still disputed', c.stillDisputed],
    ['Unverified', c.unverified],
  ];
  const notes = [
    report.options.metrics ? `Measures: ${report.options.metrics.join(', ')}.` : '',
    report.options.includeOpen ? '' : 'Open disputes are left out of this edition.',
    c.disputesByStatus.length > 0
      ? `Disputes by status: ${c.disputesByStatus.map((s) => `${STATUS_LABELS[s.status]} ${formatNumber(s.count)}`).join(' · ')}.`
      : '',
  ].filter((n) => n !== '');
  return `<header class="masthead"><p class="kicker">Verified summary report</p><h1>${e(report.case.name)}</h1>
<p class="meta">As of ${e(formatDate(report.asOf))} · Approved by ${e(approvers)}</p>
<dl class="counts">${counts.map(([k, v]) => `<div><dt>${k}</dt><dd>${formatNumber(v)}</dd></div>`).join('')}</dl>
${notes.map((n) => `<p class="status">${e(n)}</p>`).join('')}</header>`;
}

function relationList(relations: KeyFigure['relations']): string {
  if (relations.length === 0) return '';
  return `<ul class="relations">${relations.map((r) => `<li><strong>${RELATION_LABELS[r.kind]}.</strong> ${e(r.reason)}</li>`).join('')}</ul>`;
}

function outletCell(s: SourceClaim): string {
  const name = s.url === null ? e(s.outlet) : `<a href="${e(s.url)}">${e(s.outlet)}</a>`;
  return `${name}<span class="chain">${e(formatDate(s.publishedDate))}</span>`;
}

function sourcesTable(sources: readonly SourceClaim[]): string {
  const rows = sources.map((s) => {
    const hedges = s.hedges.length > 0 ? `<span class="hedge">Hedged: ${e(s.hedges.join(', '))}</span>` : '';
    return `<tr><td>${e(s.originalSource)}<span class="chain">${e(chainText(s))}</span></td><td class="figure">${e(s.figureText ?? '—')}</td><td>${outletCell(s)}</td><td class="quote"><q>${e(s.quote)}</q>${hedges}</td></tr>`;
  });
  return `<table class="sources"><colgroup><col style="width:22%"><col style="width:12%"><col style="width:16%"><col></colgroup>
<thead><tr><th>Original source</th><th>Figure</th><th>Outlet</th><th>Sentence quoted</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

function keyFigure(k: KeyFigure): string {
  const asOf = k.valueAsOf === null ? '' : `as of ${formatDate(k.valueAsOf)}`;
  const votes =
    k.votes.length > 0
      ? ` · second reviewers: ${k.votes.map((v) => `${v.reviewer} (${v.agrees ? 'agrees' : 'disagrees'})`).join(', ')}`
      : '';
  return `<article class="item" id="dispute-${e(k.disputeId)}"><div class="item-head"><h3>${e(k.title)}</h3>
<div class="verdict"><span class="rating rating-${k.rating}">${e(k.ratingLabel)}</span><span class="value">${e(k.valueText)}</span><span class="value-date">${e(asOf)}</span></div>
<p class="byline">${plural(k.independentSourceCount, 'independent source')} · ${plural(k.sources.length, 'source claim')} · proposed by ${e(k.proposedBy)}, approved by ${e(k.approvedBy)} on ${e(formatDate(k.approvedAt))}${e(votes)}</p></div>
${k.rationale.trim() === '' ? '' : `<p class="rationale">${e(k.rationale)}</p>`}${relationList(k.relations)}${sourcesTable(k.sources)}</article>`;
}

function openDispute(d: OpenDispute): string {
  const previous = d.previousRating === null ? '' : ` · reopened after a “${d.previousRating}” verdict`;
  const values = d.values.map(
    (v) =>
      `<tr><td class="figure">${e(v.valueText)}</td><td>${e(v.figureTexts.map((t) => `“${t}”`).join(', '))}</td><td>${v.givenBy
        .map(
          (g) =>
            `${e(g.originalSource)}${g.via.length > 0 ? `<span class="chain">via ${e(g.via.join(', '))}</span>` : ''}`,
        )
        .join('<br>')}</td></tr>`,
  );
  return `<article class="item" id="dispute-${e(d.disputeId)}"><div class="item-head"><h3>${e(d.title)}</h3>
<p class="byline">Status: ${STATUS_LABELS[d.status]} · ${plural(d.independentSourceCount, 'independent source')}${e(previous)}</p></div>
${relationList(d.relations)}<table class="values"><colgroup><col style="width:18%"><col style="width:32%"><col></colgroup><thead><tr><th>Value</th><th>As written</th><th>Given by</th></tr></thead><tbody>${values.join('')}</tbody></table>
${sourcesTable(d.sources)}</article>`;
}

function unverified(report: Report): string {
  if (report.unverified.length === 0) {
    return '<p class="empty">No single-source or hedged figures of note.</p>';
  }
  const rows = report.unverified.map((u) => {
    const s = u.source;
    return `<tr><td class="figure">${e(s.figureText ?? '')}<span class="chain">${e(u.metricLabel ?? '')}</span></td><td>${u.reasons.map((r) => `<span class="tag">${UNVERIFIED_LABELS[r]}</span>`).join('')}</td><td>${e(s.originalSource)}<span class="chain">${e(chainText(s))}</span></td><td>${outletCell(s)}</td><td class="quote"><q>${e(s.quote)}</q></td></tr>`;
  });
  return `<p>Figures that rest on one original source or that the source itself hedges. Do not present them as established.</p>
<table><colgroup><col style="width:13%"><col style="width:11%"><col style="width:19%"><col style="width:14%"><col></colgroup><thead><tr><th>Figure</th><th>Why</th><th>Original source</th><th>Outlet</th><th>Sentence quoted</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

function timeline(report: Report): string {
  if (report.timeline.length === 0) return '<p class="empty">No dated figures.</p>';
  const charts = report.timeline.map((m) => {
    const legend = m.series
      .map(
        (s, i) =>
          `<li><span class="swatch" style="background:${SERIES_COLOURS[i % SERIES_COLOURS.length] ?? '#333'}"></span>${e(s.label)}${s.resolved ? '' : ' (open)'}</li>`,
      )
      .join('');
    const omitted =
      m.omittedSeries > 0
        ? `<p class="footnote">${plural(m.omittedSeries, 'less severe dispute')} of this measure not shown.</p>`
        : '';
    return `<figure class="chart"><h3>${e(m.metricLabel)}</h3>${renderTimelineSvg(m)}<ul class="legend">${legend}</ul>${omitted}</figure>`;
  });
  return `<p class="footnote">Each mark is one original source's figure on the date it holds for: a dot for an exact value, a bar for a range, an arrow for an open-ended “at least”; a diamond is the desk's verdict.</p>${charts.join('\n')}`;
}

function methodology(report: Report): string {
  const m = report.methodology;
  return `${m.paragraphs.map((p) => `<p>${e(p)}</p>`).join('')}
<table><colgroup><col style="width:50%"><col></colgroup><thead><tr><th>Written</th><th>Counted as</th></tr></thead><tbody>${m.intervals.map((i) => `<tr><td>${e(i.written)}</td><td>${e(i.interval)}</td></tr>`).join('')}</tbody></table>
<table><colgroup><col style="width:22%"><col></colgroup><thead><tr><th>Relation</th><th>Meaning</th></tr></thead><tbody>${m.relations.map((r) => `<tr><td>${RELATION_LABELS[r.kind]}</td><td>${e(r.meaning)}</td></tr>`).join('')}</tbody></table>
<table><colgroup><col style="width:22%"><col></colgroup><thead><tr><th>Verdict</th><th>Meaning</th></tr></thead><tbody>${m.ratings.map((r) => `<tr><td><span class="rating rating-${r.rating}">${e(r.label)}</span></td><td>${e(r.meaning)}</td></tr>`).join('')}</tbody></table>`;
}

function reviewers(report: Report): string {
  const people = report.reviewers.map(
    (r) =>
      `<tr><td>${e(r.name)}</td><td>${e(r.role)}</td><td class="num">${r.proposed}</td><td class="num">${r.approved}</td><td class="num">${r.votes}</td></tr>`,
  );
  const approvals = report.approvals.map(
    (a) =>
      `<tr><td><a href="#dispute-${e(a.disputeId)}">${e(a.title)}</a></td><td><span class="rating rating-${a.rating}">${e(a.rating)}</span></td><td>${e(a.proposedBy)}</td><td>${e(a.approvedBy)}</td><td>${e(formatDate(a.approvedAt))}</td></tr>`,
  );
  return `${people.length > 0 ? `<table><thead><tr><th>Reviewer</th><th>Role</th><th class="num">Proposed</th><th class="num">Approved</th><th class="num">Votes</th></tr></thead><tbody>${people.join('')}</tbody></table>` : ''}
${approvals.length > 0 ? `<table><thead><tr><th>Dispute</th><th>Verdict</th><th>Proposed by</th><th>Approved by</th><th>Approved on</th></tr></thead><tbody>${approvals.join('')}</tbody></table>` : '<p class="empty">No approvals yet.</p>'}`;
}
