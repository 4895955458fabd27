import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { isUnauthorized } from '~/lib/errors';
import { markSignedOut } from '~/lib/signed-out-store';

function onError(error: unknown) {
  if (isUnauthorized(error)) markSignedOut();
}

export function makeQueryClient() {
  return new QueryClient({
    queryCache: new QueryCache({ onError }),
    mutationCache: new MutationCache({ onError }),
    defaultOptions: {
      // A signed-out session will not fix itself by retrying.
      queries: { staleTime: 30_000, refetchOnWindowFocus: false, retry: (count, error) => !isUnauthorized(error) && count < 1 },
    },
  });
}
