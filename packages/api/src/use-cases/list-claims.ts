import { and, asc, claims, desc, documents, eq, gt, inArray, isNull, lt, lte, or, sql, users, type Db, type SQL } from '@claimdesk/db';
import { CLAIM_KINDS, WORKFLOW_STATUSES } from '@claimdesk/claim-model';
import { z } from 'zod';
import type { Actor } from '../actor';
import { requireCaseAccess } from '../case-access';
import { cursorInput, makeCursor, parseCursor } from '../review/cursor';
import { idInput } from '../review/inputs';
import { narrowingClaims } from '../review/search-narrowing';

export const listClaimsInput = z.object({
  caseId: idInput,
  status: z.array(z.enum(WORKFLOW_STATUSES, { message: `Each status must be one of: ${WORKFLOW_STATUSES.join(', ')}` })).max(WORKFLOW_STATUSES.length).optional(),
  assignee: idInput.optional(),
  kind: z.enum(CLAIM_KINDS).optional(),
  metric: z.string().trim().min(1).max(100).optional(),
  outlet: z.string().trim().min(1).max(200).optional(),
  documentId: idInput.optional(),
  q: z.string().max(500, 'Keep the search under 500 characters').optional(),
  cursor: cursorInput,
  limit: z.number().int().min(1).max(100).default(50),
});

/** A page of a case's claims, most recently changed first, with filters and full-text search. */
export function listClaims({ db, actor }: { db: Db; actor: Actor }, rawInput: z.input<typeof listClaimsInput>) {
  const input = listClaimsInput.parse(rawInput);
  requireCaseAccess(db, actor, input.caseId);
  const conditions: (SQL | undefined)[] = [eq(claims.caseId, input.caseId)];
  if (input.status?.length) conditions.push(inArray(claims.status, input.status));
  if (input.assignee === 'none') conditions.push(isNull(claims.assigneeId));
  else if (input.assignee) conditions.push(eq(claims.assigneeId, input.assignee === 'me' ? (actor.id ?? '') : input.assignee));
  if (input.kind) conditions.push(eq(claims.kind, input.kind));
  if (input.metric) conditions.push(eq(claims.metric, input.metric));
  if (input.outlet) conditions.push(eq(documents.outlet, input.outlet));
  if (input.documentId) conditions.push(eq(claims.documentId, input.documentId));
  let searchCappedAt: number | null = null;
  if (input.q?.trim()) {
    const hits = narrowingClaims(db, input.caseId, input.q);
    if (hits.ids.length === 0) return { items: [], nextCursor: null, searchCappedAt: null };
    // One JSON array bound to one parameter: an IN list of 2,000 ids built by the query builder cost more than the search.
    conditions.push(sql`${claims.id} IN (SELECT value FROM json_each(${JSON.stringify(hits.ids)}))`);
    searchCappedAt = hits.cappedAt;
  }
  const cursor = parseCursor(input.cursor);
  if (cursor) conditions.push(and(lte(claims.updatedAt, cursor.value), or(lt(claims.updatedAt, cursor.value), gt(claims.id, cursor.id))));
  const rows = db
    .select({
      id: claims.id,
      documentId: claims.documentId,
      kind: claims.kind,
      text: claims.text,
      metric: claims.metric,
      subject: claims.subject,
      place: claims.place,
      asOf: claims.asOf,
      low: claims.low,
      high: claims.high,
      unit: claims.unit,
      originalSource: claims.originalSource,
      score: claims.score,
      status: claims.status,
      assigneeId: claims.assigneeId,
      assigneeName: users.name,
      version: claims.version,
      updatedAt: claims.updatedAt,
      outlet: documents.outlet,
    })
    .from(claims)
    .innerJoin(documents, eq(documents.id, claims.documentId))
    .leftJoin(users, eq(users.id, claims.assigneeId))
    .where(and(...conditions))
    .orderBy(desc(claims.updatedAt), asc(claims.id))
    .limit(input.limit + 1)
    .all();
  const items = rows.slice(0, input.limit);
  const last = items.at(-1);
  return { items, nextCursor: rows.length > input.limit && last ? makeCursor(last.updatedAt, last.id) : null, searchCappedAt };
}
