import type { Db } from './client';
import { preparedFor } from './prepared-statements';
import type { claims } from './schema';

/**
 * Claims stored by an import, as one raw prepared statement per batch: drizzle's query building and row mapping
 * cost more than the work itself when thousands of rows go in (PERFORMANCE.md). What an import reads and writes of
 * disputes is in dispute-storage.ts.
 */
// One statement per batch: a statement per row pays a statement's setup (statement journal, trigger programs)
// every time, a large share of a claim's cost (tests/bench/results/claim-insert.md). json_each yields the rows in
// array order, so a duplicate id keeps its first row, as one INSERT per row did. `WHERE true` lets SQLite parse the
// upsert after a SELECT.
const INSERT_CLAIMS = `INSERT INTO claims (id, case_id, document_id, kind, span_start, span_end, text, metric, subject, place, as_of, low, high, unit,
    original_source, score, payload, created_at, updated_at)
  SELECT value ->> 'id', value ->> 'caseId', value ->> 'documentId', value ->> 'kind', value ->> 'spanStart', value ->> 'spanEnd',
    value ->> 'text', value ->> 'metric', value ->> 'subject', value ->> 'place', value ->> 'asOf', value ->> 'low', value ->> 'high',
    value ->> 'unit', value ->> 'originalSource', value ->> 'score', value -> 'payload', value ->> 'createdAt', value ->> 'updatedAt'
  FROM json_each(?) WHERE true
  ON CONFLICT DO NOTHING`;

type ClaimRow = typeof claims.$inferInsert;

const NUMERIC_COLUMNS = ['spanStart', 'spanEnd', 'low', 'high', 'score'] as const;

/**
 * Inserts claims (a claim already stored is left as it is), all in one statement. Call it inside the import's
 * transaction. Numbers must be finite: JSON has no Infinity or NaN, and a bound is never meant to be either.
 */
export function insertClaims(db: Db, rows: readonly ClaimRow[]): void {
  if (rows.length === 0) return;
  for (const row of rows) {
    for (const column of NUMERIC_COLUMNS) {
      const value = row[column];
      if (value !== null && value !== undefined && !Number.isFinite(value)) throw new RangeError(`claim ${row.id}: ${column} must be a finite number, got ${value}`);
    }
  }
  // The rows go in as one JSON array; the payload stays a nested object, which `->` stores as the same JSON text
  // JSON.stringify would make (a test checks it), so it is not escaped twice.
  preparedFor(db, 'bulk:insert-claims', () => db.$client.prepare<[string]>(INSERT_CLAIMS)).run(JSON.stringify(rows));
}
