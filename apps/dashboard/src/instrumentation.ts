import type { Instrumentation } from 'next';

/**
 * Every fault Next catches while rendering a page or running a route handler is logged under the reference the
 * person sees: the error's digest, which the error page shows as "ref …" (components/server-error-notice.tsx).
 */
export const onRequestError: Instrumentation.onRequestError = (error, request, context) => {
  const digest = typeof error === 'object' && error !== null && 'digest' in error ? String(error.digest) : 'none';
  console.error(`[${context.routeType} ${context.routePath}] ref ${digest}: ${request.method} ${request.path}`, error);
};
