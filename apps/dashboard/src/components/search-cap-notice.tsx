/**
 * Says that a list narrowed by a text search is partial: the words match more claims than a narrowed list considers
 * (the API's `searchCappedAt`), so a reviewer never takes it for every match.
 */
export function SearchCapNotice({ cappedAt, listing }: { cappedAt: number | null | undefined; listing: 'disputes' | 'claims' }) {
  if (!cappedAt) return null;
  const first = cappedAt.toLocaleString('en');
  return (
    <p className="alert warn inline-alert search-cap" role="status" data-testid="search-cap-notice">
      These words match more than {first} claims: the list shows {listing === 'disputes' ? `the disputes of the first ${first} only` : `the first ${first} only`}. Add a word, or a filter, to narrow the search.
    </p>
  );
}
