import { and, asc, desc, disputes, eq, gte, inArray, lt, notInArray, sql, statusCounts, statusDaily, users, verdicts, type Db } from '@claimdesk/db';
import { WORKFLOW_STATUSES, type WorkflowStatus } from '@claimdesk/claim-model';
import type { Actor } from '../actor';
import { requireCaseAccess } from '../case-access';
import { SEVERITY_BANDS } from '@claimdesk/claim-model/disputes';

const CLOSED: WorkflowStatus[] = ['resolved', 'dismissed'];
const THROUGHPUT_DAYS = 30;
/** Median time to verdict looks at each reviewer's last this-many verdicts. */
export const RECENT_VERDICTS = 200;
/** Stale items are counted up to this many; beyond it the dashboard says "more than". */
export const STALE_COUNT_CAP = 1000;
const DAY_MS = 86_400_000;

function median(sorted: number[]): number | null {
  if (sorted.length === 0) return null;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? null) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

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
  // The median of each reviewer's most recent verdicts: bounded work however long the case runs.
  const recentWork = db
    .select({ workMs: verdicts.workMs })
    .from(verdicts)
    .where(
      and(
        eq(verdicts.caseId, sql.placeholder('caseId')),
        eq(verdicts.proposerId, sql.placeholder('proposerId')),
        inArray(verdicts.state, ['proposed', 'approved', 'superseded']),
        sql`${verdicts.workMs} IS NOT NULL`,
      ),
    )
    .orderBy(desc(verdicts.proposedAt))
    .limit(RECENT_VERDICTS)
    .prepare();
  for (const r of reviewers.values()) {
    const times = recentWork.all({ caseId: input.caseId, proposerId: r.userId }).map((t) => t.workMs ?? 0);
    r.medianMsToVerdict = median(times.sort((a, b) => a - b));
  }
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
      high: sql<number>`coalesce(sum(${disputes.severity} >= ${SEVERITY_BANDS.high}), 0)`,
      medium: sql<number>`coalesce(sum(${disputes.severity} >= ${SEVERITY_BANDS.medium} AND ${disputes.severity} < ${SEVERITY_BANDS.high}), 0)`,
      low: sql<number>`coalesce(sum(${disputes.severity} < ${SEVERITY_BANDS.medium}), 0)`,
    })
    .from(disputes)
    .where(and(open, eq(disputes.primaryRelation, 'conflict')))
    .get() ?? { high: 0, medium: 0, low: 0 };

  const staleBefore = now - theCase.staleAfterHours * 3_600_000;
  const staleWhere = and(eq(disputes.caseId, input.caseId), lt(disputes.lastActivityAt, staleBefore), notInArray(disputes.status, CLOSED));
  const capped = db.select({ id: disputes.id }).from(disputes).where(staleWhere).limit(STALE_COUNT_CAP + 1).as('stale');
  const staleCount = db.select({ n: sql<number>`count(*)` }).from(capped).get()?.n ?? 0;
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
    stale: { afterHours: theCase.staleAfterHours, count: Math.min(staleCount, STALE_COUNT_CAP), more: staleCount > STALE_COUNT_CAP, oldest: staleItems },
    fourEyes: theCase.fourEyes,
  };
}
