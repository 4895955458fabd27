import type Database from 'better-sqlite3';
import type { Db } from './client';
import type { claims } from './schema';

/**
 * The bulk paths of an import, as raw prepared statements: drizzle's query building and row mapping cost more
 * than the work itself when thousands of rows go in or come out per batch (PERFORMANCE.md). Id lists are bound
 * as one JSON array (`json_each`), so any number of them fits one statement.
 */
interface Statements {
  insertClaim: Database.Statement;
  disputesHolding: Database.Statement<[string], { id: string }>;
  members: Database.Statement<[string], { disputeId: string; claimId: string }>;
  relationKinds: Database.Statement<[string], { id: string; createdAt: number; kinds: string }>;
}

const cache = new WeakMap<Database.Database, Statements>();

function statements(client: Database.Database): Statements {
  let found = cache.get(client);
  if (!found) {
    found = {
      insertClaim: client.prepare(
        `INSERT INTO claims (id, case_id, document_id, kind, span_start, span_end, text, metric, subject, place, as_of, low, high, unit,
           original_source, score, payload, created_at, updated_at)
         VALUES (@id, @caseId, @documentId, @kind, @spanStart, @spanEnd, @text, @metric, @subject, @place, @asOf, @low, @high, @unit,
           @originalSource, @score, @payload, @createdAt, @updatedAt)
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

/** Inserts claims (a claim already stored is left as it is). Call it inside the import's transaction. */
export function insertClaims(db: Db, rows: readonly ClaimRow[]): void {
  const { insertClaim } = statements(db.$client);
  for (const row of rows) {
    insertClaim.run({
      id: row.id,
      caseId: row.caseId,
      documentId: row.documentId,
      kind: row.kind,
      spanStart: row.spanStart,
      spanEnd: row.spanEnd,
      text: row.text,
      metric: row.metric ?? null,
      subject: row.subject ?? null,
      place: row.place ?? null,
      asOf: row.asOf ?? null,
      low: row.low ?? null,
      high: row.high ?? null,
      unit: row.unit ?? null,
      originalSource: row.originalSource ?? null,
      score: row.score,
      payload: JSON.stringify(row.payload),
      createdAt: row.createdAt,
      updatedAt: row.updatedAt,
    });
  }
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
