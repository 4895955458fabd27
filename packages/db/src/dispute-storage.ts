import type { Db } from './client';
import { preparedFor } from './prepared-statements';

/**
 * What an import reads and writes of a case's disputes, as raw prepared statements. A dispute quoted by thousands of
 * articles has an analysis of a few hundred kilobytes: the caller serialises it before taking the write lock
 * (drizzle's json column would serialise it again inside), and membership changes go in as one JSON array each.
 */
export interface DisputeAnalysisRow {
  key: string;
  metric: string;
  subject: string | null;
  place: string | null;
  asOfFrom: string | null;
  asOfTo: string | null;
  primaryRelation: string;
  severity: number;
  claimCount: number;
  independentSourceCount: number;
  /** The computed dispute, already JSON. */
  analysisJson: string;
}

const COLUMNS = `key = @key, metric = @metric, subject = @subject, place = @place, as_of_from = @asOfFrom, as_of_to = @asOfTo,
  primary_relation = @primaryRelation, severity = @severity, claim_count = @claimCount,
  independent_source_count = @independentSourceCount, analysis = @analysisJson`;

/** A new dispute (status new, version 1) with its computed columns. */
export function insertDisputeRow(db: Db, row: DisputeAnalysisRow & { id: string; caseId: string; now: number }): void {
  preparedFor(db, 'dispute-storage:insert', () =>
    db.$client.prepare(
      `INSERT INTO disputes (id, case_id, key, metric, subject, place, as_of_from, as_of_to, primary_relation, severity, claim_count,
         independent_source_count, analysis, created_at, updated_at, last_activity_at)
       VALUES (@id, @caseId, @key, @metric, @subject, @place, @asOfFrom, @asOfTo, @primaryRelation, @severity, @claimCount,
         @independentSourceCount, @analysisJson, @now, @now, @now)`,
    ),
  ).run(row);
}

/** New computed columns for a stored dispute; `newEvidence` only ever raises the flag, a lead clears it. */
export function updateDisputeRow(db: Db, row: DisputeAnalysisRow & { id: string; now: number; newEvidence: boolean }): void {
  preparedFor(db, 'dispute-storage:update', () =>
    db.$client.prepare(
      `UPDATE disputes SET ${COLUMNS}, updated_at = @now, last_activity_at = @now,
         new_evidence = CASE WHEN @newEvidence THEN 1 ELSE new_evidence END
       WHERE id = @id`,
    ),
  ).run({ ...row, newEvidence: row.newEvidence ? 1 : 0 });
}

export function addDisputeMembers(db: Db, disputeId: string, claimIds: readonly string[]): void {
  if (claimIds.length === 0) return;
  preparedFor(db, 'dispute-storage:add-members', () =>
    db.$client.prepare(`INSERT OR IGNORE INTO dispute_claims (dispute_id, claim_id) SELECT ?, value FROM json_each(?)`),
  ).run(disputeId, JSON.stringify(claimIds));
}

export function removeDisputeMembers(db: Db, disputeId: string, claimIds: readonly string[]): void {
  if (claimIds.length === 0) return;
  preparedFor(db, 'dispute-storage:remove-members', () =>
    db.$client.prepare(`DELETE FROM dispute_claims WHERE dispute_id = ? AND claim_id IN (SELECT value FROM json_each(?))`),
  ).run(disputeId, JSON.stringify(claimIds));
}

/** The stored disputes that hold any of these claims. */
export function disputesHoldingClaims(db: Db, claimIds: readonly string[]): string[] {
  if (claimIds.length === 0) return [];
  return preparedFor(db, 'dispute-storage:holding', () =>
    db.$client.prepare<[string], { id: string }>(`SELECT DISTINCT dispute_id AS id FROM dispute_claims WHERE claim_id IN (SELECT value FROM json_each(?))`),
  )
    .all(JSON.stringify(claimIds))
    .map((r) => r.id);
}

/** Stored disputes with their member claim ids, relation kinds and creation time. */
export function disputeMembership(
  db: Db,
  disputeIds: readonly string[],
): { id: string; createdAt: number; claimIds: string[]; relationKinds: string[] }[] {
  if (disputeIds.length === 0) return [];
  const ids = JSON.stringify(disputeIds);
  const members = preparedFor(db, 'dispute-storage:members', () =>
    db.$client.prepare<[string], { disputeId: string; claimId: string }>(
      `SELECT dispute_id AS disputeId, claim_id AS claimId FROM dispute_claims WHERE dispute_id IN (SELECT value FROM json_each(?))`,
    ),
  ).all(ids);
  const claimsOf = new Map<string, string[]>();
  for (const m of members) {
    const list = claimsOf.get(m.disputeId);
    if (list) list.push(m.claimId);
    else claimsOf.set(m.disputeId, [m.claimId]);
  }
  // Only the relation kinds of the analysis: SQLite reads them without the rest being parsed in JS.
  const rows = preparedFor(db, 'dispute-storage:relation-kinds', () =>
    db.$client.prepare<[string], { id: string; createdAt: number; kinds: string | null }>(
      `SELECT id, created_at AS createdAt,
         (SELECT json_group_array(json_extract(r.value, '$.kind')) FROM json_each(d.analysis, '$.relations') r) AS kinds
       FROM disputes d WHERE id IN (SELECT value FROM json_each(?))`,
    ),
  ).all(ids);
  return rows.map((r) => ({ id: r.id, createdAt: r.createdAt, claimIds: claimsOf.get(r.id) ?? [], relationKinds: JSON.parse(r.kinds ?? '[]') as string[] }));
}

/** Of these disputes, the ones with a verdict (reconciliation flags a relation change on them as new evidence). */
export function disputesWithVerdict(db: Db, disputeIds: readonly string[]): Set<string> {
  if (disputeIds.length === 0) return new Set();
  const rows = preparedFor(db, 'dispute-storage:with-verdict', () =>
    db.$client.prepare<[string], { id: string }>(
      `SELECT DISTINCT item_id AS id FROM verdicts WHERE item_type = 'dispute' AND item_id IN (SELECT value FROM json_each(?))`,
    ),
  ).all(JSON.stringify(disputeIds));
  return new Set(rows.map((r) => r.id));
}

/** The case's documents stored by an import whose claims are not yet grouped into disputes. */
export function pendingDocumentIds(db: Db, caseId: string): string[] {
  return preparedFor(db, 'dispute-storage:pending', () =>
    db.$client.prepare<[string], { id: string }>(`SELECT id FROM documents WHERE case_id = ? AND grouping_pending = 1`),
  )
    .all(caseId)
    .map((r) => r.id);
}

export function markDocumentsGrouped(db: Db, documentIds: readonly string[]): void {
  if (documentIds.length === 0) return;
  preparedFor(db, 'dispute-storage:grouped', () =>
    db.$client.prepare(`UPDATE documents SET grouping_pending = 0 WHERE id IN (SELECT value FROM json_each(?)) AND grouping_pending = 1`),
  ).run(JSON.stringify(documentIds));
}
