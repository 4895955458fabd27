import type Database from 'better-sqlite3';
import type { Db } from './client';
import type { claims } from './schema';

/**
 * The bulk paths of an import, as raw prepared statements: drizzle's query building and row mapping cost more
 * than the work itself when thousands of rows go in or come out per batch (PERFORMANCE.md). Id lists are bound
 * as one JSON array (`json_each`), so any number of them fits one statement.
 */
interface Statements {
  insertClaims: Database.Statement<[string]>;
  disputesHolding: Database.Statement<[string], { id: string }>;
  members: Database.Statement<[string], { disputeId: string; claimId: string }>;
  relationKinds: Database.Statement<[string], { id: string; createdAt: number; kinds: string }>;
}

const cache = new WeakMap<Database.Database, Statements>();

function statements(client: Database.Database): Statements {
  let found = cache.get(client);
  if (!found) {
    found = {
      // One statement per batch: a statement per row pays a statement's setup (statement journal, trigger programs)
      // every time, a large share of a claim's cost (tests/bench/results/claim-insert.md). json_each yields the rows
      // in array order, so a duplicate id keeps its first row, as one INSERT per row did. `WHERE true` lets SQLite
      // parse the upsert after a SELECT.
      insertClaims: client.prepare(
        `INSERT INTO claims (id, case_id, document_id, kind, span_start, span_end, text, metric, subject, place, as_of, low, high, unit,
           original_source, score, payload, created_at, updated_at)
         SELECT value ->> 'id', value ->> 'caseId', value ->> 'documentId', value ->> 'kind', value ->> 'spanStart', value ->> 'spanEnd',
           value ->> 'text', value ->> 'metric', value ->> 'subject', value ->> 'place', value ->> 'asOf', value ->> 'low', value ->> 'high',
           value ->> 'unit', value ->> 'originalSource', value ->> 'score', value -> 'payload', value ->> 'createdAt', value ->> 'updatedAt'
         FROM json_each(?) WHERE true
         ON CONFLICT DO NOTHING`,
      ),
      disputesHolding: client.prepare(`SELECT DISTINCT dispute_id AS id FROM dispute_claims WHERE claim_id IN (SELECT value FROM json_each(?))`),
      members: client.prepare(`SELECT dispute_id AS disputeId, claim_id AS claimId FROM dispute_claims WHERE dispute_id IN (SELECT value FROM json_each(?))`),
      // Only the relation kinds of a stored dispute's analysis: SQLite reads them without parsing the rest in JS.
      relationKinds: client.prepare(
        `SELECT id, created_at AS createdAt,
           (SELECT json_group_array(json_extract(r.value, '$.kind')) FROM json_each(d.analysis, '$.relations') r) AS kinds
         FROM disputes d WHERE id IN (SELECT value FROM json_each(?))`,
      ),
    };
    cache.set(client, found);
  }
  return found;
}

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
  statements(db.$client).insertClaims.run(JSON.stringify(rows));
}

/** The stored disputes that hold any of these claims. */
export function disputesHoldingClaims(db: Db, claimIds: readonly string[]): string[] {
  if (claimIds.length === 0) return [];
  return statements(db.$client).disputesHolding.all(JSON.stringify(claimIds)).map((r) => r.id);
}

/** Stored disputes with their member claim ids and relation kinds, oldest first. */
export function storedDisputeMembership(db: Db, disputeIds: readonly string[]): { id: string; claimIds: string[]; relationKinds: string[] }[] {
  if (disputeIds.length === 0) return [];
  const { members, relationKinds } = statements(db.$client);
  const ids = JSON.stringify(disputeIds);
  const claimsOf = new Map<string, string[]>();
  for (const m of members.all(ids)) {
    const list = claimsOf.get(m.disputeId);
    if (list) list.push(m.claimId);
    else claimsOf.set(m.disputeId, [m.claimId]);
  }
  return relationKinds
    .all(ids)
    .sort((a, b) => a.createdAt - b.createdAt || a.id.localeCompare(b.id))
    .map((r) => ({ id: r.id, claimIds: claimsOf.get(r.id) ?? [], relationKinds: JSON.parse(r.kinds ?? '[]') as string[] }));
}
