import { and, asc, claims, desc, disputeClaims, disputes, documents, eq, exists, gt, inArray, isNull, lt, lte, or, sql, users, preparedFor, type Db, type SQL } from '@claimdesk/db';
import { RELATION_KINDS, WORKFLOW_STATUSES } from '@claimdesk/claim-model';
import { z } from 'zod';
import type { Actor } from '../actor';
import { requireCaseAccess } from '../case-access';
import { cursorInput, makeCursor, parseCursor } from '../review/cursor';
import { idInput } from '../review/inputs';
import { narrowingClaims } from '../review/search-narrowing';

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

/** Which filters a request uses: one prepared statement per combination (the values are bound, never built in). */
interface PageShape {
  statuses: number;
  assignee: 'none' | 'someone' | null;
  relation: boolean;
  minSeverity: boolean;
  metric: boolean;
  outlet: boolean;
  search: boolean;
  sort: 'updated' | 'severity';
  cursor: boolean;
}

const p = sql.placeholder;

function preparePage(db: Db, shape: PageShape) {
  const conditions: (SQL | undefined)[] = [eq(disputes.caseId, p('caseId'))];
  if (shape.statuses > 0) conditions.push(inArray(disputes.status, Array.from({ length: shape.statuses }, (_, i) => p(`status${i}`))));
  if (shape.assignee === 'none') conditions.push(isNull(disputes.assigneeId));
  if (shape.assignee === 'someone') conditions.push(eq(disputes.assigneeId, p('assignee')));
  if (shape.relation) conditions.push(eq(disputes.primaryRelation, p('relation')));
  if (shape.minSeverity) conditions.push(sql`${disputes.severity} >= ${p('minSeverity')}`);
  if (shape.metric) conditions.push(eq(disputes.metric, p('metric')));
  if (shape.outlet) {
    conditions.push(
      exists(
        db
          .select({ one: sql`1` })
          .from(disputeClaims)
          .innerJoin(claims, eq(claims.id, disputeClaims.claimId))
          .innerJoin(documents, eq(documents.id, claims.documentId))
          .where(and(eq(disputeClaims.disputeId, disputes.id), eq(documents.outlet, p('outlet')))),
      ),
    );
  }
  // The claims found by a text search arrive as one JSON array, so any number of them binds to one parameter, and
  // their disputes are looked up inside the prepared page query: building an IN list of 2,000 claim ids with the
  // query builder on every call cost more than the search itself.
  if (shape.search) {
    conditions.push(sql`${disputes.id} IN (SELECT ${disputeClaims.disputeId} FROM ${disputeClaims} WHERE ${disputeClaims.claimId} IN (SELECT value FROM json_each(${p('claimIds')})))`);
  }
  const column = shape.sort === 'updated' ? disputes.updatedAt : disputes.severity;
  if (shape.cursor) {
    // `col <= v` first, so the index range stops at the cursor instead of filtering every row before it.
    conditions.push(and(lte(column, p('cursorValue')), or(lt(column, p('cursorValue')), gt(disputes.id, p('cursorId')))));
  }
  return db
    .select(row)
    .from(disputes)
    .leftJoin(users, eq(users.id, disputes.assigneeId))
    .where(and(...conditions))
    .orderBy(desc(column), asc(disputes.id))
    .limit(p('limit'))
    .prepare();
}

/** A page of a case's disputes, filtered and sorted (newest change or highest severity first), keyset-paginated. */
export function listDisputes({ db, actor }: { db: Db; actor: Actor }, rawInput: z.input<typeof listDisputesInput>) {
  const input = listDisputesInput.parse(rawInput);
  requireCaseAccess(db, actor, input.caseId);
  const values: Record<string, unknown> = { caseId: input.caseId, limit: input.limit + 1 };
  const statuses = input.status ?? [];
  statuses.forEach((status, i) => (values[`status${i}`] = status));
  if (input.assignee && input.assignee !== 'none') values.assignee = input.assignee === 'me' ? (actor.id ?? '') : input.assignee;
  if (input.relation) values.relation = input.relation;
  if (input.minSeverity !== undefined) values.minSeverity = input.minSeverity;
  if (input.metric) values.metric = input.metric;
  if (input.outlet) values.outlet = input.outlet;
  const search = Boolean(input.q?.trim());
  let searchCappedAt: number | null = null;
  if (search) {
    const hits = narrowingClaims(db, input.caseId, input.q ?? '');
    if (hits.ids.length === 0) return { items: [], nextCursor: null, searchCappedAt: null };
    values.claimIds = JSON.stringify(hits.ids);
    searchCappedAt = hits.cappedAt;
  }
  const cursor = parseCursor(input.cursor);
  if (cursor) {
    values.cursorValue = cursor.value;
    values.cursorId = cursor.id;
  }
  const shape: PageShape = {
    statuses: statuses.length,
    assignee: input.assignee === 'none' ? 'none' : input.assignee ? 'someone' : null,
    relation: input.relation !== undefined,
    minSeverity: input.minSeverity !== undefined,
    metric: input.metric !== undefined,
    outlet: input.outlet !== undefined,
    search,
    sort: input.sort,
    cursor: cursor !== undefined,
  };
  const page = preparedFor(db, `dispute-page:${JSON.stringify(shape)}`, () => preparePage(db, shape));
  const rows = page.all(values);
  const items = rows.slice(0, input.limit);
  const last = items.at(-1);
  const nextCursor = rows.length > input.limit && last ? makeCursor(input.sort === 'updated' ? last.updatedAt : last.severity, last.id) : null;
  return { items, nextCursor, searchCappedAt };
}
