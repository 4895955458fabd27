/** Runs once when a server process starts: the feed scheduler lives here, beside the requests it shares a connection with. */
export async function register() {
  // Literal on purpose: Next inlines NEXT_RUNTIME at build time, so the edge build drops this branch and its Node imports.
  // eslint-disable-next-line no-restricted-properties
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { startFeeds } = await import('./server/feeds');
  startFeeds();
}
