import { and, asc, claims, desc, disputeClaims, disputes, documents, eq, exists, gt, inArray, isNull, lt, lte, or, searchText, sql, users, type Db, type SQL } from '@claimdesk/db';
import { RELATION_KINDS, WORKFLOW_STATUSES } from '@claimdesk/claim-model';
import { z } from 'zod';
import type { Actor } from '../actor';
import { requireCaseAccess } from '../case-access';
import { cursorInput, makeCursor, parseCursor } from '../review/cursor';
import { idInput } from '../review/inputs';

export const listDisputesInput = z.object({
  caseId: idInput,
  status: z.array(z.enum(WORKFLOW_STATUSES, { message: `Each status must be one of: ${WORKFLOW_STATUSES.join(', ')}` })).max(WORKFLOW_STATUSES.length).optional(),
  /** A user id, `me`, or `none` for unassigned. */
  assignee: idInput.optional(),
  relation: z.enum(RELATION_KINDS, { message: `The relation must be one of: ${RELATION_KINDS.join(', ')}` }).optional(),
  minSeverity: z.number().min(0).max(1000).optional(),
  metric: z.string().trim().min(1).max(100).optional(),
  outlet: z.string().trim().min(1).max(200).optional(),
  q: z.string().max(500, 'Keep the search under 500 characters').optional(),
  sort: z.enum(['updated', 'severity']).default('updated'),
  cursor: cursorInput,
  limit: z.number().int().min(1).max(100).default(50),
});

/** How many matching claims a text search considers when it narrows disputes (SQLite caps bound parameters). */
const SEARCH_CLAIMS = 2000;

const row = {
  id: disputes.id,
  metric: disputes.metric,
  subject: disputes.subject,
  place: disputes.place,
  asOfFrom: disputes.asOfFrom,
  asOfTo: disputes.asOfTo,
  primaryRelation: disputes.primaryRelation,
  severity: disputes.severity,
  claimCount: disputes.claimCount,
  independentSourceCount: disputes.independentSourceCount,
  status: disputes.status,
  assigneeId: disputes.assigneeId,
  assigneeName: users.name,
  priority: disputes.priority,
  version: disputes.version,
  newEvidence: disputes.newEvidence,
  updatedAt: disputes.updatedAt,
  lastActivityAt: disputes.lastActivityAt,
};

function cursorCondition(sort: 'updated' | 'severity', cursor: { value: number; id: string } | undefined): SQL | undefined {
  if (!cursor) return undefined;
  const column = sort === 'updated' ? disputes.updatedAt : disputes.severity;
  // `col <= v` first, so the index range stops at the cursor instead of filtering every row before it.
  return and(lte(column, cursor.value), or(lt(column, cursor.value), gt(disputes.id, cursor.id)));
}

/** A page of a case's disputes, filtered and sorted (newest change or highest severity first), keyset-paginated. */
export function listDisputes({ db, actor }: { db: Db; actor: Actor }, rawInput: z.input<typeof listDisputesInput>) {
  const input = listDisputesInput.parse(rawInput);
  requireCaseAccess(db, actor, input.caseId);
  const conditions: (SQL | undefined)[] = [eq(disputes.caseId, input.caseId)];
  if (input.status?.length) conditions.push(inArray(disputes.status, input.status));
  if (input.assignee === 'none') conditions.push(isNull(disputes.assigneeId));
  else if (input.assignee) conditions.push(eq(disputes.assigneeId, input.assignee === 'me' ? (actor.id ?? '') : input.assignee));
  if (input.relation) conditions.push(eq(disputes.primaryRelation, input.relation));
  if (input.minSeverity !== undefined) conditions.push(sql`${disputes.severity} >= ${input.minSeverity}`);
  if (input.metric) conditions.push(eq(disputes.metric, input.metric));
  if (input.outlet) {
    conditions.push(
      exists(
        db
          .select({ one: sql`1` })
          .from(disputeClaims)
          .innerJoin(claims, eq(claims.id, disputeClaims.claimId))
          .innerJoin(documents, eq(documents.id, claims.documentId))
          .where(and(eq(disputeClaims.disputeId, disputes.id), eq(documents.outlet, input.outlet))),
      ),
    );
  }
  if (input.q?.trim()) {
    const hits = searchText(db, { caseId: input.caseId, itemType: 'claim', query: input.q, limit: SEARCH_CLAIMS, ranked: false }).ids;
    if (hits.length === 0) return { items: [], nextCursor: null };
    const ids = db.selectDistinct({ id: disputeClaims.disputeId }).from(disputeClaims).where(inArray(disputeClaims.claimId, hits)).all().map((r) => r.id);
    if (ids.length === 0) return { items: [], nextCursor: null };
    conditions.push(inArray(disputes.id, ids));
  }
  const cursor = parseCursor(input.cursor);
  conditions.push(cursorCondition(input.sort, cursor));
  const order = input.sort === 'updated' ? [desc(disputes.updatedAt), asc(disputes.id)] : [desc(disputes.severity), asc(disputes.id)];
  const rows = db
    .select(row)
    .from(disputes)
    .leftJoin(users, eq(users.id, disputes.assigneeId))
    .where(and(...conditions))
    .orderBy(...order)
    .limit(input.limit + 1)
    .all();
  const items = rows.slice(0, input.limit);
  const last = items.at(-1);
  const nextCursor = rows.length > input.limit && last ? makeCursor(input.sort === 'updated' ? last.updatedAt : last.severity, last.id) : null;
  return { items, nextCursor };
}
