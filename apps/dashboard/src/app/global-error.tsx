'use client';

import './globals.css';
import { ServerErrorNotice } from '~/components/server-error-notice';

/** A fault in the root layout itself: this replaces the whole document, so it brings its own html and body. */
export default function GlobalError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="en">
      <body>
        <ServerErrorNotice digest={error.digest} onRetry={reset} />
      </body>
    </html>
  );
}
