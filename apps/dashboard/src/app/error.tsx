'use client';

import { ServerErrorNotice } from '~/components/server-error-notice';

export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return <ServerErrorNotice digest={error.digest} onRetry={reset} />;
}
