'use client';

import { createContext, useContext } from 'react';

/** Ids of items another person changed in the last few seconds: rows and sections flash once. */
export const LiveHighlightContext = createContext<ReadonlySet<string>>(new Set());

export function useLiveHighlights(): ReadonlySet<string> {
  return useContext(LiveHighlightContext);
}
