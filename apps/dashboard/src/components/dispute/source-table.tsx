import Link from 'next/link';
import { formatInterval, humanise } from '~/lib/format';
import type { ExtractedClaim } from '@claimdesk/claim-model';
import { HighlightedSentence } from './highlighted-sentence';

export interface SourceRow {
  id: string;
  documentId: string;
  outlet: string;
  documentTitle: string | null;
  publishedDate: string | null;
  asOf: string | null;
  spanStart: number;
  text: string;
  low: number | null;
  high: number | null;
  payload: ExtractedClaim | null;
  colour: string;
  source: string;
}

/** Every claim behind the dispute: what was written, who says it, how sure, and where to read it. */
export function SourceTable({ caseId, rows }: { caseId: string; rows: SourceRow[] }) {
  return (
    <div className="table-scroll">
      <table className="data sources">
        <thead>
          <tr>
            <th scope="col">As written</th>
            <th scope="col">Interval</th>
            <th scope="col">Attribution (outlet → original source)</th>
            <th scope="col">As of</th>
            <th scope="col">Sentence</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => {
            const chain = r.payload?.attribution.chain ?? [];
            const hedges = r.payload?.hedges ?? [];
            const figure = r.payload?.figure;
            return (
              <tr key={r.id} id={`claim-${r.id}`}>
                <td>
                  <span className="swatch" style={{ background: r.colour }} aria-hidden="true" />
                  <strong>{figure?.text ?? '—'}</strong>
                </td>
                <td className="mono">{formatInterval({ low: r.low, high: r.high })}</td>
                <td>
                  <ol className="chain" aria-label="Attribution chain, outermost first">
                    {(chain.length ? chain : [{ name: r.outlet, kind: 'outlet' as const, span: null }]).map((link, i) => (
                      <li key={`${link.name}-${i}`} className={i === chain.length - 1 ? 'original' : undefined}>
                        {link.name}
                        <span className="muted small"> {humanise(link.kind)}</span>
                      </li>
                    ))}
                  </ol>
                  {r.payload?.attribution.unattributed ? <div className="small warn-text">No source named in the text</div> : null}
                  {hedges.length ? (
                    <div className="small">
                      Hedged:{' '}
                      {hedges.map((h) => (
                        <span key={h.span.start} className="hedge">
                          {h.cue}
                        </span>
                      ))}
                    </div>
                  ) : null}
                </td>
                <td className="mono">
                  {r.asOf ?? '—'}
                  {r.payload?.frame?.asOf?.approximate ? <div className="muted small">approx.</div> : null}
                  <div className="muted small">pub. {r.publishedDate ?? 'unknown'}</div>
                </td>
                <td className="sentence-cell">
                  <HighlightedSentence
                    text={r.text}
                    base={r.spanStart}
                    marks={[...(figure ? [{ span: figure.span, className: 'figure' }] : []), ...hedges.map((h) => ({ span: h.span, className: 'hedge-mark' }))]}
                  />
                  <div className="small sentence-meta">
                    {r.outlet}
                    {r.documentTitle ? ` · ${r.documentTitle}` : ''} ·{' '}
                    <Link href={`/cases/${caseId}/documents/${r.documentId}?claim=${encodeURIComponent(r.id)}#claim-${r.id}`}>Open in article</Link>
                  </div>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
