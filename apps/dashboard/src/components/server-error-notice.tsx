import Link from 'next/link';

/**
 * What a person sees when a page failed on the server: no internals, and the reference under which the server
 * logged the fault (Next's digest of the error, logged by instrumentation.ts), so an admin can find it.
 */
export function ServerErrorNotice({ digest, onRetry }: { digest?: string; onRetry: () => void }) {
  return (
    <main className="signin-wrap">
      <div className="panel panel-body stack" style={{ maxWidth: 460 }} role="alert">
        <h1>Something went wrong</h1>
        <p className="muted">
          The server could not show this page. Try again; if it persists, tell an admin:{' '}
          {digest ? <span className="mono">ref {digest}</span> : 'the time it happened and the address of this page'}.
        </p>
        <div>
          <button type="button" className="button" onClick={onRetry}>
            Try again
          </button>{' '}
          <Link href="/cases">Back to your cases</Link>
        </div>
      </div>
    </main>
  );
}
