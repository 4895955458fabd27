import type { Instrumentation } from 'next';

/** Runs once when a server process starts: the feed scheduler lives here, beside the requests it shares a connection with. */
export async function register() {
  // Literal on purpose: Next inlines NEXT_RUNTIME at build time, so the edge build drops this branch and its Node imports.
  // eslint-disable-next-line no-restricted-properties
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { startFeeds } = await import('./server/feeds');
  startFeeds();
}

/**
 * Every fault Next catches while rendering a page or running a route handler is logged under the reference the
 * person sees: the error's digest, which the error page shows as "ref …" (components/server-error-notice.tsx).
 */
export const onRequestError: Instrumentation.onRequestError = (error, request, context) => {
  const digest = typeof error === 'object' && error !== null && 'digest' in error ? String(error.digest) : 'none';
  console.error(`[${context.routeType} ${context.routePath}] ref ${digest}: ${request.method} ${request.path}`, error);
};
