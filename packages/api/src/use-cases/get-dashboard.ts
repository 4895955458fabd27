import { and, asc, disputes, eq, gte, inArray, lt, notInArray, sql, statusCounts, statusDaily, users, verdicts, type Db } from '@claimdesk/db';
import { WORKFLOW_STATUSES, type WorkflowStatus } from '@claimdesk/claim-model';
import type { Actor } from '../actor';
import { requireCaseAccess } from '../case-access';

const CLOSED: WorkflowStatus[] = ['resolved', 'dismissed'];
const THROUGHPUT_DAYS = 30;
const DAY_MS = 86_400_000;

/**
 * The lead dashboard of a case: counts by status, per-reviewer load and speed, resolutions per day, open
 * conflicts by severity, and stale disputes. Counts come from the rollup tables, never from counting items.
 */
export function getDashboard({ db, actor }: { db: Db; actor: Actor }, input: { caseId: string; now?: number }) {
  const theCase = requireCaseAccess(db, actor, input.caseId);
  const now = input.now ?? Date.now();
  const counts = db.select().from(statusCounts).where(eq(statusCounts.caseId, input.caseId)).all();

  const byStatus = (itemType: 'claim' | 'dispute') => {
    const out = Object.fromEntries(WORKFLOW_STATUSES.map((s) => [s, 0])) as Record<WorkflowStatus, number>;
    for (const c of counts) if (c.itemType === itemType) out[c.status] += c.n;
    return out;
  };

  const reviewers = new Map<string, { userId: string; name: string; assigned: number; open: number; resolved: number; medianMsToVerdict: number | null }>();
  const reviewer = (userId: string) => {
    let r = reviewers.get(userId);
    if (!r) reviewers.set(userId, (r = { userId, name: '', assigned: 0, open: 0, resolved: 0, medianMsToVerdict: null }));
    return r;
  };
  for (const c of counts) {
    if (c.assigneeId === '' || c.n === 0) continue;
    const r = reviewer(c.assigneeId);
    r.assigned += c.n;
    if (c.status === 'resolved') r.resolved += c.n;
    else if (!CLOSED.includes(c.status)) r.open += c.n;
  }
  // Medians in SQL (standard window functions): only one row per reviewer crosses into JavaScript.
  const ranked = db
    .select({
      proposerId: verdicts.proposerId,
      workMs: verdicts.workMs,
      position: sql<number>`row_number() over (partition by ${verdicts.proposerId} order by ${verdicts.workMs})`.as('position'),
      total: sql<number>`count(*) over (partition by ${verdicts.proposerId})`.as('total'),
    })
    .from(verdicts)
    .where(and(eq(verdicts.caseId, input.caseId), inArray(verdicts.state, ['proposed', 'approved', 'superseded']), sql`${verdicts.workMs} IS NOT NULL`))
    .as('ranked');
  const medians = db
    .select({ proposerId: ranked.proposerId, medianMs: sql<number>`avg(${ranked.workMs})` })
    .from(ranked)
    .where(sql`${ranked.position} in ((${ranked.total} + 1) / 2, (${ranked.total} + 2) / 2)`)
    .groupBy(ranked.proposerId)
    .all();
  for (const m of medians) if (m.proposerId) reviewer(m.proposerId).medianMsToVerdict = m.medianMs;
  if (reviewers.size > 0) {
    for (const u of db.select({ id: users.id, name: users.name }).from(users).where(inArray(users.id, [...reviewers.keys()])).all()) reviewer(u.id).name = u.name;
  }

  const since = new Date(now - (THROUGHPUT_DAYS - 1) * DAY_MS).toISOString().slice(0, 10);
  const throughput = db
    .select({ day: statusDaily.day, itemType: statusDaily.itemType, status: statusDaily.status, n: statusDaily.n })
    .from(statusDaily)
    .where(and(eq(statusDaily.caseId, input.caseId), gte(statusDaily.day, since), inArray(statusDaily.status, ['resolved', 'verdict_proposed', 'dismissed'])))
    .orderBy(asc(statusDaily.day))
    .all();

  const open = and(eq(disputes.caseId, input.caseId), notInArray(disputes.status, CLOSED));
  const conflictsBySeverity = db
    .select({
      high: sql<number>`coalesce(sum(${disputes.severity} >= 0.7), 0)`,
      medium: sql<number>`coalesce(sum(${disputes.severity} >= 0.4 AND ${disputes.severity} < 0.7), 0)`,
      low: sql<number>`coalesce(sum(${disputes.severity} < 0.4), 0)`,
    })
    .from(disputes)
    .where(and(open, eq(disputes.primaryRelation, 'conflict')))
    .get() ?? { high: 0, medium: 0, low: 0 };

  const staleBefore = now - theCase.staleAfterHours * 3_600_000;
  const staleWhere = and(eq(disputes.caseId, input.caseId), lt(disputes.lastActivityAt, staleBefore), notInArray(disputes.status, CLOSED));
  const staleCount = db.select({ n: sql<number>`count(*)` }).from(disputes).where(staleWhere).get()?.n ?? 0;
  const staleItems = db
    .select({ id: disputes.id, metric: disputes.metric, subject: disputes.subject, status: disputes.status, assigneeId: disputes.assigneeId, lastActivityAt: disputes.lastActivityAt, severity: disputes.severity })
    .from(disputes)
    .where(staleWhere)
    .orderBy(asc(disputes.lastActivityAt))
    .limit(20)
    .all();

  return {
    disputesByStatus: byStatus('dispute'),
    claimsByStatus: byStatus('claim'),
    reviewers: [...reviewers.values()].sort((a, b) => b.open - a.open || a.name.localeCompare(b.name)),
    throughput,
    openConflictsBySeverity: conflictsBySeverity,
    stale: { afterHours: theCase.staleAfterHours, count: staleCount, oldest: staleItems },
    fourEyes: theCase.fourEyes,
  };
}
