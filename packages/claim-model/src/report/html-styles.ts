/** Print-first styles: A4 pages, serif body, sans-serif tables, rows and figure headings never split across pages. */
export const REPORT_CSS = `
@page { size: A4; margin: 18mm 16mm 20mm 16mm; }
:root { --ink: #1a1a1a; --muted: #5c5c5c; --rule: #c8c8c8; --faint: #f3f1ec; --accent: #1d4e89; }
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; color: var(--ink); background: #fff; font: 10.5pt/1.45 Georgia, 'Liberation Serif', 'DejaVu Serif', 'Times New Roman', serif; }
main { max-width: 180mm; margin: 0 auto; padding: 12mm 0; }
@media print { main { max-width: none; padding: 0; } }
@media screen and (max-width: 600px) {
  main { padding: 14px 14px 24px; }
  .counts { flex-wrap: wrap; }
  .counts div { flex: 1 1 30%; border-bottom: 1px solid var(--rule); }
  table { font-size: 8pt; }
}
h1, h2, h3, .kicker, .meta, table, .counts, .verdict, .legend, .footnote, .status { font-family: 'Helvetica Neue', Helvetica, Arial, 'Liberation Sans', sans-serif; }
h1 { font-size: 22pt; line-height: 1.15; margin: 2pt 0 6pt; font-weight: 700; }
h2 { font-size: 14pt; margin: 22pt 0 8pt; padding-bottom: 3pt; border-bottom: 2px solid var(--ink); break-after: avoid; }
h3 { font-size: 11.5pt; margin: 0 0 4pt; break-after: avoid; }
p { margin: 0 0 6pt; }
a { color: var(--accent); text-decoration: none; word-break: break-word; }
.kicker { text-transform: uppercase; letter-spacing: .08em; font-size: 8.5pt; color: var(--muted); margin: 0; }
.meta { color: var(--muted); font-size: 9.5pt; margin: 0 0 10pt; }
.masthead { border-top: 4px solid var(--ink); padding-top: 8pt; }
.counts { display: flex; gap: 0; margin: 8pt 0 4pt; border: 1px solid var(--rule); }
.counts div { flex: 1; padding: 5pt 8pt; border-right: 1px solid var(--rule); }
.counts div:last-child { border-right: 0; }
.counts dt { font-size: 7.5pt; text-transform: uppercase; letter-spacing: .06em; color: var(--muted); }
.counts dd { margin: 0; font-size: 15pt; font-weight: 700; }
.status { font-size: 8.5pt; color: var(--muted); }
.item { margin: 0 0 16pt; padding-top: 8pt; border-top: 1px solid var(--rule); }
.item-head { break-inside: avoid; break-after: avoid; }
h2 + .item { border-top: 0; padding-top: 2pt; }
.verdict { display: flex; align-items: baseline; gap: 8pt; margin: 2pt 0 6pt; }
.rating { font-size: 8pt; font-weight: 700; text-transform: uppercase; letter-spacing: .06em; padding: 1.5pt 5pt; border: 1.2px solid currentColor; border-radius: 2px; }
.rating-confirmed { color: #1f5f3a; } .rating-false { color: #8a1c1c; } .rating-misleading { color: #8a5a00; }
.rating-conflicting { color: #5a3d7a; } .rating-unverifiable { color: #555; }
.value { font-size: 15pt; font-weight: 700; }
.value-date, .byline { font-size: 8.5pt; color: var(--muted); }
.rationale { margin: 4pt 0 6pt; }
.relations { margin: 0 0 6pt; padding-left: 14pt; font-size: 9pt; }
.relations li { margin: 0 0 2pt; }
table { width: 100%; table-layout: fixed; border-collapse: collapse; font-size: 8.5pt; line-height: 1.35; margin: 4pt 0 8pt; }
thead { display: table-header-group; }
tr { break-inside: avoid; page-break-inside: avoid; }
th { text-align: left; font-weight: 700; font-size: 7.5pt; text-transform: uppercase; letter-spacing: .05em; color: var(--muted); border-bottom: 1.2px solid var(--ink); padding: 3pt 5pt; }
td { vertical-align: top; border-bottom: 1px solid var(--rule); padding: 4pt 5pt; }
td.num, th.num { text-align: right; white-space: nowrap; }
td.figure { font-weight: 700; overflow-wrap: anywhere; }
td.quote { font-family: Georgia, 'Liberation Serif', serif; font-size: 9pt; }
td.quote q { quotes: '\\201C' '\\201D'; }
.chain { color: var(--muted); font-size: 7.5pt; display: block; }
.hedge { color: #8a5a00; font-size: 7.5pt; display: block; }
.tag { display: inline-block; font-size: 7pt; text-transform: uppercase; letter-spacing: .05em; border: 1px solid var(--rule); padding: 0 3pt; margin-right: 2pt; color: var(--muted); }
.chart { break-inside: avoid; margin: 6pt 0 12pt; }
.chart svg { display: block; max-height: 70mm; }
.legend { list-style: none; padding: 0; margin: 2pt 0 0; font-size: 8pt; display: flex; flex-wrap: wrap; gap: 4pt 12pt; }
.swatch { display: inline-block; width: 9pt; height: 9pt; margin-right: 3pt; vertical-align: -1pt; }
.footnote { font-size: 8pt; color: var(--muted); }
.empty { font-style: italic; color: var(--muted); }
footer.colophon { margin-top: 20pt; padding-top: 6pt; border-top: 1px solid var(--rule); }
`;
