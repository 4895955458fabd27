import Link from 'next/link';
import type { RouterOutputs } from '~/trpc/types';

type Result = RouterOutputs['document']['import']['results'][number];

/** One line per file: what was found, or why it was refused. */
export function ImportResults({ caseId, results }: { caseId: string; results: Result[] }) {
  const imported = results.filter((r) => r.status === 'imported').length;
  const rejected = results.filter((r) => r.status === 'rejected').length;
  return (
    <section className="panel" aria-labelledby="results-heading">
      <div className="panel-header">
        <h2 id="results-heading">Results</h2>
        <span className="muted small">
          {imported} imported · {results.length - imported - rejected} already in the case · {rejected} rejected
        </span>
      </div>
      <table className="data" data-testid="import-results">
        <thead>
          <tr>
            <th scope="col">File</th>
            <th scope="col">Result</th>
            <th scope="col">Details</th>
          </tr>
        </thead>
        <tbody>
          {results.map((r, i) => (
            <tr key={`${r.name}-${i}`}>
              <td>{r.name}</td>
              <td>
                <span className={`badge ${r.status === 'imported' ? 'consistent' : r.status === 'rejected' ? 'conflict' : 'single_source'}`}>
                  {r.status === 'imported' ? 'Imported' : r.status === 'rejected' ? 'Rejected' : 'Already imported'}
                </span>
              </td>
              <td>
                {r.status === 'rejected' ? (
                  r.reason
                ) : (
                  <>
                    <Link href={`/cases/${caseId}/documents/${r.documentId}`}>{r.title}</Link>
                    {r.status === 'imported' ? (
                      <span className="muted">
                        {' '}
                        — {r.claimCount} claims, {r.disputeCount} disputes touched · <Link href={`/cases/${caseId}/disputes`}>see disputes</Link>
                      </span>
                    ) : (
                      <span className="muted"> — the same text is already in this case; nothing changed</span>
                    )}
                  </>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
