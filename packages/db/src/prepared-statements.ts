import type { Db } from './client';

/**
 * Prepared statements kept per database connection. Building a query with drizzle costs 50–60 µs a call
 * (PERFORMANCE.md), more than the indexed reads on the hottest paths; a prepared statement runs at the speed
 * of raw better-sqlite3. Keys name the statement's shape; the cache is bounded so odd shapes cannot grow it.
 */
const MAX_SHAPES = 256;
const byConnection = new WeakMap<Db, Map<string, unknown>>();

export function preparedFor<T>(db: Db, shape: string, prepare: () => T): T {
  let cache = byConnection.get(db);
  if (!cache) byConnection.set(db, (cache = new Map()));
  const found = cache.get(shape) as T | undefined;
  if (found !== undefined) return found;
  if (cache.size >= MAX_SHAPES) cache.clear();
  const statement = prepare();
  cache.set(shape, statement);
  return statement;
}
